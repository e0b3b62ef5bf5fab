import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { listCustomersWithFeeds, accountKeys } from '../api/accounts';
import { messageOf } from '../api/client';
import { connectCustomers, listUnmappedCustomers, portalCustomerKeys, type BulkFeeds, type PortalCustomer } from '../api/portalCustomers';
import { getServer, serverKeys } from '../api/servers';
import { activationHint } from '../components/ConnectFeedForm';
import { PageHeader } from '../components/PageHeader';
import { Async } from '../components/Status';
import { accountName, addMonths, formatDay, hostOf, plural, todayIn } from '../format';
import { useResource } from '../hooks/useResource';
import './ConnectCustomersPage.css';

/**
 * Only a certain proposal (the same CRM id, or the same name but for case, accents, punctuation and legal suffixes) is
 * chosen for the user: look-alike names ("North Leeds Dental", "South Leeds Dental") score high and are only offered.
 */
const PRESELECT_CONFIDENCE = 1;
const NEW = 'new';
/**
 * Up to this many customer accounts, each selected row can pick any of them; beyond, a row offers its new account and its
 * proposal (a list of thousands per row would make the page unusable) and the page says how to choose another.
 */
const LISTED_ACCOUNTS = 500;

/** The account a row connects to by default: a sure proposal, else a new account named like the portal customer. */
function defaultChoice(c: PortalCustomer): string {
  const m = c.proposed_match;
  return m && m.confidence >= PRESELECT_CONFIDENCE ? m.account_id : NEW;
}

function matchLabel(c: PortalCustomer): string | null {
  const m = c.proposed_match;
  if (!m) return null;
  return m.basis === 'external_id' ? 'same CRM id' : `${Math.round(m.confidence * 100)}% name match`;
}

type Outcome = { kind: 'preview' | 'done'; result: BulkFeeds; input: Array<{ name: string; account: string }> };

/**
 * "Connect customers": every portal customer of a server without a feed, with its proposed customer account and that
 * match's confidence; the user picks many, sets one activation date and creates the accounts and feeds in one step.
 */
