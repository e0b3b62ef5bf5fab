import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';

const t = useTestApp();
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const RUNS_PER_ROUTE = 64;

/**
 * A fingerprint of every table's content, except what records use by design: the audit log (every attempt) and an API
 * key's last_used_at (refreshed once a minute of use: this test runs for longer than that).
 */
async function fingerprint(): Promise<Record<string, string>> {
  const db = t.app().db;
  const tables = await sql<{ tablename: string }>`SELECT tablename FROM pg_tables
    WHERE schemaname = 'public' AND tablename NOT IN ('audit_log', 'kysely_migration', 'kysely_migration_lock') ORDER BY 1`.execute(db);
  const out: Record<string, string> = {};
  for (const { tablename } of tables.rows) {
    const r = await sql<{
      h: string | null;
    }>`SELECT md5(string_agg(y::text, '|' ORDER BY y::text)) AS h
      FROM (SELECT to_jsonb(x) - 'last_used_at' AS y FROM ${sql.table(tablename)} AS x) t`.execute(db);
    out[tablename] = r.rows[0]?.h ?? 'empty';
  }
  return out;
}

/** Bodies no route accepts: not objects, or objects with none of the names any route reads (required ones missing). */
const badObject = fc.dictionary(
  fc.string({ maxLength: 8 }).map((k) => `zz_${k}`),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 4 },
);
const notAnObject = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.string({ maxLength: 20 }),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
);
// (An empty body is no body, which routes without one accept: not malformed.)
const rawJunk = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }).filter((x) => x.trim() !== ''),
  fc.constantFrom('{', '{"a":', '[1,2', '{"name": "x",}', 'nul', '{"__proto__": {"x": 1}}', '{"constructor": {"prototype": {"x": 1}}}'),
);
const junkId = fc.oneof(
  fc.uuid(),
  fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent),
  fc.constantFrom('..', '%00', '0', '-1', 'null', "1' OR '1'='1"),
);
const junkQuery = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 30 }).map((s) => `?${encodeURIComponent(s)}=${encodeURIComponent(s)}`),
  fc.constantFrom('?start_date=2026-99-99', '?limit=-5', '?period=hourly', '?a[b]=c'),
);

