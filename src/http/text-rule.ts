/**
 * The text every route accepts: any Unicode except NUL (U+0000), which PostgreSQL cannot store in text (a request
 * carrying one would fail deep inside a query), and unpaired UTF-16 surrogates, which are not Unicode at all and
 * would be silently replaced on the way to UTF-8. Applied once to every route's params, query and body (server.ts),
 * keys included, so no schema and no future field can forget it.
 */
export const UNSAFE_TEXT_MESSAGE = 'must not contain NUL bytes or unpaired surrogates';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isSafeText(s: string): boolean {
  return !s.includes('\u0000') && !LONE_SURROGATE.test(s);
}

/** The dotted path of the first unsafe string (a value or a key) in a parsed request part, or undefined. */
export function firstUnsafeText(value: unknown, path = '', depth = 0): string | undefined {
  if (typeof value === 'string') return isSafeText(value) ? undefined : path || 'value';
  if (!value || typeof value !== 'object' || depth > 64) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (!isSafeText(key)) return path ? `${path}.(a key)` : '(a key)';
    const bad = firstUnsafeText(inner, at, depth + 1);
    if (bad) return bad;
  }
  return undefined;
}
