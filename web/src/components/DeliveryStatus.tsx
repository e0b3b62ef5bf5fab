import { Link } from 'react-router-dom';
import { StatusBadge } from './HealthBadge';

/** One delivery of a notification as the API answers it (web/src/api/notifications). */
export interface DeliveryLike {
  channel: 'email' | 'webhook' | 'log';
  status: 'pending' | 'delivered' | 'failed';
  target: string;
}

/**
 * A delivery in honest words: a notification written to the log because no SMTP server is configured was not
 * delivered to anyone, so it says "logged only: e-mail is not configured" (and how to set it up), never
 * "delivered". The link goes to the setup steps in Settings (docs/operations.md, E-mail (SMTP)).
 */
export function DeliveryStatus({ delivery }: { delivery: DeliveryLike }) {
  if (delivery.channel === 'log') {
    return (
      <span className="delivery-logged" data-testid="delivery-logged-only">
        logged only: e-mail is not configured (set <code>SMTP_URL</code> and <code>SMTP_FROM</code>:{' '}
        <Link to="/settings#email">how to set up e-mail</Link>)
      </span>
    );
  }
  return (
    <>
      {delivery.channel} to {delivery.target}: <StatusBadge status={delivery.status} />
    </>
  );
}
