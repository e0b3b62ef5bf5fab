import { MIN_PASSWORD } from '../passwords';

export type NewPasswordField = 'new' | 'confirm';

interface Props {
  /** Input ids; the hint under the new password gets the id `${ids.password}-hint`. */
  ids: { password: string; confirm: string };
  labels?: { password: string; confirm: string };
  password: string;
  confirm: string;
  onPasswordChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  /** `aria-invalid` of a field; none when left out. */
  invalid?: (field: NewPasswordField) => true | undefined;
  /** `aria-describedby` of a field, given the hint id where the field has one; the hint alone when left out. */
  describedBy?: (field: NewPasswordField, hint?: string) => string | undefined;
}

/** A new password (at least `MIN_PASSWORD` characters, with a hint saying so) and its confirmation. */
export function NewPasswordFields({
  ids,
  labels = { password: 'New password', confirm: 'Confirm new password' },
  password,
  confirm,
  onPasswordChange,
  onConfirmChange,
  invalid = () => undefined,
  describedBy = (_field, hint) => hint,
}: Props) {
  const hint = `${ids.password}-hint`;
  return (
    <>
      <div className="field">
        <label htmlFor={ids.password}>{labels.password}</label>
        <input
          id={ids.password}
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD}
          aria-invalid={invalid('new')}
          aria-describedby={describedBy('new', hint)}
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
          aria-invalid={invalid('confirm')}
          aria-describedby={describedBy('confirm')}
          value={confirm}
          onChange={(e) => onConfirmChange(e.target.value)}
        />
      </div>
    </>
  );
}
