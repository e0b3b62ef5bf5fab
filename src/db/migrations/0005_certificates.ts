import { sql, type Kysely } from 'kysely';

/** The forestry catalogue Canopy starts with (real reforestation regions; ids are fixed so clients can rely on them). */
const PROJECTS = [
  [
    '5d3b468f-c0a3-4e7c-bed4-2dcce9d3f0f9',
    'Madagascar',
    -15.7358,
    46.3588,
    'Mangrove and dry-forest restoration on the north-west coast of Madagascar, with villages that plant and guard the trees.',
  ],
  [
    '692bb68d-64aa-4a79-8a08-d373fb0d8752',
    'Scottish Highlands',
    57.12,
    -4.71,
    'Native Caledonian pine, birch and rowan planted to reconnect fragments of ancient woodland in the Highlands.',
  ],
  [
    '0c6f3f7e-2f4b-4d53-9b2c-6a1f0e9d4a11',
    'Atlantic Forest, Brazil',
    -23.42,
    -45.08,
    'Seedlings of native Mata Atlântica species restore corridors between forest remnants in São Paulo state.',
  ],
  [
    '3a1e5c2d-8b7f-4e6a-9c0d-1f2e3a4b5c6d',
    'Nepal Himalaya',
    27.7,
    85.32,
    'Community forests on eroded hillsides of the Kathmandu valley, planted against landslides and for firewood.',
  ],
  [
    '7b9c1d2e-3f4a-4b5c-8d6e-7f8a9b0c1d2e',
    'Pacific Northwest, USA',
    46.85,
    -121.76,
    'Douglas fir and western red cedar replanted on burned and logged land in the Cascade Range.',
  ],
  [
    '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
    'Kenya Highlands',
    -0.42,
    36.95,
    'Indigenous trees planted with smallholder farmers around Mount Kenya to restore water catchments.',
  ],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE forestry_projects (
      id uuid PRIMARY KEY,
      name text NOT NULL UNIQUE,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
      forest_latitude double precision NOT NULL,
      forest_longitude double precision NOT NULL,
      content_logo text,
      content_masthead text,
      content_introduction text NOT NULL DEFAULT '',
      content_body_html text NOT NULL DEFAULT '',
      content_images jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  for (const [id, name, lat, lon, text] of PROJECTS) {
    await sql`INSERT INTO forestry_projects (id, name, forest_latitude, forest_longitude, content_body_html)
      VALUES (${id}, ${name}, ${lat}, ${lon}, ${`<p>${text}</p>`})`.execute(db);
  }

  // The projects an account chose; an account without rows inherits its nearest ancestor's (default: all active).
  await sql`
    CREATE TABLE account_projects (
      account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      project_id uuid NOT NULL REFERENCES forestry_projects(id),
      PRIMARY KEY (account_id, project_id)
    )`.execute(db);

  // One certificate per account and month. kind 'account': a customer's pages of that month plus late pages of
  // earlier months (adjustment_pages); kind 'rollup': a provider's sum of its customers' certificates of that month.
  await sql`
    CREATE TABLE certificates (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id uuid NOT NULL REFERENCES accounts(id),
      kind text NOT NULL CHECK (kind IN ('account', 'rollup')),
      month date NOT NULL CHECK (extract(day FROM month) = 1),
      pages bigint NOT NULL,
      adjustment_pages bigint NOT NULL DEFAULT 0,
      customers int,
      issued_at timestamptz NOT NULL,
      UNIQUE (account_id, month, kind)
    )`.execute(db);
  await sql`CREATE INDEX certificates_month_idx ON certificates (month)`.execute(db);

  // What each certificate accounted for, month by month: its own month, and each earlier month whose deposits grew
  // (or shrank) after it was certified. Σ lines of (account, month) = the pages of that month already certified.
  await sql`
    CREATE TABLE certificate_lines (
      certificate_id uuid NOT NULL REFERENCES certificates(id) ON DELETE CASCADE,
      account_id uuid NOT NULL,
      month date NOT NULL,
      pages bigint NOT NULL,
      PRIMARY KEY (certificate_id, month)
    )`.execute(db);
  await sql`CREATE INDEX certificate_lines_account_idx ON certificate_lines (account_id, month)`.execute(db);

  // Trees planted: a certificate's pages split evenly (to the page) across the account's projects.
  await sql`
    CREATE TABLE transactions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id uuid NOT NULL REFERENCES accounts(id),
      project_id uuid NOT NULL REFERENCES forestry_projects(id),
      certificate_id uuid REFERENCES certificates(id) ON DELETE CASCADE,
      date timestamptz NOT NULL,
      pages bigint NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX transactions_account_idx ON transactions (account_id, date)`.execute(db);
  await sql`CREATE INDEX transactions_certificate_idx ON transactions (certificate_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE transactions, certificate_lines, certificates, account_projects, forestry_projects`.execute(db);
}
