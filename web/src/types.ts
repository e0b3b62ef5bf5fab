/** The shapes of the Canopy API responses the dashboard reads (README, API section). */

export type Role = 'platform' | 'provider' | 'customer';
export type Health = 'pending' | 'healthy' | 'unhealthy';

export interface SessionUser {
  id: string;
  full_name: string;
  email: string;
}

export interface SessionAccount {
  id: string;
  name: string;
  role: Role;
}

export interface Session {
  user: SessionUser;
  account: SessionAccount;
  csrf_token: string;
}

export interface Account {
  id: string;
  name: string;
  display_name: string | null;
  role: Role;
  parent_id: string | null;
  external_id: string | null;
  status: 'active' | 'inactive';
  created_at: string;
  activated_at: string | null;
  deactivated_at: string | null;
  accounts_count: number;
  users_count: number;
  mtd_pages: number;
  qtd_pages: number;
  ytd_pages: number;
  ltd_pages: number;
  mtd_trees: number;
  qtd_trees: number;
  ytd_trees: number;
  ltd_trees: number;
}

export interface HealthFields {
  health_check: Health;
  health_check_reason: string | null;
  health_check_checked_at: string | null;
  health_check_changed_at: string | null;
}

export interface Server extends HealthFields {
  id: string;
  account_id: string;
  type: 'onestop';
  url: string;
  username: string;
  password: null;
  contact: string | null;
  created_at: string;
  paper_profile: 'a4' | 'letter';
  time_zone: string;
  holiday_region: string;
  concurrency: number;
}

export interface Feed extends HealthFields {
  id: string;
  account_id: string;
  type: 'onestop';
  server_id: string;
  external_id: string;
  collection_scope: string | null;
  created_at: string;
  status: 'active' | 'inactive';
  /** Midnight UTC of the activation date. */
  activated_at: string;
  deactivated_at: string | null;
  /** 'YYYY-MM-DD': the last date accounted for, or null before the first sync. */
  synced_through: string | null;
}

export interface PortalCustomer {
  external_id: string;
  name: string;
}

export interface SyncError {
  feed_id: string | null;
  message: string;
}

export interface SyncRun {
  id: string;
  server_id: string;
  trigger: string;
  status: 'running' | 'succeeded' | 'failed' | 'partial';
  started_at: string;
  finished_at: string | null;
  duration_ms: number | null;
  feeds: number;
  days: number;
  requests: number;
  retries: number;
  errors: SyncError[];
}

export interface HealthEvent {
  id: string;
  at: string;
  old_state: Health | null;
  new_state: Health;
  reason: string | null;
}

export type DepositStatus = 'deposited' | 'held' | 'rejected' | 'rebased';

export interface Deposit {
  id: string;
  account_id: string;
  feed_id: string | null;
  /** Midnight UTC of the deposit's date. */
  date: string;
  pages: number;
  standard_pages: number;
  status: DepositStatus;
  base_date: string | null;
  raw_pages: number | null;
  created_at: string;
}

export interface VolumePoint {
  account_id: string;
  /** Local (Europe/London) midnight of the period's first day, in UTC. */
  date: string;
  period: 'daily' | 'monthly';
  pages: number;
  trees: number;
}

export interface ForestryProject {
  id: string;
  name: string;
  status: string;
  forest_latitude: number;
  forest_longitude: number;
  content_introduction: string | null;
  content_body_html: string;
}

export interface CertificateShare {
  project_id: string;
  name: string;
  pages: number;
  trees: number;
}

export interface Certificate {
  id: string;
  account_id: string;
  period_start: string;
  period_end: string;
  date: string;
  pages: number;
  trees: number;
  project_id: string | null;
  project: ForestryProject | null;
  url: string;
  pdf_url: string;
  kind: 'account' | 'rollup' | 'transaction';
  adjustment_pages: number;
  customers: number | null;
  issued_at: string;
  projects: CertificateShare[];
}

export interface NotificationDelivery {
  id: string;
  channel: string;
  target: string;
  webhook_id: string | null;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  last_attempt_at: string | null;
  delivered_at: string | null;
  next_attempt_at: string | null;
  last_error: string | null;
  response_status: number | null;
}

export interface Notification {
  id: string;
  account_id: string;
  server_id: string | null;
  type: string;
  subject: string;
  text: string;
  created_at: string;
  deliveries: NotificationDelivery[];
}

/** "read" keys can only read (GET); "full" keys can also change things. */
export type ApiKeyScope = 'read' | 'full';

export interface ApiKey {
  id: string;
  account_id: string;
  user_id: string | null;
  name: string;
  prefix: string;
  scope: ApiKeyScope;
  /** The key that created this one through the API, or null when it was created from the dashboard. */
  created_by_key_id: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** Only in the answer to the creation. */
  key?: string;
}

export interface Webhook {
  id: string;
  account_id: string;
  url: string;
  status: 'active' | 'inactive';
  /** Only in the answer to the creation. */
  secret: string | null;
  created_at: string;
  updated_at: string;
}

export interface AccountProjects {
  account_id: string;
  source: 'own' | 'inherited' | 'default';
  inherited_from: string | null;
  projects: ForestryProject[];
}

export interface User {
  id: string;
  account_id: string;
  full_name: string;
  email: string;
  created_at: string;
}

export interface Invitation {
  id: string;
  account_id: string;
  email: string;
  status: 'pending' | 'accepted' | 'expired';
  created_at: string;
  expires_at: string;
  accepted_at?: string | null;
  /** Only in the answer to a creation when Canopy sends no email: the link to pass on (shown once). */
  accept_url?: string | null;
}

export interface InvitationPreview {
  email: string;
  account_name: string;
}

/** GET /v1/password_resets/:token: whose password the link resets. */
export interface PasswordResetPreview {
  email: string;
}

/** POST /v1/password_resets: the same answer whether or not the address has a user. */
export interface PasswordResetRequested {
  requested: true;
}

/** POST /v1/session/password. */
export interface PasswordChanged {
  changed: true;
}
