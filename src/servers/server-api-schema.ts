import { z } from 'zod';
import { healthState } from '../health/health-api-schema.js';
import { deletedOf, timestamp } from '../http/api-schemas.js';

/** How the portal logs in and lists its customers, as Canopy detected it (src/connectors/onestop/login-styles.ts). */
export const connectionProfileObject = z
  .strictObject({
    auth: z.enum(['json', 'oauth-password']).meta({ description: 'JSON log-in, or the OAuth2 resource-owner password grant.' }),
    token_path: z.enum(['/api/v1/token', '/token']),
    customer_list: z.enum(['paged', 'array']),
    id_type: z.enum(['integer', 'string']),
    detected_at: timestamp().nullable(),
  })
  .meta({ id: 'ConnectionProfile' });

/** A CA certificate registered with a server, by subject and fingerprint (never the PEM). */
export const caCertificateObject = z
  .strictObject({
    subject: z.string(),
    issuer: z.string(),
    valid_from: timestamp(),
    valid_to: timestamp(),
    fingerprint_sha256: z.string(),
    is_ca: z.boolean(),
    certificates: z.number().int(),
  })
  .meta({ id: 'CaCertificate' });

/** The Server object as serverToApi builds it (PrintReleaf v1 §7.5 plus Canopy's extensions). */
export const serverObject = z
  .strictObject({
    id: z.string(),
    account_id: z.string(),
    type: z.literal('onestop'),
    name: z.string().meta({ description: "The display name (Canopy extension; servers registered without one: the URL's host)." }),
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
    client_id: z.string().nullable().meta({ description: 'OAuth2 client id (null: none).' }),
    client_secret: z.null().meta({ description: 'Write-only: always null.' }),
    ca_certificate: caCertificateObject.nullable().meta({ description: 'The CA certificate trusted for this server only (null: none).' }),
    connection_profile: connectionProfileObject.nullable(),
    health_reason: z
      .enum(['credentials_rejected', 'unreachable', 'tls_untrusted', 'tls_hostname_mismatch', 'tls_expired', 'schema_changed'])
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
        name: 'Printfleet UK',
        url: 'https://printfleet.example.co.uk',
        username: 'canopy',
        password: null,
        contact: 'fleet@dealer.example.co.uk',
        created_at: '2024-01-15T10:30:00Z',
        paper_profile: 'a4',
        time_zone: 'Europe/London',
        holiday_region: 'GB-ENG',
        concurrency: 1,
        client_id: null,
        client_secret: null,
        ca_certificate: null,
        connection_profile: {
          auth: 'oauth-password',
          token_path: '/token',
          customer_list: 'array',
          id_type: 'string',
          detected_at: '2024-01-15T10:30:01Z',
        },
        health_check: 'healthy',
        health_check_reason: null,
        health_reason: null,
        health_check_checked_at: '2024-03-05T09:00:00Z',
        health_check_changed_at: '2024-01-15T10:30:02Z',
      },
    ],
  });

export const serverDeleted = deletedOf(serverObject);

const certificateName = z.strictObject({ subject: z.string(), issuer: z.string() });
const counters = z.strictObject({
  deviceTotal: z.number(),
  colourTotal: z.number(),
  monoTotal: z.number(),
  scanTotal: z.number(),
  largeTotal: z.number(),
  duplexTotal: z.number(),
  smallTotal: z.number(),
});

/** What Canopy found at a portal (src/connectors/onestop/onestop-probe.ts): `canopy portal probe` and the register form. */
export const probeReportObject = z
  .strictObject({
    url: z.string(),
    ok: z.boolean(),
    failure: z.strictObject({ step: z.enum(['tls', 'login', 'customers', 'reading']), reason: z.string(), message: z.string() }).nullable(),
    tls: z
      .strictObject({
        subject: z.string(),
        issuer: z.string(),
        valid_from: z.string(),
        valid_to: z.string(),
        fingerprint_sha256: z.string(),
        trusted: z.boolean(),
        reason: z.enum(['tls_untrusted', 'tls_hostname_mismatch', 'tls_expired']).nullable(),
        detail: z.string().nullable(),
        protocol: z.string().nullable(),
        chain: z.array(certificateName),
      })
      .nullable(),
    login: z.strictObject({
      style: z.string().nullable(),
      auth: z.enum(['json', 'oauth-password']).nullable(),
      token_path: z.string().nullable(),
    }),
    customers: z
      .strictObject({ count: z.number().int(), customer_list: z.enum(['paged', 'array']), id_type: z.enum(['integer', 'string']) })
      .nullable(),
    sample: z
      .strictObject({
        external_id: z.string(),
        name: z.string(),
        date: z.string(),
        counters: counters.nullable(),
        valid: z.boolean(),
        problem: z.string().nullable(),
      })
      .nullable(),
    latency_ms: z.strictObject({ reads: z.number().int(), p50: z.number(), p95: z.number() }).nullable(),
    would_store: z.strictObject({
      connection_profile: connectionProfileObject.omit({ detected_at: true }).nullable(),
      ca_certificate: caCertificateObject.nullable(),
    }),
  })
  .meta({ id: 'PortalProbe' });
