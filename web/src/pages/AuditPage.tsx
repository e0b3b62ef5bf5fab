import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { listAccounts } from '../api/accounts';
import { listApiKeys } from '../api/apiKeys';
import { AUDIT_PAGE, auditKeys, listAudit, type AuditEntry, type AuditFilters } from '../api/audit';
import { messageOf } from '../api/client';
import { listUsers } from '../api/users';
import { useSession } from '../auth';
import { DataTable, type Column } from '../components/DataTable';
import { PageHeader } from '../components/PageHeader';
import { Async } from '../components/Status';
import { useResource } from '../hooks/useResource';
import { accountName, formatDateTime } from '../format';
import './AuditPage.css';

// ---- What a route does, in plain words ---------------------------------------------------------------------------

const NOUNS: Record<string, string> = {
  accounts: 'an account',
  api_keys: 'an API key',
  servers: 'a server',
  feeds: 'a feed',
  sources: 'a feed',
  deposits: 'a deposit',
  webhooks: 'a webhook',
  'paper/types': 'a paper type',
  quotes: 'a quote',
  transactions: 'a transaction',
  users: 'a user',
  invitations: 'an invitation',
};

/** Writes whose words do not follow from the method and the noun. */
const SPECIAL: Record<string, string> = {
  'POST /v1/session': 'Signed in',
  'DELETE /v1/session': 'Signed out',
  'POST /v1/session/password': 'Changed their password',
  'POST /v1/servers': 'Registered a server',
  'POST /v1/servers/probe': 'Tested a portal',
  'POST /v1/servers/:id/check': "Checked a server's log-in",
  'POST /v1/servers/:id/collect': 'Started a collection',
  'POST /v1/servers/:id/feeds/bulk': 'Connected customers in bulk',
  'POST /v1/feeds': 'Connected a feed',
  'POST /v1/sources': 'Connected a feed',
  'POST /v1/feeds/:id/resync': 'Re-synced a feed',
  'POST /v1/sources/:id/resync': 'Re-synced a feed',
  'DELETE /v1/api_keys/:id': 'Revoked an API key',
  'DELETE /v1/users/:id': 'Removed a user',
  'DELETE /v1/invitations/:id': 'Withdrew an invitation',
  'POST /v1/invitations': 'Invited someone',
  'POST /v1/invitations/accept/:token': 'Accepted an invitation',
  'POST /v1/password_resets': 'Asked for a password reset',
  'POST /v1/password_resets/:token': 'Reset a password',
  'POST /v1/deposits': 'Recorded a deposit',
  'POST /v1/transactions': 'Recorded a transaction',
  'POST /v1/impact-factors': 'Added impact factors',
  'PUT /v1/projects': 'Chose forestry projects',
  'PATCH /v1/branding': 'Changed the branding',
  'PUT /v1/branding/logo': 'Uploaded a logo',
  'DELETE /v1/branding/logo': 'Removed the logo',
};

const VERBS: Record<string, string> = {
  activate: 'Activated',
  deactivate: 'Deactivated',
  approve: 'Approved',
  reject: 'Rejected',
};

/** `/v1/accounts/:account_id/servers/:id` → `/v1/servers/:id`: the account-scoped twin does the same. */
function defaultScope(route: string): string {
  return route.replace(/^\/v1\/accounts\/:account_id(?=\/)/, '/v1');
}

/** "Changed a server" for PATCH /v1/servers/:id; null when there are no plain words for it. */
function describeWrite(method: string, route: string): string | null {
  const r = defaultScope(route);
  const special = SPECIAL[`${method} ${r}`];
  if (special) return special;
  const m = /^\/v1\/([a-z_]+(?:\/types)?)(\/:id)?(?:\/([a-z]+))?$/.exec(r);
  const noun = m ? NOUNS[m[1]!] : undefined;
  if (!m || !noun) return null;
  const [, , item, action] = m;
  if (action) return VERBS[action] ? `${VERBS[action]} ${noun}` : null;
  if (!item) return method === 'POST' ? `Created ${noun}` : null;
  return { PATCH: `Changed ${noun}`, PUT: `Replaced ${noun}`, DELETE: `Deleted ${noun}` }[method] ?? null;
}

