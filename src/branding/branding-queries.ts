import { sql, type Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { BrandingsTable } from '../db/schema.js';

/** Every read and write of the brandings table (migration 0016). Scoping is the caller's: these take account ids. */

export type BrandingRow = Selectable<BrandingsTable>;
/** A row without the logo's bytes (what the JSON answers need). */
export type BrandingMeta = Omit<BrandingRow, 'logo'>;

const META = ['account_id', 'logo_media_type', 'logo_width', 'logo_height', 'logo_sha256', 'brand_colour', 'updated_at'] as const;

export async function findBranding(db: Db, accountId: string): Promise<BrandingMeta | undefined> {
  return db.selectFrom('brandings').select(META).where('account_id', '=', accountId).executeTakeFirst();
}

/** The logo's bytes and type (the public logo route), or undefined when the account has none. */
export async function findLogo(
  db: Db,
  accountId: string,
): Promise<{ logo: Buffer; logo_media_type: 'image/png' | 'image/jpeg'; logo_sha256: string } | undefined> {
  const row = await db
    .selectFrom('brandings')
    .select(['logo', 'logo_media_type', 'logo_sha256'])
    .where('account_id', '=', accountId)
    .where('logo', 'is not', null)
    .executeTakeFirst();
  return row?.logo && row.logo_media_type && row.logo_sha256
    ? { logo: row.logo, logo_media_type: row.logo_media_type, logo_sha256: row.logo_sha256 }
    : undefined;
}

/** Whole rows (logo bytes included) of these accounts (a certificate's account and its issuing provider). */
export async function brandingsWithLogos(db: Db, accountIds: readonly string[]): Promise<BrandingRow[]> {
  if (!accountIds.length) return [];
  return db.selectFrom('brandings').selectAll().where('account_id', 'in', accountIds).execute();
}

export interface NewLogo {
  bytes: Buffer;
  mediaType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  sha256: string;
}

export async function upsertLogo(db: Db, accountId: string, logo: NewLogo, now: Date): Promise<void> {
  const values = {
    logo: logo.bytes,
    logo_media_type: logo.mediaType,
    logo_width: logo.width,
    logo_height: logo.height,
    logo_sha256: logo.sha256,
    updated_at: now,
  };
  await db
    .insertInto('brandings')
    .values({ account_id: accountId, brand_colour: null, ...values })
    .onConflict((oc) => oc.column('account_id').doUpdateSet(values))
    .execute();
}

/** Removes the logo (the row stays for the colour); true when there was one. */
export async function clearLogo(db: Db, accountId: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('brandings')
    .set({ logo: null, logo_media_type: null, logo_width: null, logo_height: null, logo_sha256: null, updated_at: now })
    .where('account_id', '=', accountId)
    .where('logo', 'is not', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Sets the brand colour (undefined: unchanged, only `updated_at` moves: the account now has a branding row). */
export async function upsertStyle(db: Db, accountId: string, style: { brandColour?: string | null }, now: Date): Promise<void> {
  const set = { ...(style.brandColour !== undefined ? { brand_colour: style.brandColour } : {}), updated_at: now };
  await db
    .insertInto('brandings')
    .values({
      account_id: accountId,
      logo: null,
      logo_media_type: null,
      logo_width: null,
      logo_height: null,
      logo_sha256: null,
      brand_colour: style.brandColour ?? null,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('account_id').doUpdateSet(set))
    .execute();
}

/**
 * The branding a dashboard user sees in the header: the nearest account of `ancestry` (the user's account first, then
 * up to the root) that is not a customer and has a branding row, with that account's name as shown; undefined when none.
 */
export async function nearestProviderBranding(
  db: Db,
  ancestry: readonly string[],
): Promise<(BrandingMeta & { name: string; display_name: string | null }) | undefined> {
  if (!ancestry.length) return undefined;
  return db
    .selectFrom('brandings as b')
    .innerJoin('accounts as a', 'a.id', 'b.account_id')
    .select([
      'b.account_id',
      'b.logo_media_type',
      'b.logo_width',
      'b.logo_height',
      'b.logo_sha256',
      'b.brand_colour',
      'b.updated_at',
      'a.name',
      'a.display_name',
    ])
    .where('b.account_id', 'in', ancestry)
    .where('a.role', '<>', 'customer')
    .orderBy(sql`array_position(${sql.val(ancestry)}::uuid[], b.account_id)`, 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The parent of an account when it is a provider (the one that issues the account's certificates), else undefined. */
export async function issuingProviderOf(db: Db, accountId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('accounts as a')
    .innerJoin('accounts as p', 'p.id', 'a.parent_id')
    .select('p.id')
    .where('a.id', '=', accountId)
    .where('p.role', '=', 'provider')
    .executeTakeFirst();
  return row?.id;
}

/** The account's names (the branding's display name is the account's `display_name`, else its `name`). */
export async function findAccountName(
  db: Db,
  accountId: string,
): Promise<{ id: string; name: string; display_name: string | null } | undefined> {
  return db.selectFrom('accounts').select(['id', 'name', 'display_name']).where('id', '=', accountId).executeTakeFirst();
}
