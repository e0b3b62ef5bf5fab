import { fieldErrorOf, messageOf } from './api/client';

/** The server's rule for a new password (invitations, reset links, changing it in the settings). */
export const MIN_PASSWORD = 10;

/** The two fields of a new password (`NewPasswordFields`): the password and its confirmation. */
export type NewPasswordField = 'new' | 'confirm';

/** A password form's error, and the field it is about (none when it is about no one field). */
export interface PasswordFormError<F extends string> {
  message: string;
  field?: F;
}

/** Checks a new password and its confirmation before they are sent; null when they are fine. */
export function newPasswordProblem(password: string, confirm: string): PasswordFormError<NewPasswordField> | null {
  if (password.length < MIN_PASSWORD) return { field: 'new', message: `Choose a password of at least ${MIN_PASSWORD} characters.` };
  if (password !== confirm) return { field: 'confirm', message: 'The two passwords differ.' };
  return null;
}

/**
 * The server's refusal as a form error: a 400 about a request field the form shows (`fields`: the request field →
 * the form's field and its label) goes to that field, in its words ("New password must differ from the current
 * password"); anything else is shown as the server said it.
 */
export function passwordFormError<F extends string>(
  err: unknown,
  fields: Record<string, { field: F; label: string }>,
): PasswordFormError<F> {
  const problem = fieldErrorOf(err);
  const target = problem && Object.hasOwn(fields, problem.field) ? fields[problem.field] : undefined;
  if (!problem || !target) return { message: messageOf(err) };
  return { message: `${target.label} ${problem.detail}${/[.!?]$/.test(problem.detail) ? '' : '.'}`, field: target.field };
}
