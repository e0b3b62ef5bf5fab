import { useMemo, useState, type FormEvent } from 'react';
import { createCustomerAccount, type CustomerWithFeeds } from '../api/accounts';
import { ApiError, messageOf } from '../api/client';
import { connectFeed } from '../api/feeds';
import { listPortalCustomers, serverKeys } from '../api/servers';
import type { Account, Feed, Server } from '../api/types';
import { accountName, addDays, addMonths, daysBetween, formatDay, hostOf, plural, TIME_ZONE, todayIn } from '../format';
import { useResource } from '../hooks/useResource';
import { Combobox, type ComboOption } from './Combobox';

export interface ConnectedFeed {
  feed: Feed;
  accountName: string;
  timeZone: string;
}

const NEW_ACCOUNT = 'new';

/** What a chosen activation date means, in words. */
export function activationHint(date: string, timeZone: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'The first day whose pages are counted.';
  const today = todayIn(timeZone);
  const yesterday = addDays(today, -1);
  const days = daysBetween(date, yesterday) + 1;
  if (days > 0) {
    const span = `${formatDay(date)} to ${formatDay(yesterday)}`;
    return `${plural(days, 'day')} will be backfilled (${span}), then the feed is collected every night.`;
  }
  if (date === today) return 'Nothing to backfill: today is collected tonight, after the day ends.';
  return `Collection starts on ${formatDay(date)}; nothing to backfill.`;
}

