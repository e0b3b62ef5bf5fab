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
    subject: z.string().meta({ description: 'The e-mail subject, exactly as sent.' }),
    text: z.string().meta({ description: 'The e-mail body, exactly as sent (dates as "25 Nov 2026, 14:05 GMT").' }),
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
          'Server https://printfleet.example.co.uk: healthy → unhealthy at 5 Mar 2024, 09:00 GMT (log-in rejected)\n\n' +
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

/** GET /v1/notifications/email-status (emailStatus): never SMTP_URL's user name or password. */
export const emailStatusObject = z
  .strictObject({
    configured: z.boolean().meta({ description: 'Whether SMTP_URL is set: without it, notifications are only written to the log.' }),
    from: z.string().nullable().meta({ description: 'The sender (SMTP_FROM), or null.' }),
    host: z.string().nullable().meta({ description: "The SMTP server's host name, or null." }),
    port: z.number().int().nullable(),
    security: z
      .enum(['starttls', 'tls'])
      .nullable()
      .meta({ description: 'smtp:// upgrades with STARTTLS; smtps:// is TLS from the start.' }),
    setup: z.string().meta({ description: 'Where the setup is described.' }),
  })
  .meta({
    id: 'EmailStatus',
    examples: [
      {
        configured: true,
        from: 'Canopy <canopy@canopy.example.co.uk>',
        host: 'smtp.example.co.uk',
        port: 587,
        security: 'starttls',
        setup: 'docs/operations.md#e-mail-smtp',
      },
    ],
  });

export const testEmailBody = z
  .object({
    to: z
      .string()
      .trim()
      .max(254, 'must be at most 254 characters')
      .pipe(z.email('must be an email address'))
      .optional()
      .meta({ description: "The recipient; default the signed-in user's (or the API key's user's) address." }),
  })
  .meta({ examples: [{ to: 'ops@dealer.example.co.uk' }] });

/** POST /v1/notifications/test-email: whether the SMTP server accepted it, in plain words when not. */
export const testEmailResult = z
  .strictObject({
    to: z.string(),
    subject: z.string(),
    accepted: z.boolean().meta({ description: 'Whether the SMTP server accepted the message (delivery to the mailbox is its job).' }),
    error: z.string().nullable().meta({ description: 'Why not, in plain words with the server’s answer; null when accepted.' }),
  })
  .meta({
    id: 'TestEmailResult',
    examples: [{ to: 'ops@dealer.example.co.uk', subject: '[Canopy] Test e-mail', accepted: true, error: null }],
  });

/** GET /v1/notifications/previews: each kind of notification e-mail with sample data, exactly as it is sent. */
export const emailPreviewObject = z
  .strictObject({
    kind: z.enum(['server_unhealthy', 'feed_unhealthy', 'healthy_again', 'summary', 'certificate_issued']),
    type: z.enum(['health.changed', 'health.summary', 'certificate.issued']),
    when: z.string().meta({ description: 'When it is sent, and to whom.' }),
    subject: z.string(),
    text: z.string(),
  })
  .meta({
    id: 'EmailPreview',
    examples: [
      {
        kind: 'server_unhealthy',
        type: 'health.changed',
        when: "A server turns unhealthy: to the server's contact, or this account's users when it has none",
        subject: '[Canopy] Server https://printfleet.example.co.uk is unhealthy',
        text:
          'Server https://printfleet.example.co.uk: healthy → unhealthy at 5 Mar 2024, 09:00 GMT (The portal rejected the username ' +
          'or password.)\n\nCanopy could not log in to the portal: it rejected the username or password. …\n\n' +
          'https://canopy.example.co.uk\n',
      },
    ],
  });
