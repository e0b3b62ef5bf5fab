import type { Selectable } from 'kysely';
import { inSubtreeOf } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';
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
