import { z } from 'zod';
import { healthState } from '../health/health-api-schema.js';
import { deletedOf, timestamp } from '../http/api-schemas.js';

/** The Server object as serverToApi builds it (PrintReleaf v1 §7.5 plus Canopy's extensions). */
export const serverObject = z
  .strictObject({
    id: z.string(),
    account_id: z.string(),
    type: z.literal('onestop'),
    url: z.string(),
    username: z.string(),
    password: z.null().meta({ description: 'Write-only: always null.' }),
    contact: z.string().nullable().meta({ description: 'Who is emailed about health changes (else the users of the account).' }),
    created_at: timestamp(),
    paper_profile: z.enum(['a4', 'letter']),
    time_zone: z.string(),
    holiday_region: z.string(),
    concurrency: z.number().int(),
    health_check: healthState,
    health_check_reason: z.string().nullable(),
    health_reason: z
      .enum(['credentials_rejected', 'unreachable', 'tls_untrusted'])
      .nullable()
      .meta({ description: 'Why the server is unhealthy, machine-readable (null while healthy).' }),
    health_check_checked_at: timestamp().nullable(),
    health_check_changed_at: timestamp().nullable(),
  })
  .meta({
    id: 'Server',
    examples: [
      {
        id: 'b7e4c1a2-5d6f-4e8a-9b0c-1d2e3f4a5b6c',
        account_id: '2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c',
        type: 'onestop',
        url: 'https://printfleet.example.co.uk',
        username: 'canopy',
        password: null,
        contact: 'fleet@dealer.example.co.uk',
        created_at: '2024-01-15T10:30:00Z',
        paper_profile: 'a4',
        time_zone: 'Europe/London',
        holiday_region: 'GB-ENG',
        concurrency: 1,
        health_check: 'healthy',
        health_check_reason: null,
        health_reason: null,
        health_check_checked_at: '2024-03-05T09:00:00Z',
        health_check_changed_at: '2024-01-15T10:30:02Z',
      },
    ],
  });

export const serverDeleted = deletedOf(serverObject);

/** One customer of the server's portal (ServerService.portalCustomers), for the feed form's dropdown. */
export const portalCustomerObject = z
  .strictObject({ external_id: z.string(), name: z.string() })
  .meta({ id: 'PortalCustomer', examples: [{ external_id: '1043', name: 'Hartley & Sons Solicitors' }] });
