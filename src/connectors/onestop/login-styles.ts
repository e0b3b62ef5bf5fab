import type { SendOptions } from '../read-only-http.js';
import type { ConnectionProfile } from './capture-format.js';

/**
 * The ways portals of this family log in, tried in this fixed order (docs/onestop-api.md): the JSON log-in of
 * ONESTOP-API.md, then the OAuth2 resource-owner password grant (RFC 6749 §4.3: form-encoded `grant_type=password`)
 * at the API's token path and at the site's `/token`.
 */
export type LoginStyle = Pick<ConnectionProfile, 'auth' | 'token_path'>;

export const LOGIN_STYLES: readonly LoginStyle[] = [
  { auth: 'json', token_path: '/api/v1/token' },
  { auth: 'oauth-password', token_path: '/api/v1/token' },
  { auth: 'oauth-password', token_path: '/token' },
];

export function sameStyle(a: LoginStyle, b: LoginStyle): boolean {
  return a.auth === b.auth && a.token_path === b.token_path;
}

export function describeStyle(s: LoginStyle): string {
  return `${s.auth === 'json' ? 'JSON log-in' : 'OAuth2 password grant'} at ${s.token_path}`;
}

export interface LoginSecrets {
  username: string;
  password: string;
  clientId?: string | null | undefined;
  clientSecret?: string | null | undefined;
}

/** The body of a token request: the password (or, OAuth2 only, the refresh token of RFC 6749 §6). */
export function tokenRequest(s: LoginStyle, secrets: LoginSecrets, grant: { refresh?: string }): SendOptions {
  if (s.auth === 'json') return { json: { username: secrets.username, password: secrets.password } };
  const client = {
    ...(secrets.clientId ? { client_id: secrets.clientId } : {}),
    ...(secrets.clientSecret ? { client_secret: secrets.clientSecret } : {}),
  };
  return grant.refresh !== undefined
    ? { form: { grant_type: 'refresh_token', refresh_token: grant.refresh, ...client } }
    : { form: { grant_type: 'password', username: secrets.username, password: secrets.password, ...client } };
}
