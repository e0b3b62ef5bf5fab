import { sql, type Kysely } from 'kysely';

/**
 * Branding (issue 18): one row per account that set any (a provider's logo, brand colour; a customer's own logo),
 * keyed by the account. The logo is stored re-encoded (src/branding/logo-image.ts: only pixels, at most 600 px wide),
 * with its media type, size and SHA-256 (the public URL's version). The display name is the account's own
 * `display_name` (accounts), not a second copy here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE brandings (
      account_id uuid PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
      logo bytea CHECK (octet_length(logo) BETWEEN 1 AND 8388608),
      logo_media_type text CHECK (logo_media_type IN ('image/png', 'image/jpeg')),
      logo_width integer CHECK (logo_width BETWEEN 1 AND 2000),
      logo_height integer CHECK (logo_height BETWEEN 1 AND 2000),
      logo_sha256 text CHECK (logo_sha256 ~ '^[0-9a-f]{64}$'),
      brand_colour text CHECK (brand_colour ~ '^#[0-9a-f]{6}$'),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((logo IS NULL) = (logo_media_type IS NULL) AND (logo IS NULL) = (logo_width IS NULL)
        AND (logo IS NULL) = (logo_height IS NULL) AND (logo IS NULL) = (logo_sha256 IS NULL))
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE brandings`.execute(db);
}
