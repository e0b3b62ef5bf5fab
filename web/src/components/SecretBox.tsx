import { useState } from 'react';
import './SecretBox.css';

/** A secret shown once (API key, webhook secret), with a copy button. */
export function SecretBox({ label, secret, onDone }: { label: string; secret: string; onDone(): void }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div className="secret-box" role="status">
      <p>
        <strong>{label}</strong> Copy it now: it is shown only once.
      </p>
      <div className="secret-row">
        <code data-testid="secret-value">{secret}</code>
        <button type="button" className="btn btn-small btn-secondary" onClick={copy}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <button type="button" className="btn btn-small btn-ghost-dark" onClick={onDone}>
        Done
      </button>
    </div>
  );
}
