import { MIN_PASSWORD, type NewPasswordField } from '../passwords';

interface Props {
  /** Input ids; the hint under the new password gets the id `${ids.password}-hint`. */
  ids: { password: string; confirm: string };
  labels?: { password: string; confirm: string };
  password: string;
  confirm: string;
  onPasswordChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  /**
   * The field the form's error is about (a field of the form other than these two marks neither): that input is
   * `aria-invalid` and described by the error, `errorId`.
   */
  errorField?: string;
  /** The id of the form's error message. */
  errorId?: string;
  /** The account the password is for: a hidden username input, which tells password managers. */
  username?: string;
}

/** A new password (at least `MIN_PASSWORD` characters, with a hint saying so) and its confirmation. */
export function NewPasswordFields({
  ids,
  labels = { password: 'New password', confirm: 'Confirm new password' },
  password,
  confirm,
  onPasswordChange,
  onConfirmChange,
  errorField,
  errorId,
  username,
}: Props) {
  const hint = `${ids.password}-hint`;
  const erred = (field: NewPasswordField) => errorId !== undefined && errorField === field;
  return (
    <>
      {username !== undefined && <input type="email" name="username" autoComplete="username" value={username} readOnly hidden />}
      <div className="field">
        <label htmlFor={ids.password}>{labels.password}</label>
        <input
          id={ids.password}
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD}
          aria-invalid={erred('new') || undefined}
          aria-describedby={erred('new') ? `${hint} ${errorId}` : hint}
          value={password}
          onChange={(e) => onPasswordChange(e.target.value)}
        />
        <p id={hint} className="hint">
          At least {MIN_PASSWORD} characters.
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.confirm}>{labels.confirm}</label>
        <input
          id={ids.confirm}
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={erred('confirm') || undefined}
          aria-describedby={erred('confirm') ? errorId : undefined}
          value={confirm}
          onChange={(e) => onConfirmChange(e.target.value)}
        />
      </div>
    </>
  );
}
