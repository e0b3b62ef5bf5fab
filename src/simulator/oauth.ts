import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LoginDeps, TokenAnswer } from './auth.js';

/**
 * The OAuth2 resource-owner password grant (RFC 6749 §4.3) and the refresh grant (§6) at one token path, with
 * optional client authentication (§2.3.1: form fields or HTTP Basic) and the error answers of §5.2.
 */

/** A form-encoded body: its fields, and those that came more than once (refused, §3.2). */
class FormFields {
  constructor(
    readonly fields: ReadonlyMap<string, string>,
    readonly repeated: readonly string[],
  ) {}

  static parse(text: string): FormFields {
    const fields = new Map<string, string>();
    const repeated: string[] = [];
    for (const [key, value] of new URLSearchParams(text)) {
      if (fields.has(key)) repeated.push(key);
      else fields.set(key, value);
    }
    return new FormFields(fields, repeated);
  }

  get(name: string): string | undefined {
    const v = this.fields.get(name);
    return v === '' ? undefined : v;
  }
}

type OAuthError = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type';

const BASIC = /^Basic\s+(\S+)\s*$/i;

function sameText(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** §2.3.1: the id and secret are form-encoded before they are joined and base64-encoded. */
function formDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const m = BASIC.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1) return { id: formDecode(decoded), secret: '' };
  return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
}

/** Registers the token endpoint at `path`, in its own context: only form bodies are read there. */
export function oauthTokenRoute(path: string, deps: LoginDeps, answer: TokenAnswer) {
  const { credentials, tokens, refresh, stats, client } = deps;

  const fail = (reply: FastifyReply, status: number, error: OAuthError, description?: string) =>
    reply
      .code(status)
      .header('cache-control', 'no-store')
      .header('pragma', 'no-cache')
      .send(description === undefined ? { error } : { error, error_description: description });

  const clientAuthenticated = (request: FastifyRequest, form: FormFields): boolean => {
    if (!client) return true;
    const presented = basicCredentials(request.headers.authorization) ?? { id: form.get('client_id'), secret: form.get('client_secret') };
    if (presented.id === undefined || !sameText(presented.id, client.id)) return false;
    return client.secret === undefined || (presented.secret !== undefined && sameText(presented.secret, client.secret));
  };

  return async (app: FastifyInstance) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) =>
      done(null, FormFields.parse(body as string)),
    );
    // Any other body reaches the handler (and is refused there as the RFC says) instead of failing with a 415.
    app.addContentTypeParser('*', { parseAs: 'string' }, (_request, _body, done) => done(null, undefined));

    app.post(path, async (request, reply) => {
      const form = request.body;
      if (!(form instanceof FormFields)) {
        return fail(reply, 400, 'invalid_request', 'The token request must be an application/x-www-form-urlencoded body.');
      }
      if (form.repeated.length) return fail(reply, 400, 'invalid_request', `Parameter ${form.repeated[0]} is repeated.`);
      if (!clientAuthenticated(request, form)) {
        void reply.header('www-authenticate', 'Basic');
        return fail(reply, 401, 'invalid_client');
      }
      const grant = form.get('grant_type');
      if (grant === undefined) return fail(reply, 400, 'invalid_request', 'grant_type is required.');
      if (grant === 'password') {
        const username = form.get('username');
        const password = form.get('password');
        if (username === undefined || password === undefined) {
          return fail(reply, 400, 'invalid_request', 'username and password are required with grant_type=password.');
        }
        if (!credentials.check(username, password)) return fail(reply, 400, 'invalid_grant', 'Invalid username or password.');
        stats.granted('password');
      } else if (grant === 'refresh_token') {
        const held = form.get('refresh_token');
        if (held === undefined) return fail(reply, 400, 'invalid_request', 'refresh_token is required with grant_type=refresh_token.');
        // A refused log-in (credentials control) is a disabled account: its refresh tokens are refused too, not used up.
        if (!credentials.accepting || !refresh.use(held)) {
          return fail(reply, 400, 'invalid_grant', 'The refresh token is invalid, expired or already used.');
        }
        stats.granted('refresh_token');
      } else {
        return fail(reply, 400, 'unsupported_grant_type', `grant_type ${grant} is not supported.`);
      }
      const { token, expiresIn } = tokens.issue();
      return reply
        .header('cache-control', 'no-store')
        .header('pragma', 'no-cache')
        .send(answer({ token, expiresIn }, () => refresh.issue()));
    });
  };
}
