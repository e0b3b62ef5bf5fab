import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountIdParams, idParams } from '../accounts/account-schemas.js';
import type { AccountService } from '../accounts/account-service.js';
import { principalOf } from '../http/auth.js';
import { sendListing } from '../http/listing.js';
import type { Notifier } from './notifier.js';
import { createWebhookBody, updateWebhookBody, type WebhookService } from './webhook-service.js';
import { listOf, one } from '../http/api-schemas.js';
import {
  emailPreviewObject,
  emailStatusObject,
  notificationObject,
  testEmailBody,
  testEmailResult,
  webhookCreatedExample,
  webhookDeleted,
  webhookObject,
} from './notification-api-schema.js';

const webhookCreated = one(webhookObject, 'The webhook, with its signing secret (shown this once).', webhookCreatedExample);
const notifications = listOf(
  notificationObject,
  'The account\'s notifications, newest first (100 a page unless `limit` says otherwise; Link rel="next" for more), ' +
    "with each delivery's state.",
);

/** Canopy extensions: /v1/webhooks (where health notifications are POSTed) and /v1/notifications (what was sent). */
export function notificationRoutes(deps: {
  webhooks: Pick<WebhookService, 'list' | 'create' | 'find' | 'update' | 'remove'>;
  notifier: Pick<Notifier, 'list' | 'emailStatus' | 'testEmail' | 'previews'>;
  accounts: Pick<AccountService, 'load'>;
}) {
  const { webhooks, notifier, accounts } = deps;
  return async function register(root: FastifyInstance) {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/webhooks',
      { config: { policy: 'webhooks:read' }, schema: { response: { 200: listOf(webhookObject) } } },
      async (req, reply) => sendListing(req, reply, await webhooks.list(principalOf(req))),
    );
    app.post(
      '/webhooks',
      { config: { policy: 'webhooks:create' }, schema: { body: createWebhookBody, response: { 201: webhookCreated } } },
      async (req, reply) => reply.status(201).send(await webhooks.create(principalOf(req), undefined, req.body)),
    );
    app.get(
      '/webhooks/:id',
      { config: { policy: 'webhooks:read' }, schema: { params: idParams, response: { 200: one(webhookObject) } } },
      async (req) => webhooks.find(principalOf(req), req.params.id),
    );
    app.patch(
      '/webhooks/:id',
      {
        config: { policy: 'webhooks:update' },
        schema: { params: idParams, body: updateWebhookBody, response: { 200: one(webhookObject) } },
      },
      async (req) => webhooks.update(principalOf(req), req.params.id, req.body),
    );
    app.delete(
      '/webhooks/:id',
      { config: { policy: 'webhooks:delete' }, schema: { params: idParams, response: { 200: one(webhookDeleted) } } },
      async (req) => webhooks.remove(principalOf(req), req.params.id),
    );
    app.get(
      '/accounts/:account_id/webhooks',
      { config: { policy: 'webhooks:read' }, schema: { params: accountIdParams, response: { 200: listOf(webhookObject) } } },
      async (req, reply) => sendListing(req, reply, await webhooks.list(principalOf(req), req.params.account_id)),
    );
    app.post(
      '/accounts/:account_id/webhooks',
      {
        config: { policy: 'webhooks:create' },
        schema: { params: accountIdParams, body: createWebhookBody, response: { 201: webhookCreated } },
      },
      async (req, reply) => reply.status(201).send(await webhooks.create(principalOf(req), req.params.account_id, req.body)),
    );

    app.get(
      '/notifications',
      { config: { policy: 'notifications:read' }, schema: { response: { 200: notifications } } },
      async (req, reply) => sendListing(req, reply, notifier.list(principalOf(req).accountId)),
    );
    app.get(
      '/accounts/:account_id/notifications',
      { config: { policy: 'notifications:read' }, schema: { params: accountIdParams, response: { 200: notifications } } },
      async (req, reply) => sendListing(req, reply, notifier.list((await accounts.load(principalOf(req), req.params.account_id)).id)),
    );

    // E-mail: whether SMTP is set, a test e-mail, and each kind of notification e-mail as it is sent. The SMTP relay is
    // the installation's and the notifications a provider's, so customers have none of these (notifications:*).
    app.get(
      '/notifications/email-status',
      { config: { policy: 'notifications:read' }, schema: { response: { 200: one(emailStatusObject) } } },
      async () => notifier.emailStatus(),
    );
    app.post(
      '/notifications/test-email',
      {
        config: { policy: 'notifications:create' },
        schema: {
          body: testEmailBody,
          response: {
            200: one(
              testEmailResult,
              'Sent now (not through the outbox): whether the SMTP server accepted it. 409 `email_not_configured` without SMTP_URL.',
            ),
          },
        },
      },
      async (req) => notifier.testEmail(principalOf(req), req.body.to),
    );
    app.get(
      '/notifications/previews',
      {
        config: { policy: 'notifications:read' },
        schema: {
          response: {
            200: listOf(emailPreviewObject, 'Each kind of notification e-mail with sample data, subject and text exactly as sent.'),
          },
        },
      },
      async (req) => notifier.previews(principalOf(req)),
    );
  };
}