export default function ConnectCustomersPage() {
  const { id = '' } = useParams();
  const server = useResource(() => getServer(id), serverKeys.detail(id));
  const unmapped = useResource(() => listUnmappedCustomers(id), portalCustomerKeys.unmapped(id));
  const customers = useResource(listCustomersWithFeeds, accountKeys.customersWithFeeds);
  const timeZone = server.data?.time_zone ?? 'Europe/London';
  const [activation, setActivation] = useState(() => addMonths(todayIn(timeZone), -1));
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<Map<string, string>>(new Map());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const accounts = useMemo(
    () =>
      (customers.data ?? [])
        .map((c) => c.account)
        .filter((a) => a.role === 'customer')
        .sort((a, b) => accountName(a).localeCompare(accountName(b))),
    [customers.data],
  );
  const accountNames = useMemo(() => new Map(accounts.map((a) => [a.id, accountName(a)])), [accounts]);
  const rows = useMemo(() => [...(unmapped.data ?? [])].sort((a, b) => a.name.localeCompare(b.name)), [unmapped.data]);
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return f ? rows.filter((r) => r.name.toLowerCase().includes(f) || r.external_id.includes(f)) : rows;
  }, [rows, filter]);
  const allShownChosen = shown.length > 0 && shown.every((r) => chosen.has(r.external_id));

  function update(next: Map<string, string>) {
    setChosen(next);
    setOutcome((o) => (o?.kind === 'preview' ? null : o)); // a preview of another selection would mislead
  }
  function toggle(c: PortalCustomer, on: boolean) {
    const next = new Map(chosen);
    if (on) next.set(c.external_id, defaultChoice(c));
    else next.delete(c.external_id);
    update(next);
  }
  function toggleAllShown(on: boolean) {
    const next = new Map(chosen);
    for (const r of shown) {
      if (on && !next.has(r.external_id)) next.set(r.external_id, defaultChoice(r));
      if (!on) next.delete(r.external_id);
    }
    update(next);
  }

  async function submit(dryRun: boolean) {
    setError(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(activation)) return setError('Enter the activation date.');
    const picked = rows.filter((r) => chosen.has(r.external_id));
    if (picked.length === 0) return setError('Select at least one portal customer.');
    const body = picked.map((r) => {
      const choice = chosen.get(r.external_id)!;
      return choice === NEW ? { external_id: r.external_id, name: r.name } : { external_id: r.external_id, account_id: choice };
    });
    const input = picked.map((r) => {
      const choice = chosen.get(r.external_id)!;
      return { name: r.name, account: choice === NEW ? `new account "${r.name}"` : (accountNames.get(choice) ?? choice) };
    });
    setBusy(true);
    try {
      const result = await connectCustomers(id, { activated_at: activation, dry_run: dryRun, customers: body });
      setOutcome({ kind: dryRun ? 'preview' : 'done', result, input });
      if (!dryRun) {
        setChosen(new Map());
        await Promise.all([unmapped.reload(), customers.reload()]);
      }
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  const count = chosen.size;
  return (
    <Async data={server.data} error={server.error} reload={server.reload}>
      {(s) => (
        <>
          <PageHeader
            title="Connect customers"
            subtitle={s.name === hostOf(s.url) ? s.name : `${s.name} · ${hostOf(s.url)}`}
            back={{ to: `/servers/${s.id}`, label: s.name }}
          />
          <section className="card connect-settings" aria-label="Activation date">
            <div className="field">
              <label htmlFor="connect-activation">Activation date (for every customer selected)</label>
              <input
                id="connect-activation"
                type="date"
                value={activation}
                onChange={(e) => {
                  setActivation(e.target.value);
                  setOutcome((o) => (o?.kind === 'preview' ? null : o));
                }}
                aria-describedby="connect-activation-hint"
              />
              <p id="connect-activation-hint" className="hint">
                {activationHint(activation, s.time_zone)}
              </p>
            </div>
          </section>

          {outcome?.kind === 'done' && (
            <div className="notice notice-success" role="status" data-testid="connect-done">
              Connected {plural(outcome.result.feeds.length, 'customer')}
              {outcome.result.accounts_created > 0 ? ` (${plural(outcome.result.accounts_created, 'new customer account')})` : ''}. A
              collection is queued that backfills them from {formatDay(activation)}:{' '}
              <Link to={`/servers/${s.id}`}>follow it on the server page</Link>.
            </div>
          )}

          <section className="card" aria-labelledby="connect-list-title">
            <div className="card-head">
              <h2 id="connect-list-title">Portal customers without a feed</h2>
            </div>
            <Async data={unmapped.data} error={unmapped.error} reload={unmapped.reload} label="Asking the portal for its customers…">
              {() =>
                rows.length === 0 ? (
                  <p className="muted" data-testid="connect-none">
                    Every customer of this portal is connected.
                  </p>
                ) : (
                  <>
                    <div className="connect-tools">
                      <label className="connect-all">
                        <input
                          type="checkbox"
                          checked={allShownChosen}
                          onChange={(e) => toggleAllShown(e.target.checked)}
                          data-testid="connect-select-all"
                        />
                        Select all {filter ? 'shown' : ''} ({shown.length})
                      </label>
                      <input
                        type="search"
                        className="connect-filter"
                        placeholder="Filter by name or portal id"
                        aria-label="Filter portal customers"
                        value={filter}
                        onChange={(e) => setFilter(e.target.value)}
                      />
                    </div>
                    <ul className="connect-list" data-testid="connect-list">
                      {shown.map((c) => {
                        const choice = chosen.get(c.external_id);
                        const label = matchLabel(c);
                        const m = c.proposed_match;
                        return (
                          <li
                            key={c.external_id}
                            className={choice ? 'connect-row selected' : 'connect-row'}
                            data-testid="connect-row"
                            data-external-id={c.external_id}
                            data-confidence={m?.confidence ?? ''}
                          >
                            <label className="connect-name">
                              <input type="checkbox" checked={Boolean(choice)} onChange={(e) => toggle(c, e.target.checked)} />
                              <span>
                                <strong>{c.name}</strong> <span className="muted small">#{c.external_id}</span>
                              </span>
                            </label>
                            <span className="connect-match small" data-testid="connect-match">
                              {m ? (
                                <>
                                  Proposed: <strong>{m.account_name}</strong>{' '}
                                  <span
                                    className={m.confidence >= PRESELECT_CONFIDENCE ? 'match-badge sure' : 'match-badge'}
                                    title="How alike the names are (or the same id in your CRM field); check before connecting."
                                  >
                                    {label}
                                  </span>
                                </>
                              ) : (
                                <span className="muted">No close match among your customer accounts</span>
                              )}
                            </span>
                            {choice && (
                              <select
                                className="connect-choice"
                                aria-label={`Customer account for ${c.name}`}
                                value={choice}
                                onChange={(e) => update(new Map(chosen).set(c.external_id, e.target.value))}
                              >
                                <option value={NEW}>New account "{c.name}"</option>
                                {m && (
                                  <option value={m.account_id}>
                                    {m.account_name} ({label})
                                  </option>
                                )}
                                {accounts.length <= LISTED_ACCOUNTS &&
                                  accounts
                                    .filter((a) => a.id !== m?.account_id)
                                    .map((a) => (
                                      <option key={a.id} value={a.id}>
                                        {accountName(a)}
                                      </option>
                                    ))}
                              </select>
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  </>
                )
              }
            </Async>
            {accounts.length > LISTED_ACCOUNTS && count > 0 && (
              <p className="muted small" data-testid="connect-many-accounts">
                With {plural(accounts.length, 'customer account')}, each customer offers its proposed account or a new one. To connect one
                to another account, use "Connect one feed" on the server page.
              </p>
            )}
            {error && (
              <div className="notice notice-error" role="alert" data-testid="connect-error">
                {error}
              </div>
            )}
            {outcome?.kind === 'preview' && (
              <div className="notice notice-info" role="status" data-testid="connect-preview">
                <p>
                  <strong>Preview (nothing saved yet):</strong> {plural(outcome.result.feeds.length, 'feed')} and{' '}
                  {plural(outcome.result.accounts_created, 'new customer account')} would be created, each collected from{' '}
                  {formatDay(activation)}.
                </p>
                <ul className="plain-list small">
                  {outcome.input.map((i) => (
                    <li key={i.name}>
                      {i.name} → {i.account}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {rows.length > 0 && (
              <div className="form-actions connect-actions">
                <button type="button" className="btn btn-secondary" disabled={busy || count === 0} onClick={() => void submit(true)}>
                  Preview
                </button>
                <button type="button" className="btn btn-primary" disabled={busy || count === 0} onClick={() => void submit(false)}>
                  {busy ? 'Working…' : `Connect ${plural(count, 'customer')}`}
                </button>
              </div>
            )}
          </section>
        </>
      )}
    </Async>
  );
}