describe('malformed input to every write route', () => {
  it('always gets a 4xx with a JSON error, never a 5xx, and changes nothing', async () => {
    const owner = await buildAccount(t.app(), { name: 'Fuzz MPS' });
    const key = owner.api_key;
    const routes = t
      .app()
      .routes()
      .filter((r) => WRITE.has(r.method) && r.url.startsWith('/v1/'));
    expect(routes.length).toBeGreaterThan(45);

    // Routes that accept an empty object as a valid body (e.g. a key with a default name) only get non-objects.
    const emptyOk = new Set<string>();
    for (const r of routes.filter((r) => !r.url.includes(':'))) {
      const res = await t.api(r.method, r.url, { key, body: {} });
      if (res.status < 300) emptyOk.add(`${r.method} ${r.url}`);
    }
    await t.api('GET', '/v1/account', { key }); // the key's last use is recorded now, not during the run
    const before = await fingerprint();

    // First (before the fuzz below spends the public routes' own rate limits): NUL bytes and lone surrogates: in every
    // documented body field, in a raw JSON value, in a path parameter or the query. Always the one text rule's 400
    // (PostgreSQL would have failed on a NUL with a 500), never a change.
    const doc = (await t.api('GET', '/openapi.json')).json as OpenApiDoc;
    // Every documented JSON body yields the fields to try: a schema this reader cannot walk would leave a route with
    // only the stand-in field "name" below, and its real fields untested.
    const withBody = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op.requestBody?.content?.['application/json'])
        .map(([m]) => [m.toUpperCase(), p.replace(/\{([a-z_]+)\}/g, ':$1')] as const),
    );
    expect(withBody.length).toBeGreaterThan(20);
    expect(withBody.filter(([m, u]) => bodyFields(doc, m, u).length === 0).map(([m, u]) => `${m} ${u}`)).toEqual([]);
    const textFailures: string[] = [];
    const textRequests = new Map<string, number>();
    let fieldCases = 0;
    for (const r of routes) {
      const fields = bodyFields(doc, r.method, r.url);
      fieldCases += fields.length;
      const concrete = r.url.replace(/:[a-z_]+/g, () => randomUUID());
      const cases: Array<{ path: string; body?: unknown; raw?: string }> = [
        ...(fields.length ? fields : ['name']).map((f) => ({ path: concrete, body: { [f]: 'a\u0000b' } })),
        { path: concrete, raw: `{"${fields[0] ?? 'name'}": "x\\udc00y"}` },
        r.url.includes(':')
          ? { path: r.url.replace(/:[a-z_]+/, '%00').replace(/:[a-z_]+/g, () => randomUUID()) }
          : { path: `${concrete}?q=%00` },
      ];
      for (const c of cases) {
        const res =
          c.raw !== undefined
            ? await t.api(r.method, c.path, { key, rawBody: c.raw, headers: { 'content-type': 'application/json' } })
            : await t.api(r.method, c.path, { key, ...(c.body !== undefined ? { body: c.body } : {}) });
        textRequests.set(`${r.method} ${r.url}`, (textRequests.get(`${r.method} ${r.url}`) ?? 0) + 1);
        const error = res.status === 400 ? (JSON.parse(res.text) as { error?: string }).error : undefined;
        if (!error?.endsWith(': must not contain NUL bytes or unpaired surrogates'))
          textFailures.push(`${r.method} ${c.path} ${JSON.stringify(c.body ?? c.raw)} → ${res.status} ${res.text.slice(0, 120)}`);
      }
    }
    expect(textFailures.slice(0, 20)).toEqual([]);
    // Every route was sent its cases: one per documented body field (or the stand-in), a raw value, a path or query.
    expect(routes.filter((r) => (textRequests.get(`${r.method} ${r.url}`) ?? 0) < 3).map((r) => `${r.method} ${r.url}`)).toEqual([]);
    // And the write routes' documented fields were the ones tried: the routes with a body have more than one each.
    const writeBodies = routes.filter((r) => withBody.some(([m, u]) => m === r.method && u === r.url));
    expect(writeBodies.length).toBeGreaterThan(20);
    expect(fieldCases).toBeGreaterThan(writeBodies.length);

    let requests = 0;
    const failures: string[] = [];
    for (const r of routes) {
      const bodies = emptyOk.has(`${r.method} ${r.url}`) ? notAnObject : fc.oneof(badObject, notAnObject);
      await fc
        .assert(
          fc.asyncProperty(
            fc.tuple(junkId, junkId),
            fc.oneof(
              bodies.map((b) => ({ body: b })),
              rawJunk.map((raw) => ({ raw })),
            ),
            junkQuery,
            async ([id1, id2], input, query) => {
              let n = 0;
              const path = r.url.replace(/:[a-z_]+/g, () => (n++ === 0 ? id1 : id2)) + query;
              const res =
                'raw' in input
                  ? await t.api(r.method, path, { key, rawBody: input.raw, headers: { 'content-type': 'application/json' } })
                  : await t.api(r.method, path, { key, body: input.body });
              requests++;
              let error: unknown;
              try {
                error = JSON.parse(res.text).error;
              } catch {
                error = undefined;
              }
              const ok = res.status >= 400 && res.status < 500 && typeof error === 'string' && error.length > 0;
              if (!ok) failures.push(`${r.method} ${path} ${JSON.stringify(input).slice(0, 80)} → ${res.status} ${res.text.slice(0, 120)}`);
              return ok;
            },
          ),
          { numRuns: RUNS_PER_ROUTE, seed: 20261129 },
        )
        .catch(() => undefined); // failures are collected above, so one report lists them all
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(requests).toBe(routes.length * RUNS_PER_ROUTE); // thousands: 64 for each of the ~50 write routes

    expect(await fingerprint()).toEqual(before);
  }, 120_000); // thousands of requests: about 25 s on an idle machine, close to the default 30 s
});

interface OpenApiDoc {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: SchemaNode }> } }>>;
  components?: { schemas?: Record<string, SchemaNode> };
}
interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
}

/** The body property names the OpenAPI document gives a route (Fastify's :param becomes {param}). */
function bodyFields(doc: OpenApiDoc, method: string, url: string): string[] {
  const op = doc.paths[url.replace(/:([a-z_]+)/g, '{$1}')]?.[method.toLowerCase()];
  const seen = new Set<string>();
  const walk = (node: SchemaNode | undefined, depth = 0): void => {
    if (!node || depth > 5) return;
    if (node.$ref) {
      walk(doc.components?.schemas?.[node.$ref.split('/').pop()!], depth + 1);
      return;
    }
    for (const k of Object.keys(node.properties ?? {})) seen.add(k);
    for (const n of [...(node.allOf ?? []), ...(node.anyOf ?? [])]) walk(n, depth + 1);
  };
  walk(op?.requestBody?.content?.['application/json']?.schema);
  return [...seen];
}
