import { CAPTURE_FORMAT, REDACTED, type CaptureExchange, type ConnectionProfile, type PortalCapture } from './capture-format.js';

/**
 * Records a portal session for `canopy portal capture` (capture-format.ts): the connector's answers as they came,
 * with every secret taken out. Token values are replaced in log-in answers, and any text equal to a secret (the
 * username, password, client secret, or a token the portal issued) is replaced wherever it appears.
 */
export interface CaptureRecorder {
  record(x: { method: 'GET' | 'POST'; path: string; status: number; text: string }): void;
  finish(meta: {
    capturedAt: string;
    origin: string;
    profile: ConnectionProfile;
    customers: string[];
    from: string;
    to: string;
    pseudonymise: boolean;
  }): PortalCapture;
}

const TOKEN_FIELDS = ['access_token', 'refresh_token', 'id_token'];
const MAX_TEXT = 2_000;
export const PSEUDONYMOUS_ORIGIN = 'https://portal.example';

export function createCaptureRecorder(secrets: Array<string | null | undefined>): CaptureRecorder {
  const exchanges: CaptureExchange[] = [];
  const known = new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= 3));

  return {
    record({ method, path, status, text }) {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = text.slice(0, MAX_TEXT);
      }
      if (method === 'POST' && body && typeof body === 'object' && !Array.isArray(body)) {
        const record = { ...(body as Record<string, unknown>) };
        for (const f of TOKEN_FIELDS) {
          if (typeof record[f] === 'string') {
            known.add(record[f] as string);
            record[f] = REDACTED;
          }
        }
        body = record;
      }
      exchanges.push({ method, path, status, body });
    },

    finish(meta) {
      const scrub = (value: unknown): unknown => {
        if (typeof value === 'string') {
          let out = value;
          for (const secret of known) out = out.split(secret).join(REDACTED);
          return out;
        }
        if (Array.isArray(value)) return value.map(scrub);
        if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v)]));
        return value;
      };
      let scrubbed = exchanges.map((x) => ({ ...x, path: scrub(x.path) as string, body: scrub(x.body) }));
      if (meta.pseudonymise) scrubbed = pseudonymiseNames(scrubbed, meta.origin);
      return {
        format: CAPTURE_FORMAT,
        captured_at: meta.capturedAt,
        origin: meta.pseudonymise ? PSEUDONYMOUS_ORIGIN : meta.origin,
        pseudonymised: meta.pseudonymise,
        profile: meta.profile,
        customers: meta.customers,
        from: meta.from,
        to: meta.to,
        exchanges: scrubbed,
      };
    },
  };
}

/**
 * Customer names become "Customer 1", "Customer 2", … (in the order first listed; the same name always maps alike) and
 * the portal's origin disappears from every text; ids and counters are kept, so the replay reads the same.
 */
export function pseudonymiseNames(exchanges: CaptureExchange[], origin: string): CaptureExchange[] {
  const names = new Map<string, string>();
  const alias = (name: string) => {
    if (!names.has(name)) names.set(name, `Customer ${names.size + 1}`);
    return names.get(name)!;
  };
  const renameItems = (items: unknown): unknown =>
    Array.isArray(items)
      ? items.map((item) =>
          item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string'
            ? { ...item, name: alias((item as { name: string }).name) }
            : item,
        )
      : items;
  const withoutOrigin = (value: unknown): unknown => {
    if (typeof value === 'string') return value.split(origin).join(PSEUDONYMOUS_ORIGIN);
    if (Array.isArray(value)) return value.map(withoutOrigin);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutOrigin(v)]));
    return value;
  };
  return exchanges.map((x) => {
    if (!x.path.startsWith('/api/v1/customers?')) return { ...x, body: withoutOrigin(x.body) };
    const body = Array.isArray(x.body)
      ? renameItems(x.body)
      : x.body && typeof x.body === 'object'
        ? { ...(x.body as object), items: renameItems((x.body as { items?: unknown }).items) }
        : x.body;
    return { ...x, body: withoutOrigin(body) };
  });
}