/** The choices of the "What" filter: the writes people look for most. */
const WHAT_CHOICES: Array<[method: string, route: string]> = [
  ['POST', '/v1/accounts'],
  ['PATCH', '/v1/accounts/:id'],
  ['POST', '/v1/accounts/:id/activate'],
  ['POST', '/v1/accounts/:id/deactivate'],
  ['POST', '/v1/servers'],
  ['PATCH', '/v1/servers/:id'],
  ['DELETE', '/v1/servers/:id'],
  ['POST', '/v1/servers/:id/check'],
  ['POST', '/v1/servers/:id/collect'],
  ['POST', '/v1/servers/:id/feeds/bulk'],
  ['POST', '/v1/feeds'],
  ['PATCH', '/v1/feeds/:id'],
  ['DELETE', '/v1/feeds/:id'],
  ['POST', '/v1/feeds/:id/resync'],
  ['POST', '/v1/deposits'],
  ['POST', '/v1/deposits/:id/approve'],
  ['POST', '/v1/deposits/:id/reject'],
  ['DELETE', '/v1/deposits/:id'],
  ['POST', '/v1/api_keys'],
  ['DELETE', '/v1/api_keys/:id'],
  ['POST', '/v1/invitations'],
  ['DELETE', '/v1/users/:id'],
  ['POST', '/v1/webhooks'],
  ['PATCH', '/v1/webhooks/:id'],
  ['DELETE', '/v1/webhooks/:id'],
  ['POST', '/v1/transactions'],
];

const METHOD_CHOICES: Array<[method: string, label: string]> = [
  ['POST', 'Created or started (POST)'],
  ['PATCH', 'Changed (PATCH)'],
  ['PUT', 'Replaced (PUT)'],
  ['DELETE', 'Deleted (DELETE)'],
];

// ---- Result and client, in plain words ----------------------------------------------------------------------------

const STATUS_WORDS: Record<number, string> = {
  400: 'Invalid',
  401: 'Not signed in',
  403: 'Refused',
  404: 'Not found',
  409: 'Conflict',
  413: 'Too large',
  429: 'Too many requests',
};

function resultOf(status: number): { text: string; tone: 'ok' | 'refused' | 'error' } {
  if (status < 400) return { text: 'Done', tone: 'ok' };
  if (status >= 500) return { text: 'Server error', tone: 'error' };
  return { text: STATUS_WORDS[status] ?? 'Refused', tone: 'refused' };
}

/** "Chrome on macOS", "curl/8.4.0": enough to tell clients apart (the whole User-Agent is in the title). */
function shortAgent(ua: string): string {
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /HeadlessChrome\//.test(ua)
        ? 'Headless Chrome'
        : /Chrom(e|ium)\//.test(ua)
          ? 'Chrome'
          : /Version\/[\d.]+.*Safari\//.test(ua)
            ? 'Safari'
            : null;
  if (!browser) return ua.split(' ')[0]!.slice(0, 40);
  const os = /iPhone|iPad/.test(ua)
    ? 'iOS'
    : /Android/.test(ua)
      ? 'Android'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(ua)
          ? 'macOS'
          : /Linux|X11/.test(ua)
            ? 'Linux'
            : null;
  return os ? `${browser} on ${os}` : browser;
}

// ---- Filters in the URL -----------------------------------------------------------------------------------------------

const FILTER_NAMES = ['actor_id', 'actor_type', 'account_id', 'method', 'route', 'resource_id', 'status', 'from', 'to'] as const;

function filtersOf(params: URLSearchParams): AuditFilters {
  const f: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const v = params.get(name);
    if (v) f[name] = v;
  }
  return f as AuditFilters;
}

