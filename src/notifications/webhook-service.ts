import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AccountService } from '../accounts/account-service.js';
import type { Principal } from '../access/principal.js';
import { loadInScope } from '../access/scope.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { BadRequestError, ForbiddenError } from '../errors.js';
import { apiTimestamp } from '../http/api-format.js';
import { encryptSecret, type Keyring } from '../secrets/credential-cipher.js';
import { httpsUrl } from '../servers/server-schemas.js';
import type { Listing } from '../http/listing.js';
import type { OutboundPolicy } from '../outbound/outbound-policy.js';
import { generateWebhookSecret } from './webhook-signature.js';
import { deleteWebhook, findWebhookInSubtree, insertWebhook, updateWebhook, webhooksQuery, type WebhookRow } from './webhook-queries.js';

export const createWebhookBody = z
  .object({ url: httpsUrl, account_id: z.uuid('must be an account id').optional() })
  .meta({ examples: [{ url: 'https://ops.dealer.example.co.uk/hooks/canopy' }] });
export const updateWebhookBody = z
  .object({ url: httpsUrl.optional(), status: z.enum(['active', 'inactive']).optional() })
  .meta({ examples: [{ status: 'inactive' }] });

/** The Webhook object (a Canopy extension). `secret` is shown once, in the answer to the create; null otherwise. */
function webhookToApi(w: WebhookRow, secret: string | null = null) {
  return {
    id: w.id,
    account_id: w.account_id,
    url: w.url,
    status: w.status,
    secret,
    created_at: apiTimestamp(w.created_at),
    updated_at: apiTimestamp(w.updated_at),
  };
}

/**
 * Webhook endpoints of provider accounts, where health notifications are POSTed, signed with the endpoint's secret
 * (src/notifications/webhook-signature.ts). The secret is stored encrypted like portal passwords, with the webhook
 * id as associated data.
 */
export function createWebhookService(deps: {
  db: Db;
  clock: Clock;
  accounts: Pick<AccountService, 'load'>;
  keyring: () => Keyring;
  openSecret: (ciphertext: string, rowId: string) => Promise<string>;
  /** Refuses a URL whose host is not a public address (src/outbound/); checked again at every delivery. */
  checkUrl: OutboundPolicy['checkUrl'];
}) {
  const { db, clock, accounts, keyring } = deps;

  function load(p: Principal, id: string): Promise<WebhookRow> {
    return loadInScope(id, (id) => findWebhookInSubtree(db, p.accountId, id));
  }

  return {
    secretOf: (row: { id: string; secret_encrypted: string }) => deps.openSecret(row.secret_encrypted, row.id),

    async list(p: Principal, accountId = p.accountId) {
      const account = await accounts.load(p, accountId);
      return {
        db,
        query: webhooksQuery(db, account.id),
        keys: ['created_at', 'id'],
        present: (rows) => rows.map((w) => webhookToApi(w)),
      } satisfies Listing<WebhookRow, unknown>;
    },

    find: async (p: Principal, id: string) => webhookToApi(await load(p, id)),

    async create(p: Principal, scopeAccountId: string | undefined, input: z.infer<typeof createWebhookBody>) {
      if (scopeAccountId && input.account_id && input.account_id !== scopeAccountId)
        throw new BadRequestError('account_id: does not match the account in the path.');
      const account = await accounts.load(p, scopeAccountId ?? input.account_id ?? p.accountId);
      if (account.role === 'customer') throw new ForbiddenError('Webhooks belong to provider accounts, not customer accounts.');
      await deps.checkUrl(input.url, 'The webhook URL');
      const id = randomUUID();
      const secret = generateWebhookSecret();
      const now = clock.now();
      const row = await insertWebhook(db, {
        id,
        account_id: account.id,
        url: input.url,
        secret_encrypted: encryptSecret(keyring(), secret, id),
        created_at: now,
        updated_at: now,
      });
      return webhookToApi(row, secret);
    },

    async update(p: Principal, id: string, input: z.infer<typeof updateWebhookBody>) {
      const hook = await load(p, id);
      if (input.url !== undefined) await deps.checkUrl(input.url, 'The webhook URL');
      const row = await updateWebhook(db, hook.id, {
        ...(input.url !== undefined ? { url: input.url } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        updated_at: clock.now(),
      });
      return webhookToApi(row);
    },

    async remove(p: Principal, id: string) {
      const hook = await load(p, id);
      await deleteWebhook(db, hook.id);
      return { ...webhookToApi(hook), deleted: true as const };
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
