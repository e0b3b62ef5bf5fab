import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { setServerContact } from '../api/servers';
import type { Server } from '../api/types';

/**
 * Who gets a server's health notifications by email: its contact (empty: the users of the account). Saved with
 * PATCH /v1/servers/:id, which changes nothing else.
 */
export function ContactEditor({ server, onSaved }: { server: Server; onSaved(): void }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(server.contact ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await setServerContact(server.id, value.trim() === '' ? null : value.trim());
      setEditing(false);
      onSaved();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'The contact could not be saved.');
    } finally {
      setBusy(false);
    }
  }

  if (!editing) {
    return (
      <>
        <span className="break">{server.contact ?? 'Users of the account'}</span>{' '}
        <button
          type="button"
          className="btn btn-small btn-secondary"
          onClick={() => {
            setValue(server.contact ?? '');
            setEditing(true);
          }}
        >
          Change<span className="sr-only"> notification contact</span>
        </button>
      </>
    );
  }
  return (
    <form className="inline-form" onSubmit={save}>
      <label htmlFor="server-contact">Notification email</label>
      <input
        id="server-contact"
        type="email"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        placeholder="Empty: the users of the account"
        aria-describedby={error ? 'server-contact-error' : undefined}
      />
      <button type="submit" className="btn btn-small btn-primary" disabled={busy}>
        Save contact
      </button>
      <button type="button" className="btn btn-small btn-secondary" onClick={() => setEditing(false)}>
        Cancel
      </button>
      {error && (
        <p id="server-contact-error" className="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
