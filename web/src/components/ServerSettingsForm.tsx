import { useState, type FormEvent } from 'react';
import { fieldErrorOf, messageOf } from '../api/client';
import { updateServerSettings } from '../api/servers';
import type { Server } from '../api/types';
import { hostOf } from '../format';
import { SETTINGS_LABELS, ServerSettingsFields, type SettingsField } from './ServerSettingsFields';

type Field = SettingsField | 'contact' | 'concurrency';
const LABELS: Record<Field, string> = { ...SETTINGS_LABELS, contact: 'Notification email', concurrency: 'Feeds read at once' };

interface Values {
  name: string;
  contact: string;
  time_zone: string;
  holiday_region: string;
  paper_profile: Server['paper_profile'];
  concurrency: string;
}

const valuesOf = (s: Server): Values => ({
  name: s.name,
  contact: s.contact ?? '',
  time_zone: s.time_zone,
  holiday_region: s.holiday_region,
  paper_profile: s.paper_profile,
  concurrency: String(s.concurrency),
});

/**
 * "Edit settings" on the server page: name, contact, time zone, holiday region, paper profile and concurrency, saved
 * together with PATCH /v1/servers/:id (none needs the portal's password). A bad value names its field; nothing is saved.
 */
export function ServerSettingsForm({ server, onSaved, onCancel }: { server: Server; onSaved(s: Server): void; onCancel(): void }) {
  const [values, setValues] = useState<Values>(() => valuesOf(server));
  const [problem, setProblem] = useState<{ field?: Field; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (problem?.field === field) setProblem(null);
  };
  const invalid = (f: Field) => (problem?.field === f ? true : undefined);
  const describedBy = (f: Field, hint?: string) =>
    [hint, problem?.field === f ? 'settings-error' : null].filter(Boolean).join(' ') || undefined;

  async function save(e: FormEvent) {
    e.preventDefault();
    const concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
      setProblem({ field: 'concurrency', message: `${LABELS.concurrency}: must be a whole number from 1 to 16.` });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const next = {
        name: values.name,
        contact: values.contact.trim() === '' ? null : values.contact.trim(),
        time_zone: values.time_zone.trim(),
        holiday_region: values.holiday_region.trim(),
        paper_profile: values.paper_profile,
        concurrency,
      };
      // Only what changed: a value saved under older rules (e.g. a holiday region) never blocks saving another field.
      const changed = Object.fromEntries(Object.entries(next).filter(([k, v]) => v !== server[k as keyof typeof next]));
      const saved = await updateServerSettings(server.id, changed);
      onSaved(saved);
    } catch (err) {
      const f = fieldErrorOf(err);
      if (f && Object.hasOwn(LABELS, f.field)) {
        setProblem({ field: f.field as Field, message: `${LABELS[f.field as Field]} ${f.detail}` });
      } else setProblem({ message: `The settings were not saved: ${messageOf(err)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={save} aria-labelledby="server-settings-heading" data-testid="server-settings-form">
      <h3 id="server-settings-heading">Edit settings</h3>
      {problem && (
        <div className="notice notice-error" role="alert" id="settings-error" data-testid="settings-error">
          {problem.message}
        </div>
      )}
      <div className="form-grid">
        <ServerSettingsFields
          idPrefix="settings"
          values={values}
          onChange={set}
          invalid={invalid}
          describedBy={describedBy}
          nameHint={`What the dashboard calls this server; its address stays ${hostOf(server.url)}.`}
        />
        <div className="field">
          <label htmlFor="settings-contact">{LABELS.contact}</label>
          <input
            id="settings-contact"
            type="email"
            value={values.contact}
            placeholder="Empty: the users of the account"
            onChange={(e) => set('contact', e.target.value)}
            aria-invalid={invalid('contact')}
            aria-describedby={describedBy('contact', 'settings-contact-hint')}
          />
          <p id="settings-contact-hint" className="hint">
            Who is emailed when the server or one of its feeds becomes unhealthy.
          </p>
        </div>
        <div className="field">
          <label htmlFor="settings-concurrency">{LABELS.concurrency}</label>
          <input
            id="settings-concurrency"
            inputMode="numeric"
            pattern="[0-9]*"
            value={values.concurrency}
            onChange={(e) => set('concurrency', e.target.value)}
            aria-invalid={invalid('concurrency')}
            aria-describedby={describedBy('concurrency', 'settings-concurrency-hint')}
          />
          <p id="settings-concurrency-hint" className="hint">
            How many customer feeds Canopy reads from this portal at the same time (1–16; Canopy slows down if the portal asks).
          </p>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save settings'}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
