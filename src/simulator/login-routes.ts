import type { FastifyInstance } from 'fastify';
import type { ConnectionProfile } from '../connectors/onestop/capture-format.js';
import type { LoginDeps, TokenAnswer } from './auth.js';
import { oauthTokenRoute } from './oauth.js';

/** How the portal logs in (`--auth`, or a replayed capture's profile) and where. */
export type LoginStyle = Pick<ConnectionProfile, 'auth' | 'token_path'>;

/** The simulator's own portals: the JSON log-in at the API's path, the OAuth2 password grant at the site's /token (or as told). */
export function loginStyleOf(auth: ConnectionProfile['auth'], tokenPath?: ConnectionProfile['token_path']): LoginStyle {
  return { auth, token_path: tokenPath ?? (auth === 'json' ? '/api/v1/token' : '/token') };
}

/** The answers of ONESTOP-API.md (JSON) and RFC 6749 §5.1 (OAuth2, with a refresh token). */
export function contractTokenAnswer(auth: ConnectionProfile['auth']): TokenAnswer {
  return ({ token, expiresIn }, refresh) => ({
    access_token: token,
    token_type: 'Bearer',
    expires_in: expiresIn,
    ...(auth === 'oauth-password' ? { refresh_token: refresh() } : {}),
  });
}

/**
 * A recorded token answer around fresh tokens: its redacted access (and refresh) token replaced, every other field as
 * recorded; expires_in as recorded, else the simulator's lifetime.
 */
export function recordedTokenAnswer(recorded: Readonly<Record<string, unknown>>): TokenAnswer {
  return ({ token, expiresIn }, refresh) => {
    const out: Record<string, unknown> = { ...recorded, access_token: token };
    if (!('expires_in' in recorded)) out.expires_in = expiresIn;
    if ('refresh_token' in recorded) out.refresh_token = refresh();
    return out;
  };
}

/** The log-in route of the style; the other token path is left to the not-found handler (404). */
export function loginRoutes(style: LoginStyle, deps: LoginDeps, answer: TokenAnswer) {
  if (style.auth === 'oauth-password') return oauthTokenRoute(style.token_path, deps, answer);
  const { credentials, tokens, stats } = deps;
  return async (app: FastifyInstance) => {
    app.post(style.token_path, async (request, reply) => {
      const body = request.body;
      const username = isRecord(body) ? body.username : undefined;
      const password = isRecord(body) ? body.password : undefined;
      if (typeof username !== 'string' || typeof password !== 'string') {
        return reply.code(400).send({ message: 'A JSON body with "username" and "password" is required.' });
      }
      if (!credentials.check(username, password)) {
        return reply.code(401).send({ message: 'Invalid username or password.' });
      }
      stats.granted('json');
      return answer(tokens.issue(), () => deps.refresh.issue());
    });
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
