import { sql, type Kysely } from 'kysely';

/**
 * Built-in paper types (account_id null). Ids are fixed so clients can rely on them; the first three are the ones the
 * PrintReleaf reference's fixtures use (its quote example reproduces with 216 and 89 g/m²).
 */
const PAPER_TYPES = [
  ['d3c3e1df-5e55-4587-9d81-91ac87927424', '20# Bond/Writing/Ledger', 74.0],
  ['a11c7abc-011e-462f-babb-3c6375fa6473', '80# #2 Gloss Cover', 216.0],
  ['bbd0f271-7c1e-4b5a-9d3f-2a6e8c4b1d07', '60# Offset/Text', 89.0],
  ['0a82fdc4-f9b6-495f-9223-390eaf71cd2a', 'Copy paper 75 g/m²', 75.0],
  ['4cff0dfc-c0fa-4278-abf4-c7967117b4c6', 'Copy paper 80 g/m²', 80.0],
  ['d9b0deef-55d4-4c1f-92d2-5773509a9512', 'Premium paper 100 g/m²', 100.0],
  ['52617892-0311-4218-8ca8-5992a31bfa99', 'Premium paper 120 g/m²', 120.0],
  ['e93396f5-b813-4ad2-b796-21d851004fba', 'Card 160 g/m²', 160.0],
  ['af14a2d7-9e0a-487a-a212-37dcb1ee869a', 'Card 250 g/m²', 250.0],
  ['92ba716c-2ce4-4d97-9e3f-7402cba34b3f', 'Card 300 g/m²', 300.0],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  // Paper types: built-in (account_id null) or an account's own, which the account and its descendants may use.
  await sql`
    CREATE TABLE paper_types (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id uuid REFERENCES accounts(id) ON DELETE CASCADE,
      name text NOT NULL,
      density double precision NOT NULL CHECK (density > 0),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX paper_types_account_idx ON paper_types (account_id)`.execute(db);
  for (const [id, name, density] of PAPER_TYPES) {
    await sql`INSERT INTO paper_types (id, account_id, name, density) VALUES (${id}, NULL, ${name}, ${density})`.execute(db);
  }
  // Manual deposits name a paper type; deleting a custom type unlinks them (their density is stored, pages unchanged).
  // NOT VALID: ids stored before paper types existed are left alone; new ones must exist.
  await sql`
    ALTER TABLE deposits ADD CONSTRAINT deposits_paper_type_fk
      FOREIGN KEY (paper_type_id) REFERENCES paper_types(id) ON DELETE SET NULL NOT VALID`.execute(db);
  await sql`CREATE INDEX deposits_paper_type_idx ON deposits (paper_type_id) WHERE paper_type_id IS NOT NULL`.execute(db);

  // Quotes: paper converted to standard pages, priced at the rate of the day they were made.
  await sql`
    CREATE TABLE quotes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id uuid NOT NULL REFERENCES accounts(id),
      project_id uuid REFERENCES forestry_projects(id),
      standard_pages bigint NOT NULL CHECK (standard_pages >= 0),
      rate double precision NOT NULL CHECK (rate >= 0),
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX quotes_account_idx ON quotes (account_id, created_at)`.execute(db);
  await sql`
    CREATE TABLE quote_items (
      quote_id uuid NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
      position int NOT NULL,
      quantity bigint NOT NULL CHECK (quantity > 0),
      width double precision NOT NULL CHECK (width > 0),
      height double precision NOT NULL CHECK (height > 0),
      density double precision NOT NULL CHECK (density > 0),
      paper_type_id uuid REFERENCES paper_types(id) ON DELETE SET NULL,
      PRIMARY KEY (quote_id, position)
    )`.execute(db);
  await sql`CREATE INDEX quote_items_paper_type_idx ON quote_items (paper_type_id) WHERE paper_type_id IS NOT NULL`.execute(db);

  // A quote converts once: its transaction is the one row naming it (the quote's transaction_id is derived from here).
  await sql`ALTER TABLE transactions ADD COLUMN quote_id uuid UNIQUE REFERENCES quotes(id)`.execute(db);

  // Manual transactions (trees bought) issue a certificate of their own, kind 'transaction': any number per account
  // and month, so the one-per-month rule now holds for the monthly kinds only.
  await sql`ALTER TABLE certificates DROP CONSTRAINT certificates_kind_check`.execute(db);
  await sql`ALTER TABLE certificates ADD CONSTRAINT certificates_kind_check CHECK (kind IN ('account', 'rollup', 'transaction'))`.execute(
    db,
  );
  await sql`ALTER TABLE certificates DROP CONSTRAINT certificates_account_id_month_kind_key`.execute(db);
  await sql`CREATE UNIQUE INDEX certificates_account_month_kind_key ON certificates (account_id, month, kind)
    WHERE kind IN ('account', 'rollup')`.execute(db);
  await sql`CREATE INDEX certificates_account_idx ON certificates (account_id, month)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM certificates WHERE kind = 'transaction'`.execute(db);
  await sql`DROP INDEX certificates_account_idx`.execute(db);
  await sql`DROP INDEX certificates_account_month_kind_key`.execute(db);
  await sql`ALTER TABLE certificates ADD CONSTRAINT certificates_account_id_month_kind_key UNIQUE (account_id, month, kind)`.execute(db);
  await sql`ALTER TABLE certificates DROP CONSTRAINT certificates_kind_check`.execute(db);
  await sql`ALTER TABLE certificates ADD CONSTRAINT certificates_kind_check CHECK (kind IN ('account', 'rollup'))`.execute(db);
  await sql`ALTER TABLE transactions DROP COLUMN quote_id`.execute(db);
  await sql`DROP TABLE quote_items, quotes`.execute(db);
  await sql`DROP INDEX deposits_paper_type_idx`.execute(db);
  await sql`ALTER TABLE deposits DROP CONSTRAINT deposits_paper_type_fk`.execute(db);
  await sql`DROP TABLE paper_types`.execute(db);
}
