import { z } from 'zod';
import { deletedOf, timestamp } from '../http/api-schemas.js';

const EXAMPLE_WEBHOOK = {
  id: 'f0e1d2c3-b4a5-4968-8776-655443322110',
  account_id: '9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a',
  url: 'https://ops.dealer.example.co.uk/hooks/canopy',
  status: 'active',
  secret: null,
  created_at: '2024-02-10T14:00:00Z',
  updated_at: '2024-02-10T14:00:00Z',
};

/** The Webhook object as webhookToApi builds it (a Canopy extension). */
export const webhookObject = z
  .strictObject({
    id: z.string(),
    account_id: z.string(),
    url: z.string(),
    status: z.enum(['active', 'inactive']),
    secret: z.string().nullable().meta({ description: 'The signing secret (whsec_…): in the create answer only, null everywhere else.' }),
    created_at: timestamp(),
    updated_at: timestamp(),
  })
  .meta({ id: 'Webhook', examples: [EXAMPLE_WEBHOOK] });

/** The create answer's example: the only one with the secret. */
export const webhookCreatedExample = { ...EXAMPLE_WEBHOOK, secret: 'whsec_9fJ2kLq8Xr4TzP1mV6nB3cY7dW0sH5gAe2Qo-RuK1xN' };

export const webhookDeleted = deletedOf(webhookObject);

const deliveryObject = z.strictObject({
  id: z.string(),
  channel: z.enum(['email', 'webhook', 'log']),
  target: z.string().meta({ description: 'The email address or webhook URL.' }),
  webhook_id: z.string().nullable(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  last_attempt_at: timestamp().nullable(),
  delivered_at: timestamp().nullable(),
  next_attempt_at: timestamp().nullable().meta({ description: 'When it is retried (pending deliveries only).' }),
  last_error: z.string().nullable(),
  response_status: z.number().int().nullable().meta({ description: "The webhook endpoint's last HTTP status." }),
});

/** A notification and each of its deliveries (Notifier.list), newest first. */
export const notificationObject = z
  .strictObject({
    id: z.string(),
    account_id: z.string(),
    server_id: z.string().nullable().meta({ description: 'The server a health notification is about; null for certificate.issued.' }),
    type: z.enum(['health.changed', 'health.summary', 'certificate.issued']),
    subject: z.string(),
    text: z.string(),
    data: z.record(z.string(), z.unknown()).meta({
      description:
        'What the webhook body carries: `{change}` for health.changed, ' +
        '`{server_id, server_url, unhealthy, healthy, changes}` for health.summary; for certificate.issued (an e-mail to ' +
        "the account's users, once per certificate) `{certificate_id, account_id, account_name, provider_name, " +
        'period_start, pages, trees, co2e_kg, url, pdf_url}`.',
    }),
    created_at: timestamp(),
    deliveries: z.array(deliveryObject),
  })
  .meta({
    id: 'Notification',
    examples: [
      {
        id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
        account_id: '9d3e5f7a-1b2c-4d4e-8f6a-7b8c9d0e1f2a',
        server_id: 'b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c',
        type: 'health.changed',
        subject: '[Canopy] Server https://printfleet.example.co.uk is unhealthy',
        text:
          'Server https://printfleet.example.co.uk: healthy → unhealthy at 2024-03-05T09:00:00Z (log-in rejected)\n\n' +
          'Canopy could not log in to the portal and has paused collection for this server. ' +
          'It retries on its own; check the credentials in the portal and in Canopy.\n\n' +
          'https://canopy.example.co.uk/\n',
        data: {
          change: {
            id: '3f1c9b52-7d4e-4a8b-9e21-5c6d7e8f9a0b',
            subject_type: 'server',
            subject_id: 'b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c',
            server_id: 'b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c',
            server_url: 'https://printfleet.example.co.uk',
            feed_id: null,
            account_id: null,
            account_name: null,
            external_id: null,
            old_state: 'healthy',
            new_state: 'unhealthy',
            reason: 'log-in rejected',
            at: '2024-03-05T09:00:00Z',
          },
        },
        created_at: '2024-03-05T09:00:01Z',
        deliveries: [
          {
            id: '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d',
            channel: 'email',
            target: 'fleet@dealer.example.co.uk',
            webhook_id: null,
            status: 'delivered',
            attempts: 1,
            last_attempt_at: '2024-03-05T09:00:02Z',
            delivered_at: '2024-03-05T09:00:02Z',
            next_attempt_at: null,
            last_error: null,
            response_status: null,
          },
          {
            id: '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
            channel: 'webhook',
            target: 'https://ops.dealer.example.co.uk/hooks/canopy',
            webhook_id: EXAMPLE_WEBHOOK.id,
            status: 'pending',
            attempts: 2,
            last_attempt_at: '2024-03-05T09:01:02Z',
            delivered_at: null,
            next_attempt_at: '2024-03-05T09:03:02Z',
            last_error: 'the endpoint answered HTTP 503',
            response_status: 503,
          },
        ],
      },
    ],
  });
