/** The server's rule for a new password (invitations, reset links, changing it in the settings). */
export const MIN_PASSWORD = 10;

/** Checks a new password and its confirmation before they are sent; null when they are fine. */
export function newPasswordProblem(password: string, confirm: string): { field: 'new' | 'confirm'; message: string } | null {
  if (password.length < MIN_PASSWORD) return { field: 'new', message: `Choose a password of at least ${MIN_PASSWORD} characters.` };
  if (password !== confirm) return { field: 'confirm', message: 'The two passwords differ.' };
  return null;
}