export function ConnectFeedForm({
  servers,
  customers,
  initialServerId,
  onConnected,
  onCancel,
}: {
  servers: Server[];
  customers: CustomerWithFeeds[];
  initialServerId?: string | null;
  onConnected(result: ConnectedFeed): void;
  onCancel(): void;
}) {
  const [serverId, setServerId] = useState<string>(() =>
    initialServerId && servers.some((s) => s.id === initialServerId) ? initialServerId : (servers[0]?.id ?? ''),
  );
  const server = servers.find((s) => s.id === serverId);
  const timeZone = server?.time_zone ?? TIME_ZONE;
  const [externalId, setExternalId] = useState<string | null>(null);
  const [accountChoice, setAccountChoice] = useState<string>(NEW_ACCOUNT);
  const [activation, setActivation] = useState(() => addMonths(todayIn(timeZone), -1));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [createdAccounts, setCreatedAccounts] = useState<Account[]>([]);

  const portal = useResource(() => (serverId ? listPortalCustomers(serverId) : Promise.resolve([])), serverKeys.portalCustomers(serverId));

  const accounts = useMemo(() => {
    const all = [...customers.map((c) => c.account), ...createdAccounts.filter((a) => !customers.some((c) => c.account.id === a.id))];
    return all.filter((a) => a.role === 'customer').sort((a, b) => a.name.localeCompare(b.name));
  }, [customers, createdAccounts]);

  /** Portal customer id → name of the account its feed (on this server) deposits into. */
  const connected = useMemo(() => {
    const m = new Map<string, string>();
    for (const c of customers) for (const f of c.feeds) if (f.server_id === serverId) m.set(f.external_id, accountName(c.account));
    return m;
  }, [customers, serverId]);

  const options: ComboOption[] = useMemo(
    () =>
      [...(portal.data ?? [])]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((p) => {
          const to = connected.get(p.external_id);
          return {
            value: p.external_id,
            label: p.name,
            note: to ? `Connected${to !== p.name ? ` to ${to}` : ''}` : `#${p.external_id}`,
            disabled: Boolean(to),
          };
        }),
    [portal.data, connected],
  );
  const picked = portal.data?.find((p) => p.external_id === externalId) ?? null;

  /** Another server lists other portal customers: the one picked is dropped. */
  function chooseServer(id: string) {
    setServerId(id);
    setExternalId(null);
  }

  function choosePortalCustomer(id: string | null) {
    // Picking the same one again (or the account list being refreshed) must not undo the user's account choice.
    if (id === externalId) return;
    setExternalId(id);
    const chosen = portal.data?.find((p) => p.external_id === id);
    if (!chosen) return;
    // The account with the portal customer's name when there is one; otherwise offer to create it.
    const same = accounts.find((a) => a.name.trim().toLowerCase() === chosen.name.trim().toLowerCase());
    setAccountChoice(same ? same.id : NEW_ACCOUNT);
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setSuccess(null);
    if (!server) return setError('Choose a server.');
    if (!picked) return setError('Choose the portal customer from the list.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(activation)) return setError('Enter the activation date.');
    setBusy(true);
    try {
      let account = accountChoice === NEW_ACCOUNT ? null : (accounts.find((a) => a.id === accountChoice) ?? null);
      if (!account) {
        account = await createCustomerAccount(picked.name, picked.external_id);
        const created = account;
        setCreatedAccounts((list) => [...list, created]);
        setAccountChoice(created.id);
      }
      const feed = await connectFeed(account.id, {
        type: 'onestop',
        server_id: server.id,
        external_id: picked.external_id,
        activated_at: activation,
      });
      const accountLabel = accountName(account);
      onConnected({ feed, accountName: accountLabel, timeZone });
      setSuccess(
        `Connected ${picked.name} (portal customer ${picked.external_id}) to ${accountLabel}. ${activationHint(activation, timeZone)}`,
      );
      setExternalId(null);
      setAccountChoice(NEW_ACCOUNT);
    } catch (err) {
      setError(err instanceof ApiError && err.status === 409 ? `${picked.name} is already connected on this server.` : messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  const portalStatus =
    portal.error !== undefined
      ? `The portal did not answer: ${messageOf(portal.error)}`
      : !portal.data
        ? 'Loading the customers of the portal…'
        : portal.data.length === 0
          ? 'The portal lists no customers.'
          : undefined;

  return (
    <form className="form" onSubmit={onSubmit} data-testid="connect-feed-form">
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      {success && (
        <div className="notice notice-success" role="status" data-testid="connect-success">
          {success}
        </div>
      )}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="feed-server">Server</label>
          <select id="feed-server" value={serverId} onChange={(e) => chooseServer(e.target.value)} required>
            {servers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name === hostOf(s.url) ? s.name : `${s.name} (${hostOf(s.url)})`}
                {s.health_check === 'unhealthy' ? ' (unhealthy)' : ''}
              </option>
            ))}
          </select>
        </div>
        <Combobox
          label="Portal customer"
          options={options}
          value={externalId}
          onChange={choosePortalCustomer}
          placeholder="Type to search the portal's customers"
          hint={portal.data ? `${portal.data.length} customers on the portal, ${connected.size} already connected.` : undefined}
          status={portalStatus}
          required
        />
        <div className="field">
          <label htmlFor="feed-account">Customer account</label>
          <select
            id="feed-account"
            value={accountChoice}
            onChange={(e) => setAccountChoice(e.target.value)}
            disabled={!picked}
            aria-describedby="feed-account-hint"
          >
            <option value={NEW_ACCOUNT}>{picked ? `New account “${picked.name}”` : 'New account (named after the portal customer)'}</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {accountName(a)}
              </option>
            ))}
          </select>
          <p id="feed-account-hint" className="hint">
            The Canopy account the pages are credited to; created if needed.
          </p>
        </div>
        <div className="field">
          <label htmlFor="feed-activation">Activation date</label>
          <input
            id="feed-activation"
            type="date"
            required
            value={activation}
            onChange={(e) => setActivation(e.target.value)}
            aria-describedby="feed-activation-hint"
          />
          <p id="feed-activation-hint" className="hint" data-testid="activation-hint" aria-live="polite">
            {activationHint(activation, timeZone)}
          </p>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy || !server}>
          {busy ? 'Connecting…' : 'Connect feed'}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={busy}>
          Close
        </button>
      </div>
    </form>
  );
}