/** The "Who" select's value: a person or key (`id:…`), a kind of caller (`type:…`), or anyone (''). */
const whoValue = (f: AuditFilters) => (f.actor_id ? `id:${f.actor_id}` : f.actor_type ? `type:${f.actor_type}` : '');
/** The "What" select's value: `METHOD route`, `METHOD` alone, or ''. */
const whatValue = (f: AuditFilters) => [f.method, f.route].filter(Boolean).join(' ');

interface Actor {
  id: string;
  name: string;
  kind: 'user' | 'api_key';
}

export default function AuditPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersOf(params), [params]);
  const key = auditKeys.list(filters);
  const first = useResource(() => listAudit(filters), key);
  // Pages after the first ("Load more"), for the filters they were loaded with.
  const [more, setMore] = useState<{ key: string; entries: AuditEntry[]; done: boolean }>({ key, entries: [], done: false });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const choices = useResource(async () => {
    const [accounts, users, keys] = await Promise.all([listAccounts(), listUsers(), listApiKeys()]);
    return { accounts, users, keys };
  }, 'audit-choices');

  const extra = more.key === key ? more : { key, entries: [], done: false };
  const entries = useMemo(() => [...(first.data ?? []), ...extra.entries], [first.data, extra.entries]);
  const done = extra.entries.length ? extra.done : (first.data?.length ?? 0) < AUDIT_PAGE;

  // Who can be chosen: the account's own people and keys, and whoever the entries shown name.
  const actors = useMemo(() => {
    const byId = new Map<string, Actor>();
    for (const u of choices.data?.users ?? []) byId.set(u.id, { id: u.id, name: u.full_name || u.email, kind: 'user' });
    for (const k of choices.data?.keys ?? []) byId.set(k.id, { id: k.id, name: `${k.name} (${k.prefix}…)`, kind: 'api_key' });
    for (const e of entries) {
      if (e.actor_id && !byId.has(e.actor_id) && (e.actor_type === 'user' || e.actor_type === 'api_key')) {
        byId.set(e.actor_id, { id: e.actor_id, name: whoText(e), kind: e.actor_type });
      }
    }
    if (filters.actor_id && !byId.has(filters.actor_id))
      byId.set(filters.actor_id, { id: filters.actor_id, name: 'The chosen caller', kind: 'user' });
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [choices.data, entries, filters.actor_id]);

  function update(changes: Partial<Record<(typeof FILTER_NAMES)[number], string | undefined>>) {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next, { replace: true });
  }

  async function loadMore() {
    const last = entries.at(-1);
    if (!last) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await listAudit(filters, last.id);
      setMore({ key, entries: [...extra.entries, ...page], done: page.length < AUDIT_PAGE });
    } catch (err) {
      setMoreError(messageOf(err));
    } finally {
      setLoadingMore(false);
    }
  }

  const filtered = FILTER_NAMES.some((n) => params.get(n));
  const accountChoices = [
    { id: session.account.id, name: session.account.name },
    ...(choices.data?.accounts ?? []).map((a) => ({ id: a.id, name: accountName(a) })),
  ];

  const columns: Array<Column<AuditEntry>> = [
    {
      header: 'When',
      rowHeader: true,
      className: 'nowrap',
      cell: (e) => <time dateTime={e.at}>{formatDateTime(e.at)}</time>,
    },
    {
      header: 'Who',
      cell: (e) => <Who entry={e} onlyThis={() => update({ actor_id: e.actor_id ?? undefined, actor_type: undefined })} />,
    },
    {
      header: 'Account',
      cell: (e) => e.account_name ?? '—',
    },
    {
      header: 'What',
      cell: (e) => <What entry={e} />,
    },
    {
      header: 'Resource',
      cell: (e) =>
        e.resource_id ? (
          <button
            type="button"
            className="audit-link audit-code"
            title={`${e.resource_id}: show every write to it`}
            onClick={() => update({ resource_id: e.resource_id ?? undefined })}
          >
            {e.resource_id.slice(0, 8)}
          </button>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      header: 'Result',
      cell: (e) => {
        const r = resultOf(e.status);
        return (
          <span className={`audit-result audit-result-${r.tone}`} data-testid="audit-result">
            {r.text} <span className="audit-status">{e.status}</span>
          </span>
        );
      },
    },
    {
      header: 'From',
      cell: (e) => (
        <span className="audit-from">
          <span>{e.ip ?? '—'}</span>
          {e.user_agent && (
            <span className="muted small" title={e.user_agent}>
              {shortAgent(e.user_agent)}
            </span>
          )}
        </span>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Audit"
        subtitle="Every change made through Canopy in your account and your customers' accounts: who, what, when and from where."
      />
      <section className="card" aria-labelledby="audit-filters-title">
        <h2 id="audit-filters-title" className="sr-only">
          Filters
        </h2>
        <div className="filters audit-filters" data-testid="audit-filters">
          <div className="field">
            <label htmlFor="audit-who">Who</label>
            <select
              id="audit-who"
              value={whoValue(filters)}
              onChange={(ev) => {
                const [kind, value] = ev.target.value.split(':') as [string, string | undefined];
                update(kind === 'id' ? { actor_id: value, actor_type: undefined } : { actor_type: value, actor_id: undefined });
              }}
            >
              <option value="">Anyone</option>
              <option value="type:user">Any person (signed in)</option>
              <option value="type:api_key">Any API key</option>
              <optgroup label="People">
                {actors
                  .filter((a) => a.kind === 'user')
                  .map((a) => (
                    <option key={a.id} value={`id:${a.id}`}>
                      {a.name}
                    </option>
                  ))}
              </optgroup>
              <optgroup label="API keys">
                {actors
                  .filter((a) => a.kind === 'api_key')
                  .map((a) => (
                    <option key={a.id} value={`id:${a.id}`}>
                      {a.name}
                    </option>
                  ))}
              </optgroup>
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-account">Account</label>
            <select id="audit-account" value={filters.account_id ?? ''} onChange={(ev) => update({ account_id: ev.target.value })}>
              <option value="">All accounts</option>
              {accountChoices.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
              {filters.account_id && !accountChoices.some((a) => a.id === filters.account_id) && (
                <option value={filters.account_id}>The chosen account</option>
              )}
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-what">What</label>
            <select
              id="audit-what"
              value={whatValue(filters)}
              onChange={(ev) => {
                const [method, route] = ev.target.value.split(' ');
                update({ method, route });
              }}
            >
              <option value="">Anything</option>
              <optgroup label="Any change of a kind">
                {METHOD_CHOICES.map(([method, label]) => (
                  <option key={method} value={method}>
                    {label}
                  </option>
                ))}
              </optgroup>
              <optgroup label="One kind of change">
                {WHAT_CHOICES.map(([method, route]) => (
                  <option key={`${method} ${route}`} value={`${method} ${route}`}>
                    {describeWrite(method, route)}
                  </option>
                ))}
                {filters.route && !WHAT_CHOICES.some(([m, r]) => m === filters.method && r === filters.route) && (
                  <option value={whatValue(filters)}>{whatValue(filters)}</option>
                )}
              </optgroup>
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-result">Result</label>
            <select id="audit-result" value={filters.status ?? ''} onChange={(ev) => update({ status: ev.target.value })}>
              <option value="">Any result</option>
              <option value="success">Done</option>
              <option value="failure">Refused or failed</option>
              {filters.status && !['success', 'failure'].includes(filters.status) && (
                <option value={filters.status}>Status {filters.status}</option>
              )}
            </select>
          </div>
          <div className="field audit-date">
            <label htmlFor="audit-from">From</label>
            <input
              id="audit-from"
              type="date"
              value={filters.from ?? ''}
              max={filters.to}
              onChange={(ev) => update({ from: ev.target.value })}
            />
          </div>
          <div className="field audit-date">
            <label htmlFor="audit-to">To</label>
            <input
              id="audit-to"
              type="date"
              value={filters.to ?? ''}
              min={filters.from}
              onChange={(ev) => update({ to: ev.target.value })}
            />
          </div>
        </div>
        {(filters.resource_id || filtered) && (
          <div className="audit-active">
            {filters.resource_id && (
              <span className="audit-chip" data-testid="audit-resource-filter">
                Writes to <span className="audit-code">{filters.resource_id.slice(0, 8)}</span>
                <button
                  type="button"
                  className="btn btn-small btn-ghost"
                  aria-label="Show writes to any resource"
                  onClick={() => update({ resource_id: undefined })}
                >
                  ×
                </button>
              </span>
            )}
            {filtered && (
              <button
                type="button"
                className="btn btn-small btn-secondary"
                onClick={() => setParams(new URLSearchParams(), { replace: true })}
              >
                Clear filters
              </button>
            )}
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="audit-list-title">
        <div className="card-head">
          <h2 id="audit-list-title">{filtered ? 'Matching changes' : 'Recent changes'}</h2>
          <span className="muted small">Days and times are London time.</span>
        </div>
        <Async data={first.data} error={first.error} reload={first.reload} label="Loading the audit log…">
          {() => (
            <>
              <DataTable
                rows={entries}
                columns={columns}
                rowKey={(e) => String(e.id)}
                testId="audit-table"
                caption="Changes, newest first"
                rowProps={(e) => ({ 'data-testid': 'audit-row', 'data-entry-id': e.id })}
                empty={filtered ? 'No changes match these filters.' : 'No changes recorded yet.'}
              />
              {entries.length > 0 && (
                <div className="audit-more">
                  {done ? (
                    <p className="muted small" data-testid="audit-end">
                      That is every matching change.
                    </p>
                  ) : (
                    <button
                      type="button"
                      className="btn btn-secondary"
                      onClick={loadMore}
                      disabled={loadingMore}
                      data-testid="audit-load-more"
                    >
                      {loadingMore ? 'Loading…' : 'Load more'}
                    </button>
                  )}
                  {moreError && (
                    <p className="notice notice-error" role="alert">
                      Could not load more: {moreError}
                    </p>
                  )}
                </div>
              )}
            </>
          )}
        </Async>
      </section>
    </>
  );
}

/** The actor in words: the user's name, the API key's name, or who was not signed in. */
function whoText(e: AuditEntry): string {
  if (e.actor_type === 'anonymous') return 'Not signed in';
  if (e.actor_name) return e.actor_name;
  return e.actor_type === 'user' ? 'A removed user' : 'An API key';
}

function Who({ entry: e, onlyThis }: { entry: AuditEntry; onlyThis: () => void }) {
  const detail = e.actor_type === 'user' ? e.actor_email : e.actor_key_prefix ? `API key ${e.actor_key_prefix}…` : null;
  return (
    <span className="audit-who">
      {e.actor_id ? (
        <button
          type="button"
          className="audit-link audit-actor"
          title="Show only this caller's changes"
          onClick={onlyThis}
          data-testid="audit-actor"
        >
          {whoText(e)}
        </button>
      ) : (
        <span className="audit-actor" data-testid="audit-actor">
          {whoText(e)}
        </span>
      )}
      {detail && <span className="muted small break">{detail}</span>}
    </span>
  );
}

function What({ entry: e }: { entry: AuditEntry }) {
  const words = describeWrite(e.method, e.route);
  const technical = `${e.method} ${e.route}`;
  return (
    <span className="audit-what" data-testid="audit-what">
      {words && <span>{words}</span>}
      <span className={words ? 'muted small audit-code' : 'audit-code'}>{technical}</span>
    </span>
  );
}
