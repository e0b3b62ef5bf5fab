import { sql, type Kysely, type RawBuilder } from 'kysely';
import { PAGES_PER_TREE } from '../../trees.js';

/**
 * Issue 15, rules 5 and 7 (docs/domain.md, Certificates of Reforestation).
 *
 * Rule 5, a month close's cost does not depend on the oldest deposit: `certification_pending` holds the months of an
 * account whose deposits changed since its last close (kept up by statement triggers on deposits, so every writer is
 * covered), `account_certification` how far each account is certified. The close visits only those months.
 *
 * Rule 7, an issued certificate never changes: what a certificate shows is stored with it when it is issued: the
 * names (`account_name`, `provider_name`), the share of each project (`shares`) with the project as shown
 * (`forestry_project_versions`) and, for a provider's roll-up, the customer certificates it sums (`rollup_members`;
 * rollup_id null: waiting for the provider's next roll-up). Existing certificates are backfilled from what they showed.
 */

/** Integer SQL: trees as shown in hundredths of `pages`, halves up (src/trees.ts trees2; pages are never negative). */
const P = sql.raw(String(PAGES_PER_TREE));
const shownHundredths = (pages: RawBuilder<unknown>) => sql`((${pages} * 200 + ${P}) / (2 * ${P}))`;

/** The version of project `p` as the catalogue has it now (canopy_project_version: the copy a certificate shows). */
const projectVersion = sql`canopy_project_version(p.id)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  // ---- Rule 5 ------------------------------------------------------------------------------------------------------
  await sql`
    CREATE TABLE account_certification (
      account_id uuid PRIMARY KEY REFERENCES accounts(id),
      certified_through date NOT NULL CHECK (extract(day FROM certified_through) = 1)
    )`.execute(db);
  await sql`
    CREATE TABLE certification_pending (
      account_id uuid NOT NULL REFERENCES accounts(id),
      month date NOT NULL CHECK (extract(day FROM month) = 1),
      changed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (account_id, month)
    )`.execute(db);
  await sql`CREATE INDEX certification_pending_month_idx ON certification_pending (month)`.execute(db);

  // One statement-level trigger per event (transition tables): a row per changed (account, month), in key order so
  // two writers lock them in the same order. DO UPDATE (not DO NOTHING) waits for a month close holding the row, so a
  // change is never lost between the close reading the deposits and clearing the month.
  const mark = (rows: RawBuilder<unknown>) => sql`
    INSERT INTO certification_pending AS p (account_id, month)
    SELECT DISTINCT account_id, month FROM (${rows}) AS changed ORDER BY account_id, month
    ON CONFLICT (account_id, month) DO UPDATE SET changed_at = now()`;
  const monthOf = (alias: string) => sql.raw(`date_trunc('month', ${alias}.date)::date`);
  await sql`
    CREATE FUNCTION canopy_deposits_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${mark(sql`SELECT n.account_id, ${monthOf('n')} AS month FROM new_rows n`)};
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE FUNCTION canopy_deposits_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${mark(sql`SELECT o.account_id, ${monthOf('o')} AS month FROM old_rows o`)};
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE FUNCTION canopy_deposits_updated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${mark(sql`
        SELECT x.account_id, x.month FROM old_rows o JOIN new_rows n ON n.id = o.id
        CROSS JOIN LATERAL (VALUES (o.account_id, ${monthOf('o')}), (n.account_id, ${monthOf('n')})) AS x(account_id, month)
        WHERE (o.account_id, o.date, o.standard_pages) IS DISTINCT FROM (n.account_id, n.date, n.standard_pages)`)};
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER deposits_pending_insert AFTER INSERT ON deposits REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_deposits_inserted()`.execute(db);
  await sql`CREATE TRIGGER deposits_pending_delete AFTER DELETE ON deposits REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_deposits_deleted()`.execute(db);
  await sql`CREATE TRIGGER deposits_pending_update AFTER UPDATE ON deposits REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION canopy_deposits_updated()`.execute(db);

  // Backfill: an account is certified through its latest account certificate; a month is pending where its deposits
  // and what its certificate lines accounted for differ (not yet certified, or changed since).
  await sql`
    INSERT INTO account_certification (account_id, certified_through)
    SELECT account_id, max(month) FROM certificates WHERE kind = 'account' GROUP BY account_id`.execute(db);
  await sql`
    INSERT INTO certification_pending (account_id, month)
    SELECT account_id, month
    FROM (SELECT a.id AS account_id, ${monthOf('d')} AS month, sum(d.standard_pages) AS pages
          FROM accounts a JOIN deposits d ON d.account_id = a.id GROUP BY 1, 2) AS deposited
    FULL JOIN (SELECT account_id, month, sum(pages) AS pages FROM certificate_lines GROUP BY 1, 2) AS certified USING (account_id, month)
    WHERE coalesce(deposited.pages, 0) <> coalesce(certified.pages, 0)`.execute(db);

  // ---- Rule 7 ------------------------------------------------------------------------------------------------------
  await sql`ALTER TABLE certificates ADD COLUMN account_name text, ADD COLUMN provider_name text`.execute(db);
  // The names as every certificate shows them: its account's, and for a provider's customer the provider's.
  await sql`
    UPDATE certificates c SET
      account_name = coalesce(a.display_name, a.name),
      provider_name = CASE WHEN c.kind = 'account' AND p.role = 'provider' THEN coalesce(p.display_name, p.name) END
    FROM accounts a LEFT JOIN accounts p ON p.id = a.parent_id
    WHERE a.id = c.account_id`.execute(db);
  await sql`ALTER TABLE certificates ALTER COLUMN account_name SET NOT NULL`.execute(db);
  await sql`
    CREATE FUNCTION canopy_certificate_names() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      SELECT coalesce(a.display_name, a.name),
             CASE WHEN NEW.kind = 'account' AND p.role = 'provider' THEN coalesce(p.display_name, p.name) END
      INTO NEW.account_name, NEW.provider_name
      FROM accounts a LEFT JOIN accounts p ON p.id = a.parent_id
      WHERE a.id = NEW.account_id;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER certificates_names BEFORE INSERT ON certificates FOR EACH ROW WHEN (NEW.account_name IS NULL)
    EXECUTE FUNCTION canopy_certificate_names()`.execute(db);

  // Projects as certificates show them: each distinct version of a project's catalogue row (every column but
  // created_at: the API's ForestryProject object), stored once however many certificates show it.
  await sql`
    CREATE TABLE forestry_project_versions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL,
      project jsonb NOT NULL
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX forestry_project_versions_key ON forestry_project_versions (project_id, md5(project::text))`.execute(db);
  await sql`
    CREATE FUNCTION canopy_project_version(pid uuid) RETURNS uuid LANGUAGE plpgsql AS $$
    DECLARE
      snapshot jsonb;
      found uuid;
    BEGIN
      SELECT to_jsonb(p) - 'created_at' INTO snapshot FROM forestry_projects p WHERE p.id = pid;
      INSERT INTO forestry_project_versions (project_id, project) VALUES (pid, snapshot)
      ON CONFLICT (project_id, md5(project::text)) DO NOTHING;
      SELECT v.id INTO found FROM forestry_project_versions v WHERE v.project_id = pid AND md5(v.project::text) = md5(snapshot::text);
      RETURN found;
    END $$`.execute(db);
  // A certificate's shares, in order (the largest first): [{project_id, version_id, pages, trees}], the version being
  // the project as the certificate shows it (always one canopy_project_version returned).
  await sql`ALTER TABLE certificates ADD COLUMN shares jsonb NOT NULL DEFAULT '[]'`.execute(db);

  await sql`
    CREATE TABLE rollup_members (
      provider_id uuid NOT NULL REFERENCES accounts(id),
      certificate_id uuid NOT NULL REFERENCES certificates(id),
      rollup_id uuid REFERENCES certificates(id),
      account_id uuid NOT NULL,
      month date NOT NULL,
      pages bigint NOT NULL,
      adjustment_pages bigint NOT NULL,
      PRIMARY KEY (provider_id, certificate_id)
    )`.execute(db);
  await sql`CREATE INDEX rollup_members_rollup_idx ON rollup_members (rollup_id) WHERE rollup_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX rollup_members_waiting_idx ON rollup_members (provider_id, month) WHERE rollup_id IS NULL`.execute(db);

  // Backfill: a roll-up summed its customers' certificates of its month issued by then (the old close issued it after
  // them); every other customer certificate waits for its providers' next roll-up instead of being lost.
  await sql`
    INSERT INTO rollup_members (provider_id, certificate_id, rollup_id, account_id, month, pages, adjustment_pages)
    SELECT p.id, c.id, r.id, c.account_id, c.month, c.pages, c.adjustment_pages
    FROM certificates c
    JOIN accounts a ON a.id = c.account_id
    JOIN accounts p ON a.ancestry @> ARRAY[p.id] AND p.id <> a.id AND p.role = 'provider'
    LEFT JOIN certificates r ON r.account_id = p.id AND r.kind = 'rollup' AND r.month = c.month AND c.issued_at <= r.issued_at
    WHERE c.kind = 'account'`.execute(db);

  // Backfill the shares: a customer's or a manual transaction's certificate from its transactions, a roll-up from its
  // members' transactions (what it showed when issued). Shown trees: each share's hundredths rounded down, and the
  // hundredths still missing to the certificate's shown total go to the largest remainders (src/certificates/close-rules.ts).
  await sql`
    WITH versions AS MATERIALIZED (SELECT p.id, ${projectVersion} AS version_id FROM forestry_projects p),
    parts AS (
      SELECT t.certificate_id, t.project_id, sum(t.pages)::bigint AS pages
      FROM transactions t JOIN certificates c ON c.id = t.certificate_id AND c.kind IN ('account', 'transaction')
      GROUP BY 1, 2
      UNION ALL
      SELECT m.rollup_id, t.project_id, sum(t.pages)::bigint
      FROM rollup_members m JOIN transactions t ON t.certificate_id = m.certificate_id
      WHERE m.rollup_id IS NOT NULL GROUP BY 1, 2
    ), ranked AS (
      SELECT parts.*, p.name, v.version_id,
             row_number() OVER (PARTITION BY parts.certificate_id ORDER BY parts.pages DESC, p.name) AS position,
             parts.pages * 100 / ${P} AS base, parts.pages * 100 % ${P} AS remainder
      FROM parts JOIN forestry_projects p ON p.id = parts.project_id
      JOIN versions v ON v.id = p.id
    ), shares AS (
      SELECT ranked.*, ${shownHundredths(sql.raw('c.pages'))} - sum(base) OVER (PARTITION BY ranked.certificate_id) AS missing,
             row_number() OVER (PARTITION BY ranked.certificate_id ORDER BY remainder DESC, position) AS remainder_rank
      FROM ranked JOIN certificates c ON c.id = ranked.certificate_id
    )
    UPDATE certificates c SET shares = backfilled.shares
    FROM (SELECT certificate_id, jsonb_agg(jsonb_build_object('project_id', project_id, 'version_id', version_id, 'pages', pages,
            'trees', round((base + CASE WHEN remainder_rank <= missing THEN 1 ELSE 0 END) / 100.0, 2)) ORDER BY position) AS shares
          FROM shares GROUP BY certificate_id) AS backfilled
    WHERE c.id = backfilled.certificate_id`.execute(db);

  // A manual transaction's certificate (src/transactions/) gets its one share at commit, when its transaction exists.
  await sql`
    CREATE FUNCTION canopy_transaction_certificate_projects() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE certificates c SET shares = coalesce((
        SELECT jsonb_agg(jsonb_build_object('project_id', p.id, 'version_id', ${projectVersion}, 'pages', t.pages,
                 'trees', round(${shownHundredths(sql.raw('t.pages'))} / 100.0, 2)) ORDER BY t.pages DESC, p.name)
        FROM transactions t JOIN forestry_projects p ON p.id = t.project_id
        WHERE t.certificate_id = NEW.id), '[]')
      WHERE c.id = NEW.id;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE CONSTRAINT TRIGGER certificates_transaction_projects AFTER INSERT ON certificates
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.kind = 'transaction')
    EXECUTE FUNCTION canopy_transaction_certificate_projects()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER certificates_transaction_projects ON certificates`.execute(db);
  await sql`DROP FUNCTION canopy_transaction_certificate_projects()`.execute(db);
  await sql`DROP TABLE rollup_members, forestry_project_versions`.execute(db);
  await sql`DROP FUNCTION canopy_project_version(uuid)`.execute(db);
  await sql`DROP TRIGGER certificates_names ON certificates`.execute(db);
  await sql`DROP FUNCTION canopy_certificate_names()`.execute(db);
  await sql`ALTER TABLE certificates DROP COLUMN account_name, DROP COLUMN provider_name, DROP COLUMN shares`.execute(db);
  await sql`DROP TRIGGER deposits_pending_insert ON deposits`.execute(db);
  await sql`DROP TRIGGER deposits_pending_delete ON deposits`.execute(db);
  await sql`DROP TRIGGER deposits_pending_update ON deposits`.execute(db);
  await sql`DROP FUNCTION canopy_deposits_inserted(), canopy_deposits_deleted(), canopy_deposits_updated()`.execute(db);
  await sql`DROP TABLE certification_pending, account_certification`.execute(db);
}
