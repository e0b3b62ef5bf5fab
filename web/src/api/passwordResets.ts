/** Forgotten passwords: ask for an e-mailed link, check it, set a new password with it (signed out: 401 is quiet). */
import { api, buildUrl } from './client';

export const passwordResetKeys = {
  preview: (token: string) => buildUrl('/v1/password_resets/{token}', { token }),
};

/** The same answer whether or not the address has a user. */
export function requestPasswordReset(email: string) {
  return api.post('/v1/password_resets', { body: { email }, quiet401: true });
}

/** Whose password the link resets (404 when it no longer works). */
export function getPasswordReset(token: string) {
  return api.get('/v1/password_resets/{token}', { path: { token }, quiet401: true });
}

/** Sets the new password; the answer is a session, as for a sign-in. */
export function resetPassword(token: string, password: string) {
  return api.post('/v1/password_resets/{token}', { path: { token }, body: { password }, quiet401: true });
}
