import { useState, type FormEvent } from 'react';
import { ApiError, fieldErrorOf, messageOf, retryText } from '../../api/client';
import { getEmailStatus, listEmailPreviews, notificationKeys, sendTestEmail, type TestEmailResult } from '../../api/notifications';
import { useSession } from '../../auth';
import { Async } from '../../components/Status';
import { TermsIn } from '../../components/Term';
import { useResource } from '../../hooks/useResource';
import './EmailSection.css';

/**
 * E-mail in honest words: configured or not (and how to set it up), a test e-mail that says whether the SMTP server
 * accepted it, and each kind of notification e-mail exactly as it is sent (GET /v1/notifications/previews).
 */
export function EmailSection() {
  const status = useResource(getEmailStatus, notificationKeys.emailStatus);
  return (
    <section className="card" id="email" aria-labelledby="email-heading">
      <h2 id="email-heading">E-mail</h2>
      <Async data={status.data} error={status.error} reload={status.reload}>
        {(s) =>
          s.configured ? (
            <>
              <p data-testid="email-status" data-configured="true">
                <span className="badge badge-healthy">Configured</span>
                {' Notifications are e-mailed from '}
                <strong>{s.from}</strong> through{' '}
                <span className="break">
                  {s.host}:{s.port}
                </span>{' '}
                ({s.security === 'tls' ? 'TLS' : 'STARTTLS'}).
              </p>
              <TestEmailForm />
            </>
          ) : (
            <>
              <p data-testid="email-status" data-configured="false">
                <span className="badge badge-warning">Not configured</span> E-mail is not configured: notifications, invitations and
                password resets are only written to Canopy's log, and nobody receives them.
              </p>
              <SetupSteps />
            </>
          )
        }
      </Async>
      <Previews />
    </section>
  );
}

function TestEmailForm() {
  const session = useSession();
  const [to, setTo] = useState(session.user.email);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TestEmailResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function send(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await sendTestEmail(to.trim() || undefined));
    } catch (err) {
      const field = fieldErrorOf(err);
      setError(
        field?.field === 'to'
          ? `The address ${field.detail}.`
          : err instanceof ApiError && err.status === 429
            ? retryText(err, 'test e-mails')
            : messageOf(err),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="inline-form email-test-form" onSubmit={send} aria-label="Send a test e-mail">
      <div className="field grow">
        <label htmlFor="test-email-to">Send a test e-mail to</label>
        <input
          id="test-email-to"
          type="email"
          required
          value={to}
          onChange={(e) => setTo(e.target.value)}
          autoComplete="email"
          aria-describedby="test-email-hint"
        />
        <p id="test-email-hint" className="hint">
          Your address, a colleague's or customer user's, or a server's notification contact.
        </p>
      </div>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? 'Sending…' : 'Send test e-mail'}
      </button>
      <div className="test-email-result" aria-live="polite">
        {result?.accepted && (
          <div className="notice notice-success" data-testid="test-email-result" data-accepted="true">
            Accepted by the SMTP server for {result.to}: it should arrive shortly ("{result.subject}").
          </div>
        )}
        {result && !result.accepted && (
          <div className="notice notice-error" role="alert" data-testid="test-email-result" data-accepted="false">
            Not accepted by the SMTP server: {result.error}
          </div>
        )}
        {error && (
          <div className="notice notice-error" role="alert">
            {error}
          </div>
        )}
      </div>
    </form>
  );
}

function SetupSteps() {
  return (
    <div className="email-setup" id="email-setup">
      <h3>How to set up e-mail</h3>
      <ol>
        <li>
          Set <code>SMTP_URL</code> to your mail relay: <code>smtp://user:password@smtp.example.com:587</code> (STARTTLS required) or{' '}
          <code>smtps://user:password@smtp.example.com:465</code>.
        </li>
        <li>
          Set <code>SMTP_FROM</code> to the sender, e.g. <code>Canopy &lt;canopy@example.com&gt;</code> (the relay must allow it).
        </li>
        <li>
          A relay with a private CA needs <code>NODE_EXTRA_CA_CERTS</code>; one on a private address needs <code>OUTBOUND_ALLOW_HOSTS</code>
          .
        </li>
        <li>Restart Canopy, come back here and press “Send test e-mail”.</li>
      </ol>
      <p className="muted small">
        All of it in the operations guide: <code>docs/operations.md</code>, “E-mail (SMTP)”.
      </p>
    </div>
  );
}

function Previews() {
  const previews = useResource(listEmailPreviews, notificationKeys.previews);
  return (
    <div className="email-previews">
      <h3>What each notification e-mail looks like</h3>
      <p className="muted small">With sample data; subject and text exactly as they are sent.</p>
      <Async data={previews.data} error={previews.error} reload={previews.reload}>
        {(list) => (
          <ul className="plain-list" data-testid="email-previews">
            {list.map((p) => (
              <li key={p.kind} data-kind={p.kind}>
                <details>
                  <summary>{p.when}</summary>
                  <EmailText subject={p.subject} text={p.text} />
                </details>
              </li>
            ))}
          </ul>
        )}
      </Async>
    </div>
  );
}

/** An e-mail as sent: its subject, then its text (jargon explained beside it; the words unchanged). */
export function EmailText({ subject, text }: { subject: string; text: string }) {
  return (
    <div className="email-text" data-testid="email-text">
      <div className="email-subject">
        <span className="muted">Subject: </span>
        <span data-testid="email-subject">{subject}</span>
      </div>
      <pre className="email-body" data-testid="email-body">
        <TermsIn text={text} />
      </pre>
    </div>
  );
}
