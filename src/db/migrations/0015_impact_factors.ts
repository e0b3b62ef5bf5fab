import { sql, type Kysely } from 'kysely';
import { INITIAL_FACTOR_SET } from '../../impact-factor-sets.js';

/**
 * Impact equivalents (issue 18, docs/impact.md): factor sets are data with a version, never changed once added (a
 * trigger refuses updates and deletes: a certificate's equivalents must stay what they were). Each certificate keeps
 * the version it was issued with: the newest when it is inserted (a trigger fills it), the first one for those
 * issued before factor sets existed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE impact_factor_sets (
      version text PRIMARY KEY CHECK (version ~ '^[a-z0-9][a-z0-9.-]{0,39}$'),
      name text NOT NULL,
      co2e_kg numeric NOT NULL CHECK (co2e_kg >= 0),
      water_l numeric NOT NULL CHECK (water_l >= 0),
      energy_kwh numeric NOT NULL CHECK (energy_kwh >= 0),
      wood_kg numeric NOT NULL CHECK (wood_kg >= 0),
      sources jsonb NOT NULL,
      method_url text NOT NULL,
      seq bigserial NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE FUNCTION canopy_factor_sets_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'impact factor sets never change: add a new version instead';
    END $$`.execute(db);
  await sql`CREATE TRIGGER impact_factor_sets_frozen BEFORE UPDATE OR DELETE ON impact_factor_sets
    FOR EACH ROW EXECUTE FUNCTION canopy_factor_sets_frozen()`.execute(db);
  const f = INITIAL_FACTOR_SET;
  await sql`
    INSERT INTO impact_factor_sets (version, name, co2e_kg, water_l, energy_kwh, wood_kg, sources, method_url)
    VALUES (${f.version}, ${f.name}, ${f.co2e_kg}, ${f.water_l}, ${f.energy_kwh}, ${f.wood_kg}, ${JSON.stringify(f.sources)}::jsonb,
      ${f.method_url})`.execute(db);

  await sql`ALTER TABLE certificates ADD COLUMN factors_version text REFERENCES impact_factor_sets(version)`.execute(db);
  await sql`UPDATE certificates SET factors_version = ${f.version}`.execute(db);
  await sql`ALTER TABLE certificates ALTER COLUMN factors_version SET NOT NULL`.execute(db);
  await sql`
    CREATE FUNCTION canopy_certificate_factors() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      SELECT version INTO NEW.factors_version FROM impact_factor_sets ORDER BY seq DESC LIMIT 1;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER certificates_factors BEFORE INSERT ON certificates FOR EACH ROW WHEN (NEW.factors_version IS NULL)
    EXECUTE FUNCTION canopy_certificate_factors()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER certificates_factors ON certificates`.execute(db);
  await sql`DROP FUNCTION canopy_certificate_factors()`.execute(db);
  await sql`ALTER TABLE certificates DROP COLUMN factors_version`.execute(db);
  await sql`DROP TABLE impact_factor_sets`.execute(db);
  await sql`DROP FUNCTION canopy_factor_sets_frozen()`.execute(db);
}
