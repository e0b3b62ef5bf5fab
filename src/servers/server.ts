import type { Selectable } from 'kysely';
import type { ServersTable } from '../db/schema.js';
import { apiTimestamp } from '../http/api-format.js';
import { caInfo } from '../outbound/trust.js';

export type ServerRow = Selectable<ServersTable>;

/**
 * The Server object of the API (PrintReleaf v1 §7.5). `password` is write-only: always null. Canopy extensions:
 * name, paper_profile, time_zone, holiday_region, concurrency, the OAuth2 client id (its secret write-only), the server's own CA
 * certificate, the detected connection profile and the health fields.
 */
export function serverToApi(s: ServerRow) {
  return {
    id: s.id,
    account_id: s.account_id,
    type: s.type,
    name: s.name,
    url: s.url,
    username: s.username,
    password: null,
    contact: s.contact,
    created_at: apiTimestamp(s.created_at),
    paper_profile: s.paper_profile,
    time_zone: s.time_zone,
    holiday_region: s.holiday_region,
    concurrency: s.concurrency,
    client_id: s.client_id,
    client_secret: null,
    ca_certificate: caInfo(s.ca_pem),
    connection_profile: s.connection_profile
      ? { ...s.connection_profile, detected_at: apiTimestamp(s.connection_profile_detected_at) }
      : null,
    health_check: s.health_check,
    health_check_reason: s.health_check_reason,
    health_reason: s.health_check === 'unhealthy' ? s.health_reason : null,
    health_check_checked_at: apiTimestamp(s.health_check_checked_at),
    health_check_changed_at: apiTimestamp(s.health_check_changed_at),
  };
}
