import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `npm run build` puts the dashboard (web/vite.config.ts). */
export const DASHBOARD_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** The dashboard only talks to its own origin and loads nothing from elsewhere. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

export function dashboardBuilt(dir = DASHBOARD_DIR): boolean {
  return fs.existsSync(path.join(dir, 'index.html'));
}

/**
 * Serves the built dashboard: hashed assets cached for a year (their names change with their content), index.html
 * never cached, and every other browser GET outside the API answered with index.html (client-side routes, through
 * `fallback`, which the server's not-found handler calls). Compression comes from @fastify/compress.
 */
export function createDashboard(dir = DASHBOARD_DIR) {
  const built = dashboardBuilt(dir);
  // Read per request (it is small): a rebuild (`npm run build`) is served without a restart.
  const sendIndex = (reply: FastifyReply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', CSP)
      .send(fs.createReadStream(path.join(dir, 'index.html')));

  return {
    routes: () => async (app: FastifyInstance) => {
      if (!built) {
        app.log.warn({ dir }, 'the dashboard is not built (npm run build): only the API is served');
        return;
      }
      // serve: false — only reply.sendFile; the route is declared here, public like the page it belongs to.
      await app.register(fastifyStatic, { root: path.join(dir, 'assets'), serve: false });
      app.get<{ Params: { '*': string } }>('/assets/*', { config: { public: true }, schema: { hide: true } }, async (req, reply) =>
        reply.sendFile(req.params['*'], { immutable: true, maxAge: '365d', dotfiles: 'deny' }),
      );
      app.get('/', { config: { public: true }, schema: { hide: true } }, async (_req, reply) => sendIndex(reply));
    },

    /** Answers a browser's GET of a client-side route with the app; false when it is not one. */
    fallback(request: FastifyRequest, reply: FastifyReply): boolean {
      // /certificates (the dashboard's list) is the app's; /certificates/<id> is the public certificate.
      const api = /^\/(v1|assets|healthz|readyz|metrics|docs|openapi\.json)(\/|$|\?)|^\/certificates\//.test(request.url);
      if (!built || request.method !== 'GET' || api || !(request.headers.accept ?? '').includes('text/html')) return false;
      void sendIndex(reply);
      return true;
    },
  };
}

export type Dashboard = ReturnType<typeof createDashboard>;
