import type { Migration } from 'kysely';
import * as m0001 from './0001_accounts.js';
import * as m0002 from './0002_servers_feeds_deposits.js';
import * as m0003 from './0003_health_events.js';
import * as m0004 from './0004_notifications.js';
import * as m0005 from './0005_certificates.js';
import * as m0006 from './0006_invitations.js';
import * as m0007 from './0007_paper_quotes.js';
import * as m0008 from './0008_sessions_audit.js';
import * as m0009 from './0009_security.js';
import * as m0010 from './0010_certificate_integrity.js';
import * as m0011 from './0011_feed_integrity.js';
import * as m0012 from './0012_run_scaling.js';
import * as m0013 from './0013_host_slots.js';
import * as m0014 from './0014_portal_profiles.js';
import * as m0015 from './0015_impact_factors.js';
import * as m0016 from './0016_branding.js';
import * as m0017 from './0017_certificate_emails.js';
import * as m0018 from './0018_server_names.js';

/**
 * Every migration in order. Names sort lexically; never edit one that has been applied, add a new one.
 * A static list (rather than reading the folder) keeps migrations working however Canopy is packaged.
 */
export const migrations: Record<string, Migration> = {
  '0001_accounts': m0001,
  '0002_servers_feeds_deposits': m0002,
  '0003_health_events': m0003,
  '0004_notifications': m0004,
  '0005_certificates': m0005,
  '0006_invitations': m0006,
  '0007_paper_quotes': m0007,
  '0008_sessions_audit': m0008,
  '0009_security': m0009,
  '0010_certificate_integrity': m0010,
  '0011_feed_integrity': m0011,
  '0012_run_scaling': m0012,
  '0013_host_slots': m0013,
  '0014_portal_profiles': m0014,
  '0015_impact_factors': m0015,
  '0016_branding': m0016,
  '0017_certificate_emails': m0017,
  '0018_server_names': m0018,
};
