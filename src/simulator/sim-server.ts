import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { systemClock, type Clock } from '../clock.js';
import { BadRequestError } from '../errors.js';
import { ensureLocalTls } from '../http/local-ca.js';
import type { Logger } from '../observability/logger.js';
import { Credentials, TokenStore } from './auth.js';
import { PortalToday, parseIsoDate } from './calendar.js';
import { controlRoutes } from './control-routes.js';
import { FaultInjector, NO_FAULTS, applyFaultPatch, type FaultSettings } from './faults.js';
import { FIRST_CUSTOMER_ID, FleetModel } from './fleet-model.js';
import { PortalState } from './portal-state.js';
import { productRoutes } from './product-routes.js';
import { FLEET_PAPERS } from './sheets.js';
import { describeOptionsError, simulatorOptionsSchema, type SimulatorOptions, type SimulatorOptionsInput } from './sim-options.js';
import { SimStats } from './stats.js';
import { installTraffic } from './traffic.js';

export interface RunningSimulator {
  /** https://localhost:PORT */
  url: string;
  port: number;
  /** The CA clients must trust (PEM file, and its text). */
  caFile: string;
  ca: string;
  options: SimulatorOptions;
  fleet: FleetModel;
  portal: PortalState;
  stats: SimStats;
  faults: FaultInjector;
  close(): Promise<void>;
}

export interface SimulatorRuntime {
  /** What "now" is (token expiry, and today when no fixed --today is given). Default: the system clock. */
  clock?: Clock;
  /** Default: no logging. */
  logger?: Logger;
}

const BODY_LIMIT = 64 * 1024;
const KNOWN_PATHS = [/^\/api\/v1\/token$/, /^\/api\/v1\/customers$/, /^\/api\/v1\/customers\/[^/]+\/meter-readings\/summary$/];

/**
 * Starts a OneStop MPS Portal simulator on HTTPS (ONESTOP-API.md). Options are validated (BadRequestError);
 * the port defaults to 0 (any free port) here, 9443 on the command line.
 */
export async function startSimulator(input: SimulatorOptionsInput = {}, runtime: SimulatorRuntime = {}): Promise<RunningSimulator> {
  const parsed = simulatorOptionsSchema.safeParse(input);
  if (!parsed.success) throw new BadRequestError(`Invalid simulator option ${describeOptionsError(parsed.error)}`);
  const options = parsed.data;
  const clock = runtime.clock ?? systemClock;

  const today = new PortalToday(clock, options.today === undefined ? undefined : parseIsoDate(options.today));
  const startDay = today.get();
  const fleet = new FleetModel({ seed: options.seed, customers: options.customers, historyDays: options.historyDays, today: startDay });
  const portal = new PortalState(fleet, today);
  for (const { customer, days } of options.stale) {
    if (!fleet.has(customer)) {
      throw new BadRequestError(
        `--stale: there is no customer ${customer} (ids run from ${FIRST_CUSTOMER_ID} to ${FIRST_CUSTOMER_ID + options.customers - 1}).`,
      );
    }
    portal.markStale(customer, startDay - days);
  }
  const faults = new FaultInjector(faultSettingsOf(options), options.seed);
  const credentials = new Credentials(options.username, options.password);
  const tokens = new TokenStore(clock, options.tokenTtlS);
  const stats = new SimStats();
  const tls = await ensureLocalTls(options.tlsDir, { commonName: 'OneStop simulator CA' });

  const app = Fastify({
    https: { key: tls.key, cert: tls.cert, minVersion: 'TLSv1.2' },
    ...(runtime.logger ? { loggerInstance: runtime.logger } : { logger: false }),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
    exposeHeadRoutes: false,
    // A hung request (timeout fault) must stay hung until the client gives up, so no server-side timeouts.
    connectionTimeout: 0,
    keepAliveTimeout: 30_000,
    forceCloseConnections: true,
    return503OnClosing: false,
  }) as unknown as FastifyInstance;

  // An empty body with Content-Type: application/json (e.g. POST /_sim/stats/reset from curl) counts as no body.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (request, body, done) => {
    if (typeof body === 'string' && body.trim() === '') return done(null, undefined);
    parseJson(request, body as string, done);
  });

  app.setErrorHandler((err: Error & { statusCode?: number }, request, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status >= 500) request.log.error({ err }, 'simulator error');
    void reply.code(status).send({ message: status >= 500 ? 'Internal server error.' : err.message });
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (KNOWN_PATHS.some((p) => p.test(path))) {
      void reply.code(405).send({ message: `${request.method} is not allowed here.` });
    } else {
      void reply.code(404).send({ message: 'Not found.' });
    }
  });

  const hung = installTraffic(app, stats, faults);
  await app.register(productRoutes({ fleet, portal, credentials, tokens }));
  await app.register(controlRoutes({ fleet, portal, faults, credentials, tokens, stats, paper: FLEET_PAPERS[options.paper] }));

  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (err) {
    await app.close();
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `https://localhost:${port}`;

  let closed: Promise<void> | undefined;
  return {
    url,
    port,
    caFile: tls.caFile,
    ca: tls.ca,
    options,
    fleet,
    portal,
    stats,
    faults,
    close: () => {
      closed ??= (async () => {
        for (const socket of hung) socket.destroy();
        await app.close();
      })();
      return closed;
    },
  };
}

function faultSettingsOf(options: SimulatorOptions): FaultSettings {
  try {
    return applyFaultPatch(NO_FAULTS, options.faults);
  } catch (err) {
    throw new BadRequestError(`Invalid fault options: ${(err as Error).message}`);
  }
}
