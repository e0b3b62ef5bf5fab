import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newPassword } from '../accounts/account-schemas.js';
import { ForbiddenError, UnauthorizedError } from '../errors.js';
import { principalOf } from '../http/auth.js';
import type { SessionPrincipal } from '../access/principal.js';
import { SESSION_COOKIE } from '../access/session-tokens.js';
import type { SessionService } from './session-service.js';
import { one } from '../http/api-schemas.js';
import { sessionDeleted, sessionObject } from './session-api-schema.js';

export const signInBody = z
  .object({
    email: z.string().trim().min(1, 'must not be empty').max(320),
    password: z.string().min(1, 'must not be empty').max(1000),
  })
  .meta({ examples: [{ email: 'priya@dealer.example.co.uk', password: 'correct horse battery staple' }] });

export const changePasswordBody = z
  .object({
    current_password: z.string().min(1, 'must not be empty').max(1000),
    new_password: newPassword,
  })
  .meta({ examples: [{ current_password: 'correct horse battery staple', new_password: 'a new long pass phrase' }] });

/**
 * GET /v1/session?optional=true: the dashboard's first check, where "not signed in" is an ordinary answer (204, which
 * a browser does not log as a failed request); without it, the PrintReleaf-style 401.
 */
const sessionQuery = z.object({
  optional: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'true: answer 204 (no body) instead of 401 when no one is signed in.', examples: ['true'] }),
});

const passwordChanged = z.strictObject({ changed: z.literal(true) }).meta({ id: 'PasswordChanged', examples: [{ changed: true }] });

/** Sets the session cookie: HTTPS only, invisible to scripts, never sent on cross-site requests. */
export function setSessionCookie(reply: FastifyReply, token: string, maxAgeSeconds: number): void {
  void reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, secure: true, sameSite: 'strict', maxAge: maxAgeSeconds });
}

/** /v1/session: the dashboard's sign-in (POST), who is signed in (GET) and sign-out (DELETE). */
export function sessionRoutes(deps: {
  sessions: Pick<SessionService, 'authenticate' | 'current' | 'signIn' | 'changePassword' | 'signOut'>;
}) {
  const { sessions } = deps;
  const signedIn = async (req: FastifyRequest) => {
    const token = req.cookies[SESSION_COOKIE];
    const session = token ? await sessions.authenticate(token) : undefined;
    return !session || 'inactive' in session ? undefined : { token: token!, session };
  };
  return async function register(root: FastifyInstance) {
    const app = root.withTypeProvider<ZodTypeProvider>();
    // Limited per client address and per e-mail in the service (auth-attempts.ts), not per header.
    app.post(
      '/session',
      {
        config: { public: true },
        schema: {
          body: signInBody,
          response: { 200: one(sessionObject, 'Signed in: the session cookie is set (HttpOnly, Secure, SameSite=Strict).') },
        },
      },
      async (req, reply) => {
        const started = await sessions.signIn(req.body.email, req.body.password, req.ip);
        setSessionCookie(reply, started.token, started.maxAgeSeconds);
        return started.body;
      },
    );
    app.get(
      '/session',
      {
        config: { public: true },
        schema: {
          querystring: sessionQuery,
          response: {
            200: one(sessionObject, 'Who is signed in (401 without a valid session cookie, or 204 with `optional=true`).'),
            204: z.null().meta({ description: 'No one is signed in (only with `optional=true`).' }),
          },
        },
      },
      async (req, reply) => {
        const current = await signedIn(req);
        if (current) return sessions.current(current.session, current.token);
        if (req.query.optional === 'true') return reply.status(204).send(null);
        throw new UnauthorizedError('Not signed in.');
      },
    );
    app.post(
      '/session/password',
      {
        config: { policy: 'password:update' },
        schema: {
          body: changePasswordBody,
          response: { 200: one(passwordChanged, "Changed: the user's other sessions are ended; this one stays signed in.") },
        },
      },
      async (req) => {
        const p = principalOf(req);
        if (!('tokenHash' in p))
          throw new ForbiddenError('A password is changed from a signed-in session (the dashboard), not with an API key.');
        await sessions.changePassword(p as SessionPrincipal, req.body.current_password, req.body.new_password);
        return { changed: true as const };
      },
    );
    app.delete(
      '/session',
      {
        config: { public: true },
        schema: { response: { 200: one(sessionDeleted, 'Signed out: the session ends and the cookie is cleared.') } },
      },
      async (req, reply) => {
        const token = req.cookies[SESSION_COOKIE];
        if (token) await sessions.signOut(token);
        void reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, secure: true, sameSite: 'strict' });
        return { deleted: true as const };
      },
    );
  };
}
