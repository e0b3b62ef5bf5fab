import { sql, type Selectable, type SelectQueryBuilder } from 'kysely';
import { inSubtreeOf } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';
import { containsPattern, type SortOrders } from '../http/listing.js';
import type { CertificatesTable } from '../db/schema.js';

/** Plain query functions over certificates as the API and the public pages read them. */

/** The certificate if its account lies in the subtree rooted at `scopeRootId`. */
export async function findCertificateInSubtree(
  db: Db,
  scopeRootId: string,
  id: string,
): Promise<Selectable<CertificatesTable> | undefined> {
  return db
    .selectFrom('certificates as c')
    .innerJoin('accounts as a', 'a.id', 'c.account_id')
    .selectAll('c')
    .where('c.id', '=', id)
    .where(inSubtreeOf(scopeRootId))
    .executeTakeFirst();
}

/** An account's certificates (with its descendants' when asked), unordered (a listing orders and pages them). */
export function certificatesQuery(db: Db, accountId: string, includeDescendants?: boolean) {
  return db
    .selectFrom('certificates as c')
    .innerJoin('accounts as a', 'a.id', 'c.account_id')
    .selectAll('c')
    .where(includeDescendants ? inSubtreeOf(accountId) : (eb) => eb('c.account_id', '=', accountId));
}

/**
 * The sort orders of a certificates list (`sort`): by month (the default: month, kind, account), by the account's
 * name (case-insensitive, then month), or by pages.
 */
export const CERTIFICATE_SORTS = {
  period: ['month', 'kind', 'account_id', 'id'],
  account_name: ['sort_name', 'month', 'id'],
  pages: ['pages', 'id'],
} as const satisfies SortOrders;

export interface CertificateFilter {
  /** Account name (as now, or as on the certificate) or month ("2024-02", "February 2024", "Feb 2024"). */
  text?: string | undefined;
  /** 'YYYY-MM' */
  month?: string | undefined;
  kind?: 'account' | 'rollup' | 'transaction' | undefined;
}

/** A listing's query of certificates (certificatesQuery's) with the `sort_name` column and narrowed by the filter. */
export function searchCertificates<Row extends object>(
  // biome-ignore lint/suspicious/noExplicitAny: a listing's query (src/http/listing.ts): certificates `c` joined to accounts `a`
  query: SelectQueryBuilder<any, any, Row>,
  filter: CertificateFilter,
  // biome-ignore lint/suspicious/noExplicitAny: as above
): SelectQueryBuilder<any, any, Row> {
  // biome-ignore lint/suspicious/noExplicitAny: as above
  let out = query.select(sql<string>`lower(coalesce(a.display_name, a.name))`.as('sort_name')) as SelectQueryBuilder<any, any, Row>;
  if (filter.text) {
    const p = containsPattern(filter.text);
    out = out.where(
      sql<boolean>`(a.name ILIKE ${p} OR a.display_name ILIKE ${p} OR c.account_name ILIKE ${p}
        OR to_char(c.month, 'YYYY-MM') ILIKE ${p} OR to_char(c.month, 'FMMonth YYYY') ILIKE ${p}
        OR to_char(c.month, 'Mon YYYY') ILIKE ${p})`,
    );
  }
  if (filter.month) out = out.where(sql<boolean>`c.month = ${`${filter.month}-01`}::date`);
  if (filter.kind) out = out.where(sql<boolean>`c.kind = ${filter.kind}`);
  return out;
}

/** A certificate by id, whatever its account (the public page: the id is the secret). */
export async function findCertificate(db: Db, id: string): Promise<Selectable<CertificatesTable> | undefined> {
  return db.selectFrom('certificates').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The projects as certificates show them, by version id. */
export async function projectVersions(db: Db, versionIds: string[]) {
  if (!versionIds.length) return [];
  return db.selectFrom('forestry_project_versions').select(['id', 'project']).where('id', 'in', versionIds).execute();
}

/** The customer certificates each of these roll-ups sums, by month and account. */
export async function rollupMembersOf(db: Db, rollupIds: string[]) {
  if (!rollupIds.length) return [];
  return db
    .selectFrom('rollup_members')
    .select(['rollup_id', 'certificate_id', 'account_id', 'month', 'pages'])
    .where('rollup_id', 'in', rollupIds)
    .orderBy('month')
    .orderBy('account_id')
    .orderBy('certificate_id')
    .execute();
}

/** The id of the latest account certificate (the demo shows it), or undefined. */
export async function latestAccountCertificateId(db: Db): Promise<string | undefined> {
  const row = await db
    .selectFrom('certificates')
    .select('id')
    .where('kind', '=', 'account')
    .orderBy('month', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}
