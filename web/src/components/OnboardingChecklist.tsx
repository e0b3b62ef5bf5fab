import { Link } from 'react-router-dom';
import { flattenFeeds, type CustomerWithFeeds } from '../api/accounts';
import { listCustomerCertificates } from '../api/certificates';
import type { ServerWithSyncs } from '../api/servers';
import { useResource, type Resource } from '../hooks/useResource';
import './OnboardingChecklist.css';

interface Step {
  id: string;
  title: string;
  done: boolean;
  to: string;
  action: string;
  hint: string;
}

/**
 * A new provider's first steps on the overview: register a server → connect customers → first collection → first
 * certificate, each ticked once done. Shown only once everything it needs has loaded, and no longer once all are done.
 */
export function OnboardingChecklist({
  servers,
  customers,
}: {
  servers: Resource<ServerWithSyncs[]>;
  customers: Resource<CustomerWithFeeds[]>;
}) {
  const certificates = useResource(listCustomerCertificates, '/v1/certificates?include_descendants=true', 60_000);
  if (!servers.data || !customers.data || !certificates.data) return null;
  const feeds = flattenFeeds(customers.data);
  const steps: Step[] = [
    {
      id: 'server',
      title: 'Register a server',
      done: servers.data.length > 0,
      to: '/servers',
      action: 'Register a server',
      hint: 'Add the OneStop MPS Portal server Canopy reads meter counters from.',
    },
    {
      id: 'customers',
      title: 'Connect customers',
      done: feeds.length > 0,
      // With one server, straight to its "Connect customers" (many at once); with several, the server to choose.
      to: servers.data.length === 1 ? `/servers/${servers.data[0]!.server.id}/connect` : '/servers',
      action: 'Connect customers',
      hint: "Connect the portal's customers to customer accounts, many at once, from the day they count.",
    },
    {
      id: 'collection',
      title: 'First collection',
      done: feeds.some((f) => f.synced_through !== null),
      to: '/customers',
      action: 'See backfill progress',
      hint: 'Canopy collects each business day; a new feed is backfilled from its activation date.',
    },
    {
      id: 'certificate',
      title: 'First certificate',
      done: certificates.data.length > 0,
      to: '/certificates',
      action: 'Certificates',
      hint: 'Issued once a month is closed and its grace period (a few business days) is over.',
    },
  ];
  const done = steps.filter((s) => s.done).length;
  if (done === steps.length) return null;
  return (
    <section className="card onboarding" aria-labelledby="onboarding-heading" data-testid="onboarding-checklist">
      <div className="card-head">
        <h2 id="onboarding-heading">Getting started</h2>
        <span className="onboarding-progress" data-testid="onboarding-progress">
          {done} of {steps.length} done
        </span>
      </div>
      <ol className="plain-list onboarding-steps">
        {steps.map((s) => (
          <li key={s.id} className={s.done ? 'done' : 'todo'} data-step={s.id} data-done={s.done}>
            <span className="onboarding-tick" aria-hidden="true">
              {s.done ? '✓' : ''}
            </span>
            <div>
              <strong>{s.title}</strong>
              <span className="sr-only">{s.done ? ' (done)' : ' (to do)'}</span>
              <div className="muted small">{s.hint}</div>
            </div>
            {!s.done && (
              <Link to={s.to} className="onboarding-link">
                {s.action} →
              </Link>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
