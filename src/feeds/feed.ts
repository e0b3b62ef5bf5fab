import type { Selectable } from 'kysely';
import type { FeedsTable } from '../db/schema.js';
import { apiTimestamp } from '../http/api-format.js';

export type FeedRow = Selectable<FeedsTable>;

/**
 * The Feed object of the API (PrintReleaf v1 §7.4). `activated_at` is the activation date, the first day collected,
 * shown as midnight UTC of that date. Canopy extensions: health_check_reason, synced_through (the checkpoint).
 */
/** `lastNewData`: the last day its counters moved (readings' lastChangeDates), null before any change. */
export function feedToApi(f: FeedRow, lastNewData: string | null = null) {
  return {
    id: f.id,
    account_id: f.account_id,
    type: f.type,
    server_id: f.server_id,
    external_id: f.external_id,
    collection_scope: f.collection_scope,
    created_at: apiTimestamp(f.created_at),
    status: f.status,
    activated_at: `${f.activation_date}T00:00:00Z`,
    deactivated_at: apiTimestamp(f.deactivated_at),
    health_check: f.health_check,
    health_check_reason: f.health_check_reason,
    health_reason: f.health_check === 'unhealthy' ? f.health_reason : null,
    health_check_checked_at: apiTimestamp(f.health_check_checked_at),
    health_check_changed_at: apiTimestamp(f.health_check_changed_at),
    synced_through: f.checkpoint_date,
    last_new_data: lastNewData,
  };
}
