import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newPassword } from '../accounts/account-schemas.js';
import { one } from '../http/api-schemas.js';
import { tokenParams } from '../invitations/invitation-schemas.js';
import { sessionObject } from '../sessions/session-api-schema.js';
import { setSessionCookie } from '../sessions/session-routes.js';
import type { SessionService } from '../sessions/session-service.js';
import type { PasswordResetService } from './password-reset-service.js';

const requestBody = z
  .object({
    email: z.string().trim().min(1, 'must not be empty').max(320, 'must be at most 320 characters'),
  })
  .meta({ examples: [{ email: 'priya@dealer.example.co.uk' }] });
const completeBody = z.object({ password: newPassword }).meta({ examples: [{ password: 'a new long pass phrase' }] });
const requested = z.strictObject({ requested: z.literal(true) }).meta({ id: 'PasswordResetRequested', examples: [{ requested: true }] });
const preview = z
  .strictObject({ email: z.string() })
  .meta({ id: 'PasswordResetPreview', examples: [{ email: 'priya@dealer.example.co.uk' }] });

/**
 * /v1/password_resets (a Canopy extension, public: the e-mailed token is the credential). Request lines are logged
 * with the token redacted, like every logged URL (src/observability/url-redaction.ts).
 */
export function passwordResetRoutes(deps: {
  resets: Pick<PasswordResetService, 'request' | 'preview' | 'complete'>;
  sessions: Pick<SessionService, 'start'>;
}) {
  const { resets, sessions } = deps;
  return async function register(root: FastifyInstance) {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/password_resets',
      {
        config: { public: true },
        schema: {
          body: requestBody,
          response: {
            202: one(
              requested,
              'Always this answer, whether or not the address has a user: if it has, a one-use link (1 hour) is e-mailed.',
            ),
          },
        },
      },
      async (req, reply) => reply.status(202).send(await resets.request(req.body.email, req.ip)),
    );
    app.get(
      '/password_resets/:token',
      {
        config: { public: true },
        schema: {
          params: tokenParams,
          response: { 200: one(preview, 'The address the link resets (404 when unknown, used or expired).') },
        },
      },
      async (req) => resets.preview(req.params.token),
    );
    app.post(
      '/password_resets/:token',
      {
        config: { public: true, rateLimit: { max: 20, timeWindow: '15 minutes' } },

        schema: {
          params: tokenParams,
          body: completeBody,
          response: {
            200: one(
              sessionObject,
              'The password is changed and the user signed in (every other session ended): the session cookie is set.',
            ),
          },
        },
      },
      async (req, reply) => {
        const { userId } = await resets.complete(req.params.token, req.body.password);
        const session = await sessions.start(userId);
        setSessionCookie(reply, session.token, session.maxAgeSeconds);
        return session.body;
      },
    );
  };
}
