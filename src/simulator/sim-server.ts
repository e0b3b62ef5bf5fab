import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { systemClock, type Clock } from '../clock.js';
import { BadRequestError } from '../errors.js';
import { ensureLocalTls } from '../http/local-ca.js';
import type { Logger } from '../observability/logger.js';
import type { PortalCapture } from '../connectors/onestop/capture-format.js';
import { Credentials, RefreshTokens, TokenStore } from './auth.js';
import { PortalToday, parseIsoDate } from './calendar.js';
import { controlRoutes, type ControlDeps } from './control-routes.js';
import { CustomerIds } from './customer-ids.js';
import { FaultInjector, NO_FAULTS, applyFaultPatch, type FaultSettings } from './faults.js';
import { FIRST_CUSTOMER_ID, FleetModel } from './fleet-model.js';
import { contractTokenAnswer, loginRoutes, loginStyleOf, recordedTokenAnswer, type LoginStyle } from './login-routes.js';
import { PortalState } from './portal-state.js';
import { productRoutes } from './product-routes.js';
import { ReplayBook, loadCapture, replayRoutes } from './replay.js';
import { ShapeState, installShape } from './shape.js';
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
  /** How it logs in (from --auth, or the replayed capture's profile). */
  login: LoginStyle;
  /** The fleet and what the portal shows of it; reading either throws when replaying a capture. */
  fleet: FleetModel;
  portal: PortalState;
  /** The capture it answers from (--replay), if any. */
  replay: PortalCapture | undefined;
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
const DATA_PATHS = [/^\/api\/v1\/customers$/, /^\/api\/v1\/customers\/[^/]+\/meter-readings\/summary$/];

/**
 * Starts a OneStop MPS Portal simulator on HTTPS (ONESTOP-API.md). Options are validated (BadRequestError);
 * the port defaults to 0 (any free port) here, 9443 on the command line.
 */
export async function startSimulator(input: SimulatorOptionsInput = {}, runtime: SimulatorRuntime = {}): Promise<RunningSimulator> {
  const parsed = simulatorOptionsSchema.safeParse(input);
  if (!parsed.success) throw new BadRequestError(`Invalid simulator option ${describeOptionsError(parsed.error)}`);
  const options = parsed.data;
  const clock = runtime.clock ?? systemClock;
  const book = options.replay === undefined ? undefined : new ReplayBook(await loadCapture(options.replay));
  const login: LoginStyle = book
    ? { auth: book.capture.profile.auth, token_path: book.capture.profile.token_path }
    : loginStyleOf(options.auth, options.tokenPath);

  const today = new PortalToday(clock, options.today === undefined ? undefined : parseIsoDate(options.today));
  const model = book ? undefined : fleetOf(options, today);
  const faults = new FaultInjector(faultSettingsOf(options), options.seed);
  const credentials = new Credentials(options.username, options.password);
  const tokens = new TokenStore(clock, options.tokenTtlS);
  const refresh = new RefreshTokens(clock);
  const stats = new SimStats();
  const shape = new ShapeState();
  const client = options.clientId === undefined ? undefined : { id: options.clientId, secret: options.clientSecret };
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
    if (path === login.token_path || DATA_PATHS.some((p) => p.test(path))) {
      void reply.code(405).send({ message: `${request.method} is not allowed here.` });
    } else {
      void reply.code(404).send({ message: 'Not found.' });
    }
  });

  const hung = installTraffic(app, stats, faults);
  installShape(app, shape);
  const tokenAnswer = book?.tokenAnswer ? recordedTokenAnswer(book.tokenAnswer) : contractTokenAnswer(login.auth);
  await app.register(loginRoutes(login, { credentials, tokens, refresh, stats, client }, tokenAnswer));
  if (model) {
    const ids = new CustomerIds(options.ids);
    await app.register(productRoutes({ fleet: model.fleet, portal: model.portal, tokens, customerList: options.customerList, ids }));
  } else if (book) {
    await app.register(replayRoutes(book, tokens));
  }
  await app.register(controlRoutes({ model, today, faults, credentials, tokens, stats, shape }));

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
    login,
    get fleet() {
      if (!model) throw new Error('The simulator is replaying a capture: it has no fleet.');
      return model.fleet;
    },
    get portal() {
      if (!model) throw new Error('The simulator is replaying a capture: it has no fleet.');
      return model.portal;
    },
    replay: book?.capture,
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

/** The fleet model and what the portal shows of it, with the --stale agents. */
function fleetOf(options: SimulatorOptions, today: PortalToday): NonNullable<ControlDeps['model']> {
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
  return { fleet, portal, paper: FLEET_PAPERS[options.paper] };
}

function faultSettingsOf(options: SimulatorOptions): FaultSettings {
  try {
    return applyFaultPatch(NO_FAULTS, options.faults);
  } catch (err) {
    throw new BadRequestError(`Invalid fault options: ${(err as Error).message}`);
  }
}
