import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FaultInjector } from './faults.js';
import { classifyRequest, isDataRequest, type SimStats } from './stats.js';

/** The Retry-After (seconds) of a 429 from the concurrency limit: a slot frees as soon as any answer is sent. */
export const LIMIT_RETRY_AFTER_S = 1;

/**
 * Hooks every request passes through: counting for /_sim/stats, the concurrency limit on data requests (a data
 * request arriving while max_concurrency are in flight is answered 429 at once and never counts as in flight), and
 * fault injection on the others (latency, then at most one fault). Plain callback hooks, no promises: this is the
 * hot path of the counters benchmark. Returns the sockets of requests that were deliberately never answered, which
 * the server destroys on close.
 */
export function installTraffic(app: FastifyInstance, stats: SimStats, faults: FaultInjector): Set<Socket> {
  const hung = new Set<Socket>();
  const malformed = new WeakSet<FastifyRequest>();
  const leaving = new WeakMap<FastifyRequest, () => void>(); // a data request's way out of in-flight

  const inject = (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    const fault = faults.pick();
    switch (fault) {
      case undefined:
        return done();
      case 'malformed':
        malformed.add(request); // applied in onSend, to a successful answer
        return done();
      case 'error':
        stats.fault(fault);
        reply.code(500).send({ message: 'Internal server error.' });
        return;
      case 'throttle':
        stats.fault(fault);
        reply.code(429).header('retry-after', String(faults.settings.retry_after_s)).send({ message: 'Too many requests: slow down.' });
        return;
      case 'timeout': {
        stats.fault(fault);
        reply.hijack(); // never answered: the socket stays open until the client gives up
        const socket = request.raw.socket;
        hung.add(socket);
        socket.once('close', () => hung.delete(socket));
        return;
      }
      case 'reset':
        stats.fault(fault);
        reply.hijack();
        request.raw.socket.destroy();
        return;
    }
  };

  app.addHook('onRequest', (request, reply, done) => {
    const kind = classifyRequest(request.method, request.url);
    if (kind === 'sim') return done();
    stats.request(kind, request.method);
    if (!isDataRequest(kind)) return done();
    const limit = faults.maxConcurrency;
    if (limit !== null && stats.inFlight >= limit) {
      stats.throttledByLimit();
      reply
        .code(429)
        .header('retry-after', String(LIMIT_RETRY_AFTER_S))
        .send({ message: `Too many concurrent requests: at most ${limit} at once.` });
      return;
    }
    // In flight from here (latency included) until the answer is sent, the connection reset or the client gone. "Sent"
    // is when the answer is handed to the socket (onSend): a client that waits for it cannot have it earlier, whereas
    // the response's 'close' can come after that client's next request has already arrived.
    const leave = stats.enter();
    leaving.set(request, leave);
    reply.raw.once('close', leave);
    const delay = faults.delayMs();
    if (delay === 0) return inject(request, reply, done);
    setTimeout(() => inject(request, reply, done), delay);
  });

  app.addHook('onSend', (request, reply, payload, done) => {
    const leave = leaving.get(request);
    leave?.(); // the answer is decided and about to be written: the client cannot have it, nor send the next, before
    if (malformed.has(request) && reply.statusCode === 200 && typeof payload === 'string') {
      stats.fault('malformed');
      // A truncated body, as a proxy that cut the connection short would deliver.
      return done(null, payload.slice(0, Math.max(1, Math.floor(payload.length / 2))));
    }
    done(null, payload);
  });

  app.addHook('onResponse', (request, reply, done) => {
    if (!request.url.startsWith('/_sim/')) stats.status(reply.statusCode);
    done();
  });

  return hung;
}
