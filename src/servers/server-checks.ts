import type { Clock } from '../clock.js';
import type { Connector } from '../connectors/connector.js';
import { isTlsKind, PortalError } from '../connectors/portal-error.js';
import type { ServerHealthReason } from '../db/schema.js';
import type { Db } from '../db/database.js';
import type { Logger } from '../observability/logger.js';
import type { ServerRow } from './server.js';
import type { ServerService } from './server-service.js';
import { findServerById, serverCheckStates } from './server-queries.js';
import type { HealthService } from '../health/health-service.js';

/** A healthy server's log-in is checked hourly even when nothing is due (collections check it too). */
export const HEALTHY_CHECK_INTERVAL_MS = 60 * 60_000;

/** An unhealthy server is checked again after 10 minutes, then 20, 40, and hourly while it stays unhealthy. */
export function retryDelayMs(consecutiveFailures: number): number {
  return Math.min(10 * 60_000 * 2 ** Math.max(consecutiveFailures - 1, 0), 60 * 60_000);
}

export type LoginOutcome = { ok: true } | { ok: false; message: string; reason: ServerHealthReason };

/** Why a log-in failed, as the server's health_reason. */
export function serverReasonOf(err: unknown): ServerHealthReason {
  if (!(err instanceof PortalError)) return 'unreachable';
  if (err.kind === 'credentials_rejected' || err.kind === 'schema_changed' || isTlsKind(err.kind)) return err.kind;
  return 'unreachable';
}

/**
 * Failures any process would see alike (the stored credentials, the portal's answers). Others (trust, network, the
 * outbound rule) depend on the process: a one-off CLI run does not record them as the server's health.
 */
const SHARED_REASONS: ReadonlySet<ServerHealthReason> = new Set(['credentials_rejected', 'schema_changed']);

/**
 * Server health (docs/domain.md, Health): a log-in with the stored credentials. Collections log in first through login();
 * on its own schedule, checkServer() logs in to servers with nothing due and to unhealthy ones (whose collection is
 * paused), and queues a collection the moment an unhealthy server passes again.
 */
export function createServerChecks(deps: {
  db: Db;
  clock: Clock;
  logger: Logger;
  servers: Pick<ServerService, 'connectorOf'>;
  health: Pick<HealthService, 'serverChecked'>;
  /**
   * A one-off process (the CLI) beside the service: it records a failure only when the service would see the same
   * (SHARED_REASONS), and a pass only when it clears such a failure; otherwise it reports without recording.
   */
  oneShot?: boolean;
  /** Called after every health change is recorded (notifications). */
  onChecked: (serverId: string) => Promise<void>;
  requestCollection: (serverId: string, trigger: string) => Promise<void>;
}) {
  const { db, clock, servers, health } = deps;

  /** Logs in and records the outcome; any failure (rejected, unreachable, TLS, undecryptable credentials) is unhealthy. */
  async function login(serverId: string, check: () => Promise<void>): Promise<LoginOutcome> {
    try {
      await check();
      if (deps.oneShot) {
        const stored = await findServerById(db, serverId);
        if (stored?.health_check === 'unhealthy' && !(stored.health_reason && SHARED_REASONS.has(stored.health_reason))) {
          return { ok: true }; // the service's own check clears what only it sees
        }
      }
      await health.serverChecked(serverId, 'healthy', null);
      return { ok: true };
    } catch (err) {
      const message =
        err instanceof PortalError ? err.message : `log-in could not be attempted: ${err instanceof Error ? err.message : String(err)}`;
      const code = serverReasonOf(err);
      if (deps.oneShot && !SHARED_REASONS.has(code)) {
        deps.logger.warn(
          { serverId, reason: code, err },
          "portal log-in failed in this process; the server's stored health is left to the service, which may see otherwise",
        );
        return { ok: false, message, reason: code };
      }
      await health.serverChecked(serverId, 'unhealthy', message, code);
      deps.logger.warn({ serverId, err }, 'portal log-in failed: collection paused for this server');
      return { ok: false, message, reason: code };
    }
  }

  async function checkServer(serverId: string): Promise<LoginOutcome | undefined> {
    const server: ServerRow | undefined = await findServerById(db, serverId);
    if (!server) return undefined;
    let connector: Connector | undefined;
    const outcome = await login(server.id, async () => {
      connector = await servers.connectorOf(server);
      await connector.check();
    }).finally(() => connector?.close());
    await deps.onChecked(server.id);
    if (outcome.ok && server.health_check === 'unhealthy') await deps.requestCollection(server.id, 'recovered');
    return outcome;
  }

  /** Servers whose check is due: never checked, healthy and checked over an hour ago, or unhealthy past their backoff. */
  async function dueChecks(): Promise<string[]> {
    const now = clock.now().getTime();
    const rows = await serverCheckStates(db);
    return rows
      .filter((s) => {
        if (!s.health_check_checked_at) return true;
        const wait = s.health_check === 'unhealthy' ? retryDelayMs(s.health_check_failures) : HEALTHY_CHECK_INTERVAL_MS;
        return now - s.health_check_checked_at.getTime() >= wait;
      })
      .map((s) => s.id);
  }

  return { login, checkServer, dueChecks };
}

export type ServerChecks = ReturnType<typeof createServerChecks>;
