import type { Insertable, Selectable } from 'kysely';
import { inSubtreeOf } from '../accounts/account-queries.js';
import type { Db } from '../db/database.js';
import type { Status, WebhooksTable } from '../db/schema.js';

/** Plain query functions over webhooks (the endpoints health notifications are POSTed to). */
export type WebhookRow = Selectable<WebhooksTable>;

/** The webhook if its account lies in the subtree rooted at `scopeRootId` (itself included). */
export async function findWebhookInSubtree(db: Db, scopeRootId: string, id: string): Promise<WebhookRow | undefined> {
  return db
    .selectFrom('webhooks as w')
    .innerJoin('accounts as a', 'a.id', 'w.account_id')
    .selectAll('w')
    .where('w.id', '=', id)
    .where(inSubtreeOf(scopeRootId))
    .executeTakeFirst();
}

/** An account's webhooks, unordered (a listing orders and pages them). */
export function webhooksQuery(db: Db, accountId: string) {
  return db.selectFrom('webhooks').selectAll().where('account_id', '=', accountId);
}

export async function insertWebhook(db: Db, w: Insertable<WebhooksTable>): Promise<WebhookRow> {
  return db.insertInto('webhooks').values(w).returningAll().executeTakeFirstOrThrow();
}

/** Sets the given fields (and updated_at); returns the row as updated. */
export async function updateWebhook(db: Db, id: string, patch: { url?: string; status?: Status; updated_at: Date }): Promise<WebhookRow> {
  return db.updateTable('webhooks').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteWebhook(db: Db, id: string): Promise<void> {
  await db.deleteFrom('webhooks').where('id', '=', id).execute();
}

/** The active webhooks of an account: where its notifications are POSTed. */
export async function activeWebhooksOf(db: Db, accountId: string): Promise<Array<{ id: string; url: string }>> {
  return db.selectFrom('webhooks').select(['id', 'url']).where('account_id', '=', accountId).where('status', '=', 'active').execute();
}

/** What a delivery needs of its webhook: whether it is still active, and its encrypted signing secret. */
export async function findWebhookForDelivery(
  db: Db,
  id: string,
): Promise<{ id: string; secret_encrypted: string; status: Status } | undefined> {
  return db.selectFrom('webhooks').select(['id', 'secret_encrypted', 'status']).where('id', '=', id).executeTakeFirst();
}
