/** The dashboard session (sign-in with the session cookie) and the signed-in person's password. */
import { api } from './client';
import type { Session } from './types';

/**
 * Who is signed in, or null: `optional=true` makes "not signed in" a 204 (a 401 would be logged by the browser as a
 * failed request on every signed-out load).
 */
export async function getSession(): Promise<Session | null> {
  return (await api.get('/v1/session', { query: { optional: 'true' }, quiet401: true })) ?? null;
}

export function signIn(email: string, password: string) {
  return api.post('/v1/session', { body: { email, password }, quiet401: true });
}

export function signOut() {
  return api.delete('/v1/session');
}

/** Ends the person's other sessions; this one stays signed in. */
export function changePassword(currentPassword: string, newPassword: string) {
  return api.post('/v1/session/password', { body: { current_password: currentPassword, new_password: newPassword } });
}
