import type { Selectable } from 'kysely';
import type { Db } from '../db/database.js';
import type { ForestryProjectsTable } from '../db/schema.js';

/** Plain query functions over the forestry catalogue (forestry_projects) and the accounts' project choices (account_projects). */

/** The catalogue, active projects or not, unordered (a listing orders and pages it). */
export function projectsQuery(db: Db) {
  return db.selectFrom('forestry_projects').selectAll();
}

/** The projects with these ids, unordered. */
export async function projectsByIds(db: Db, ids: string[]): Promise<Array<Selectable<ForestryProjectsTable>>> {
  return db.selectFrom('forestry_projects').selectAll().where('id', 'in', ids).execute();
}

/** Those of `ids` that are active projects. */
export async function findActiveProjects(db: Db, ids: string[]): Promise<Array<{ id: string }>> {
  return db.selectFrom('forestry_projects').select('id').where('id', 'in', ids).where('status', '=', 'active').execute();
}

/** The ids of the active projects, by name. */
export async function activeProjectIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('forestry_projects').select('id').where('status', '=', 'active').orderBy('name').execute()).map((p) => p.id);
}

/** The projects chosen by the given accounts (every account's when omitted or empty), by project name. */
export async function chosenProjects(db: Db, accountIds?: string[]): Promise<Array<{ account_id: string; project_id: string }>> {
  return db
    .selectFrom('account_projects as ap')
    .innerJoin('forestry_projects as p', 'p.id', 'ap.project_id')
    .select(['ap.account_id', 'ap.project_id'])
    .$if(accountIds !== undefined && accountIds.length > 0, (q) => q.where('ap.account_id', 'in', accountIds!))
    .orderBy('p.name')
    .execute();
}

/** Forgets an account's own project choice. */
export async function deleteAccountProjects(db: Db, accountId: string): Promise<void> {
  await db.deleteFrom('account_projects').where('account_id', '=', accountId).execute();
}

/** Adds projects to an account's choice (none: nothing is written). */
export async function insertAccountProjects(db: Db, accountId: string, projectIds: string[]): Promise<void> {
  if (!projectIds.length) return;
  await db
    .insertInto('account_projects')
    .values(projectIds.map((project_id) => ({ account_id: accountId, project_id })))
    .execute();
}
