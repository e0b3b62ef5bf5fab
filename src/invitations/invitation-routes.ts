import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountIdParams, idParams } from '../accounts/account-schemas.js';
import { principalOf } from '../http/auth.js';
import { sendListing } from '../http/listing.js';
import { acceptInvitationBody, createInvitationBody, tokenParams } from './invitation-schemas.js';
import type { InvitationService } from './invitation-service.js';
import { setSessionCookie } from '../sessions/session-routes.js';
import type { SessionService } from '../sessions/session-service.js';
import { sessionObject } from '../sessions/session-api-schema.js';
import { listOf, one } from '../http/api-schemas.js';
import { invitationCreatedExample, invitationDeleted, invitationObject, invitationPreviewObject } from './invitation-api-schema.js';

const invitationCreated = one(
  invitationObject,
  'The invitation (accept_url: the link, only when no SMTP server is configured).',
  invitationCreatedExample,
);

/**
 * /v1/invitations and /v1/accounts/:account_id/invitations (PrintReleaf v1 §7.6), and the public acceptance
 * /v1/invitations/accept/:token (no login: the token is the credential). Their request lines are logged with the
 * token redacted, like every logged URL (src/observability/url-redaction.ts).
 */
export function invitationRoutes(deps: {
  invitations: Pick<InvitationService, 'list' | 'create' | 'find' | 'remove' | 'preview' | 'accept'>;
  sessions: Pick<SessionService, 'start'>;
}) {
  const { invitations, sessions } = deps;
  return async function register(root: FastifyInstance) {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/invitations',
      { config: { policy: 'invitations:read' }, schema: { response: { 200: listOf(invitationObject) } } },
      async (req, reply) => sendListing(req, reply, await invitations.list(principalOf(req))),
    );
    app.post(
      '/invitations',
      { config: { policy: 'invitations:create' }, schema: { body: createInvitationBody, response: { 201: invitationCreated } } },
      async (req, reply) => reply.status(201).send(await invitations.create(principalOf(req), undefined, req.body)),
    );
    app.get(
      '/invitations/:id',
      { config: { policy: 'invitations:read' }, schema: { params: idParams, response: { 200: one(invitationObject) } } },
      async (req) => invitations.find(principalOf(req), req.params.id),
    );
    app.delete(
      '/invitations/:id',
      { config: { policy: 'invitations:delete' }, schema: { params: idParams, response: { 200: one(invitationDeleted) } } },
      async (req) => invitations.remove(principalOf(req), req.params.id),
    );

    app.get(
      '/accounts/:account_id/invitations',
      { config: { policy: 'invitations:read' }, schema: { params: accountIdParams, response: { 200: listOf(invitationObject) } } },
      async (req, reply) => sendListing(req, reply, await invitations.list(principalOf(req), req.params.account_id)),
    );
    app.post(
      '/accounts/:account_id/invitations',
      {
        config: { policy: 'invitations:create' },
        schema: { params: accountIdParams, body: createInvitationBody, response: { 201: invitationCreated } },
      },
      async (req, reply) => reply.status(201).send(await invitations.create(principalOf(req), req.params.account_id, req.body)),
    );

    app.get(
      '/invitations/accept/:token',
      { config: { public: true }, schema: { params: tokenParams, response: { 200: one(invitationPreviewObject) } } },
      async (req) => invitations.preview(req.params.token),
    );
    // Accepting signs the new user in (the dashboard's accept page continues to the overview).
    // Per client address (public routes are never keyed on a header): a token cannot be guessed, but tried slowly.
    app.post(
      '/invitations/accept/:token',
      {
        config: { public: true, rateLimit: { max: 20, timeWindow: '15 minutes' } },
        schema: {
          params: tokenParams,
          body: acceptInvitationBody,
          response: { 201: one(sessionObject, 'The new user, signed in: the session cookie is set.') },
        },
      },
      async (req, reply) => {
        const accepted = await invitations.accept(req.params.token, req.body);
        const session = await sessions.start(accepted.user.id);
        setSessionCookie(reply, session.token, session.maxAgeSeconds);
        return reply.status(201).send(session.body);
      },
    );
  };
}
