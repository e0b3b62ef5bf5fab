/** The dashboard session (sign-in with the session cookie) and the signed-in person's password. */
import { api } from './client';

/** Who is signed in; a 401 (not signed in) is an ordinary answer here. */
export function getSession() {
  return api.get('/v1/session', { quiet401: true });
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
