import type { ColumnType, Generated } from 'kysely';
import type { ConnectionProfile } from '../connectors/onestop/capture-format.js';

/** Table types for kysely. Each feature's queries use these; migrations are the source of truth. */
export type AccountRole = 'platform' | 'provider' | 'customer';
export type Status = 'active' | 'inactive';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface AccountsTable {
  id: string;
  parent_id: string | null;
  /** Ids from the root down to and including this account: subtree checks are `ancestry @> ARRAY[id]`. */
  ancestry: ColumnType<string[], string[], never>;
  name: string;
  display_name: string | null;
  role: AccountRole;
  external_id: string | null;
  status: Status;
  created_at: CreatedAt;
  activated_at: Date | null;
  deactivated_at: Date | null;
  updated_at: Date;
}

export interface UsersTable {
  id: Generated<string>;
  account_id: string;
  full_name: string;
  email: string;
  password_hash: string | null;
  created_at: CreatedAt;
}

export interface ApiKeysTable {
  id: Generated<string>;
  account_id: string;
  user_id: string | null;
  name: string;
  /** The first characters of the key, shown in lists so people can tell keys apart. */
  prefix: string;
  /** SHA-256 of the whole key (keys are 256-bit random, so a fast hash is enough). */
  key_hash: string;
  created_at: CreatedAt;
  last_used_at: Date | null;
  revoked_at: Date | null;
  /** `read`: GET only; `full`: whatever the account's role allows. */
  scope: ColumnType<ApiKeyScope, ApiKeyScope | undefined, ApiKeyScope>;
  /** The key that created this one (revoking it revokes this one), or null (a session or the CLI made it). */
  created_by_key_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export type ApiKeyScope = 'read' | 'full';

export type Health = 'pending' | 'healthy' | 'unhealthy';
type Timestamps = { created_at: CreatedAt; updated_at: ColumnType<Date, Date | undefined, Date> };
/** int8 columns come back from pg as strings; write numbers. */
type BigInt8 = ColumnType<string, number | string, number | string>;

export interface ServersTable extends Timestamps {
  id: Generated<string>;
  account_id: string;
  type: 'onestop';
  /** The display name (issue 19; servers registered before it are named after their URL's host). */
  name: string;
  url: string;
  username: string;
  /** AES-256-GCM ciphertext (src/servers/credential-cipher.ts); never the password. */
  password_encrypted: string;
  contact: string | null;
  paper_profile: 'a4' | 'letter';
  time_zone: string;
  holiday_region: string;
  concurrency: number;
  last_collected_for: ColumnType<string | null, string | null | undefined, string | null>;
  health_check: Generated<Health>;
  health_check_reason: string | null;
  health_check_checked_at: Date | null;
  health_check_changed_at: Date | null;
  health_check_failures: Generated<number>;
  /** Why the server is unhealthy (docs/domain.md, Health). */
  health_reason: ColumnType<ServerHealthReason | null, string | null | undefined, string | null>;
  /** How the portal logs in and lists customers (detected; null until the first log-in since issue 17). */
  connection_profile: ColumnType<ConnectionProfile | null, string | null | undefined, string | null>;
  connection_profile_detected_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** OAuth2 client credentials (the secret encrypted like the password). */
  client_id: ColumnType<string | null, string | null | undefined, string | null>;
  client_secret_encrypted: ColumnType<string | null, string | null | undefined, string | null>;
  /** A CA certificate (PEM) trusted for this portal only, besides the usual roots. */
  ca_pem: ColumnType<string | null, string | null | undefined, string | null>;
}

export type ServerHealthReason =
  | 'credentials_rejected'
  | 'unreachable'
  | 'tls_untrusted'
  | 'tls_hostname_mismatch'
  | 'tls_expired'
  | 'schema_changed';

export interface FeedsTable extends Timestamps {
  id: Generated<string>;
  account_id: string;
  server_id: string;
  type: 'onestop';
  external_id: string;
  collection_scope: string | null;
  status: Generated<Status>;
  /** First date the feed deposits (YYYY-MM-DD). */
  activation_date: ColumnType<string, string, string>;
  deactivated_at: Date | null;
  health_check: Generated<Health>;
  health_check_reason: string | null;
  health_check_checked_at: Date | null;
  health_check_changed_at: Date | null;
  checkpoint_date: ColumnType<string | null, string | null | undefined, string | null>;
  /** Why the feed is unhealthy (docs/domain.md, Health). */
  health_reason: ColumnType<FeedHealthReason | null, string | null | undefined, string | null>;
  /** Why the feed's reads fail since read_failure_since (null: the last read gave a valid reading). */
  read_failure: ColumnType<ReadFailure | null, ReadFailure | null | undefined, ReadFailure | null>;
  read_failure_since: ColumnType<string | null, string | null | undefined, string | null>;
}

export type ReadFailure = 'invalid_data' | 'customer_missing' | 'portal_errors' | 'schema_changed';
export type FeedHealthReason = ReadFailure | 'dca_stale';

/** Portal answers that failed validation (no reading): the day, the field and the value. */
export interface ReadingRejectionsTable {
  feed_id: string;
  date: ColumnType<string, string, string>;
  field: string;
  value: string;
  message: string;
  fetched_at: Date;
}

export interface MeterReadingsTable {
  feed_id: string;
  date: ColumnType<string, string, string>;
  device_total: BigInt8;
  colour_total: BigInt8;
  mono_total: BigInt8;
  scan_total: BigInt8;
  large_total: BigInt8;
  duplex_total: BigInt8;
  small_total: BigInt8;
  fetched_at: Date;
}

export interface DepositReviewsTable {
  feed_id: string;
  date: ColumnType<string, string, string>;
  decision: 'approved' | 'rejected';
  decided_at: Date;
  decided_by: string | null;
}

export interface DepositsTable extends Timestamps {
  id: Generated<string>;
  account_id: string;
  feed_id: string | null;
  date: ColumnType<string, string, string>;
  pages: BigInt8;
  standard_pages: BigInt8;
  status: 'deposited' | 'held' | 'rejected' | 'rebased' | 'glitch' | 'pending';
  base_date: ColumnType<string | null, string | null | undefined, string | null>;
  raw_pages: ColumnType<string | null, number | null | undefined, number | null>;
  covered_days: number | null;
  width: number | null;
  height: number | null;
  density: number | null;
  paper_type_id: string | null;
}

export interface SyncRunsTable {
  id: Generated<string>;
  server_id: string;
  trigger: string;
  status: Generated<'running' | 'succeeded' | 'failed' | 'partial' | 'abandoned'>;
  started_at: Date;
  finished_at: Date | null;
  feeds: Generated<number>;
  days: Generated<number>;
  requests: Generated<number>;
  retries: Generated<number>;
  errors: ColumnType<Array<{ feed_id?: string; message: string }>, string | undefined, string>;
  /** Requests in flight at each attempt's start: min, median, max (null: a run from before they were recorded). */
  concurrency_min: number | null;
  concurrency_median: number | null;
  concurrency_max: number | null;
  /** Attempts the portal refused (429 or 503). */
  throttled: Generated<number>;
  /** The run's process is alive: it touches this while it runs (null: finished, or a run from before). */
  heartbeat_at: Date | null;
}

/** A run's lease on one of a portal host's concurrency slots (collector/host-budget.ts). */
export interface HostSlotsTable {
  origin: string;
  slot: number;
  run_id: string;
  expires_at: Date;
}

export interface HealthEventsTable {
  id: Generated<string>;
  seq: Generated<string>;
  subject_type: 'server' | 'feed';
  subject_id: string;
  at: Date;
  old_state: Health;
  new_state: Health;
  reason: string | null;
  health_reason: ColumnType<string | null, string | null | undefined, never>;
  notified: Generated<boolean>;
  notification_id: string | null;
}

export interface WebhooksTable extends Timestamps {
  id: Generated<string>;
  account_id: string;
  url: string;
  /** AES-256-GCM ciphertext of the signing secret (src/servers/credential-cipher.ts). */
  secret_encrypted: string;
  status: Generated<Status>;
}

export type NotificationType = 'health.changed' | 'health.summary' | 'certificate.issued';

export interface NotificationsTable {
  id: Generated<string>;
  seq: Generated<string>;
  account_id: string;
  /** The server a health notification is about; null for a certificate's. */
  server_id: string | null;
  /** The certificate a certificate.issued notification announces (at most one each: a unique index). */
  certificate_id: ColumnType<string | null, string | null | undefined, never>;
  type: NotificationType;
  subject: string;
  text: string;
  data: ColumnType<Record<string, unknown>, string, never>;
  created_at: Date;
}

export interface NotificationDeliveriesTable {
  id: Generated<string>;
  notification_id: string;
  channel: 'email' | 'webhook' | 'log';
  target: string;
  webhook_id: string | null;
  status: Generated<'pending' | 'delivered' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Date;
  last_attempt_at: Date | null;
  last_error: string | null;
  response_status: number | null;
  delivered_at: Date | null;
}

export interface ForestryProjectsTable {
  id: string;
  name: string;
  status: Status;
  forest_latitude: number;
  forest_longitude: number;
  content_logo: string | null;
  content_masthead: string | null;
  content_introduction: string;
  content_body_html: string;
  content_images: ColumnType<string[], string | undefined, string>;
  created_at: CreatedAt;
}

export interface AccountProjectsTable {
  account_id: string;
  project_id: string;
}

export interface CertificatesTable {
  id: Generated<string>;
  account_id: string;
  kind: 'account' | 'rollup' | 'transaction';
  /** First day of the certified month (YYYY-MM-DD). */
  month: ColumnType<string, string, string>;
  pages: BigInt8;
  adjustment_pages: ColumnType<string, number | string | undefined, number | string>;
  customers: number | null;
  issued_at: Date;
  /** The account's name as the certificate shows it, fixed when issued (a trigger fills it when not given). */
  account_name: ColumnType<string, string | undefined, never>;
  /** The issuing provider's name as shown (account certificates of a provider's customer), fixed when issued. */
  provider_name: ColumnType<string | null, string | null | undefined, never>;
  /** Its shares of each project, the largest first, fixed when issued. */
  shares: ColumnType<CertificateShare[], string | undefined, never>;
  /** The impact factor set its equivalents use (the newest when issued; a trigger fills it), fixed when issued. */
  factors_version: ColumnType<string, string | undefined, never>;
}

/** A version of the impact factors per standard page (docs/impact.md); never changed once added. */
export interface ImpactFactorSetsTable {
  version: string;
  name: string;
  co2e_kg: NumericColumn;
  water_l: NumericColumn;
  energy_kwh: NumericColumn;
  wood_kg: NumericColumn;
  sources: ColumnType<Record<string, string>, string, never>;
  method_url: string;
  seq: Generated<string>;
  created_at: Generated<Date>;
}
type NumericColumn = ColumnType<string, number | string, never>;

/** A certificate's share of one forestry project, fixed when issued (docs/domain.md, Certificates). */
export interface CertificateShare {
  project_id: string;
  /** The project as the certificate shows it (forestry_project_versions). */
  version_id: string;
  pages: number;
  /** The share in trees as shown (two decimals); a certificate's shares add up to its trees as shown. */
  trees: number;
}

/** Each distinct version of a project's catalogue row that a certificate shows, stored once. */
export interface ForestryProjectVersionsTable {
  id: Generated<string>;
  project_id: string;
  /** The project as shown: the API's ForestryProject object. */
  project: ColumnType<ForestryProjectSnapshot, string, never>;
}

export interface ForestryProjectSnapshot {
  id: string;
  name: string;
  status: Status;
  forest_latitude: number;
  forest_longitude: number;
  content_logo: string | null;
  content_masthead: string | null;
  content_introduction: string;
  content_body_html: string;
  content_images: string[];
}

/** The customer certificates a provider's roll-up sums; rollup_id null: waiting for the provider's next roll-up. */
export interface RollupMembersTable {
  provider_id: string;
  certificate_id: string;
  rollup_id: string | null;
  account_id: string;
  month: ColumnType<string, string, never>;
  pages: ColumnType<string, number | string, never>;
  adjustment_pages: ColumnType<string, number | string, never>;
}

/** How far an account is certified: months at or before it never get a certificate of their own again. */
export interface AccountCertificationTable {
  account_id: string;
  certified_through: ColumnType<string, string, string>;
}

/**
 * Months of an account whose deposits changed since its last close, or that still have pages to certify (a carried
 * negative correction). Written by triggers on deposits; the month close reads and clears it.
 */
export interface CertificationPendingTable {
  account_id: string;
  month: ColumnType<string, string, never>;
  changed_at: ColumnType<Date, Date | undefined, Date>;
}

export interface CertificateLinesTable {
  certificate_id: string;
  account_id: string;
  month: ColumnType<string, string, string>;
  pages: BigInt8;
}

export interface TransactionsTable {
  id: Generated<string>;
  account_id: string;
  project_id: string;
  certificate_id: string | null;
  date: Date;
  pages: BigInt8;
  created_at: CreatedAt;
  /** The quote this transaction was converted from (unique: a quote converts once). */
  quote_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PaperTypesTable {
  id: Generated<string>;
  /** null: a built-in type; else the account whose subtree may use it. */
  account_id: string | null;
  name: string;
  /** g/m². */
  density: number;
  created_at: CreatedAt;
}

export interface QuotesTable {
  id: Generated<string>;
  account_id: string;
  project_id: string | null;
  standard_pages: BigInt8;
  /** Price per standard page when the quote was made. */
  rate: number;
  created_at: Date;
}

export interface QuoteItemsTable {
  quote_id: string;
  position: number;
  quantity: BigInt8;
  width: number;
  height: number;
  density: number;
  paper_type_id: string | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  account_id: string;
  /** SHA-256 of the session's CSRF token (which is derived from the cookie token, so never stored itself). */
  csrf_hash: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

export interface PasswordResetsTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

export type AuthAttemptKind = 'sign_in' | 'password_reset';
export type AuthAttemptOutcome = 'pending' | 'ok' | 'failed' | 'blocked';

export interface AuthAttemptsTable {
  id: Generated<string>;
  kind: AuthAttemptKind;
  subject_hash: string;
  ip: string;
  outcome: AuthAttemptOutcome;
  at: Date;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Date;
  account_id: string | null;
  actor_type: 'api_key' | 'user' | 'anonymous';
  actor_id: string | null;
  method: string;
  route: string;
  resource_id: string | null;
  status: number;
  ip: string | null;
  user_agent: string | null;
}

export interface InvitationsTable {
  id: Generated<string>;
  account_id: string;
  email: string;
  /** SHA-256 (hex) of the token in the emailed link; the token itself is never stored. */
  token_hash: string;
  created_at: CreatedAt;
  expires_at: Date;
  accepted_at: Date | null;
  user_id: string | null;
}

/** An account's branding (migration 0016; src/branding/): its logo, re-encoded, and its brand colour. */
export interface BrandingsTable {
  account_id: string;
  logo: Buffer | null;
  logo_media_type: 'image/png' | 'image/jpeg' | null;
  logo_width: number | null;
  logo_height: number | null;
  logo_sha256: string | null;
  /** `#rrggbb`, as the provider set it (the readable accent is derived: src/branding/brand-colour.ts). */
  brand_colour: string | null;
  updated_at: Date;
}

export interface Database {
  accounts: AccountsTable;
  users: UsersTable;
  api_keys: ApiKeysTable;
  servers: ServersTable;
  feeds: FeedsTable;
  meter_readings: MeterReadingsTable;
  reading_rejections: ReadingRejectionsTable;
  deposit_reviews: DepositReviewsTable;
  deposits: DepositsTable;
  sync_runs: SyncRunsTable;
  host_slots: HostSlotsTable;
  health_events: HealthEventsTable;
  webhooks: WebhooksTable;
  notifications: NotificationsTable;
  notification_deliveries: NotificationDeliveriesTable;
  forestry_projects: ForestryProjectsTable;
  account_projects: AccountProjectsTable;
  certificates: CertificatesTable;
  impact_factor_sets: ImpactFactorSetsTable;
  certificate_lines: CertificateLinesTable;
  forestry_project_versions: ForestryProjectVersionsTable;
  rollup_members: RollupMembersTable;
  account_certification: AccountCertificationTable;
  certification_pending: CertificationPendingTable;
  transactions: TransactionsTable;
  paper_types: PaperTypesTable;
  quotes: QuotesTable;
  quote_items: QuoteItemsTable;
  invitations: InvitationsTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  password_resets: PasswordResetsTable;
  auth_attempts: AuthAttemptsTable;
  brandings: BrandingsTable;
}
