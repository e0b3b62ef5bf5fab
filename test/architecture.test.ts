import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, featureGraph, featureOf, readImportGraph, type ImportGraph } from './harness/import-graph.js';

/**
 * The shape of the house, measured on the import graph of src/ (and web/src/), read with the TypeScript parser:
 * layers from the kernel at the bottom to the CLI at the top, every import pointing down.
 */
const KERNEL = new Set([
  'errors.ts',
  'clock.ts',
  'calendar.ts',
  'trees.ts',
  'standard-pages.ts',
  'impact.ts',
  'impact-factor-sets.ts',
  'people-dates.ts',
  'access',
]);
/** Infrastructure: knows no feature. */
const INFRASTRUCTURE = new Set(['config', 'observability', 'db', 'outbound', 'connectors', 'http', 'secrets']);
/** The composition root and what runs it. */
const TOP = new Set(['jobs', 'app.ts', 'cli', 'main.ts']);
/** The domain kernel the simulator must not use (its truth is its own). */
const DOMAIN = new Set(['calendar.ts', 'trees.ts', 'standard-pages.ts', 'impact.ts', 'impact-factor-sets.ts']);

const src = readImportGraph('src');
const features = featureGraph(src);
const layerOf = (f: string) => (KERNEL.has(f) ? 'kernel' : INFRASTRUCTURE.has(f) ? 'infrastructure' : TOP.has(f) ? 'top' : 'feature');

function violations(graph: ImportGraph, allowed: (from: string, to: string) => boolean): string[] {
  const out: string[] = [];
  for (const [file, targets] of graph.imports) for (const t of targets) if (!allowed(file, t)) out.push(`${file} → ${t}`);
  return out;
}

/** The longest chain of features (kernel, infrastructure and top excluded), and whether the feature graph is acyclic. */
function featureLayers(): { chain: string[]; cyclic: string[] } {
  const only = [...features.keys()].filter((f) => layerOf(f) === 'feature');
  const memo = new Map<string, string[]>();
  const cyclic: string[] = [];
  const visiting = new Set<string>();
  const chain = (f: string): string[] => {
    if (memo.has(f)) return memo.get(f)!;
    if (visiting.has(f)) {
      cyclic.push(f);
      return [];
    }
    visiting.add(f);
    let best: string[] = [];
    for (const t of features.get(f) ?? [])
      if (layerOf(t) === 'feature') {
        const c = chain(t);
        if (c.length > best.length) best = c;
      }
    visiting.delete(f);
    memo.set(f, [f, ...best]);
    return memo.get(f)!;
  };
  let longest: string[] = [];
  for (const f of only) {
    const c = chain(f);
    if (c.length > longest.length) longest = c;
  }
  return { chain: longest, cyclic };
}

describe('architecture', () => {
  it('has no import cycle in src/ or web/src/', () => {
    expect(cycles(src)).toEqual([]);
    expect(cycles(readImportGraph('web/src'))).toEqual([]);
  });

  it('resolves every relative import of src/ and web/src/ to a file (a dangling one would drop edges from every check)', () => {
    expect(src.unresolved).toEqual([]);
    expect(readImportGraph('web/src').unresolved).toEqual([]);
  });

  it('imports only downwards: the kernel imports no feature and no infrastructure; infrastructure imports no feature', () => {
    expect(
      violations(src, (from, to) => layerOf(featureOf(from)) !== 'kernel' || KERNEL.has(featureOf(to)) || to === 'db/schema.ts'),
    ).toEqual([]);
    expect(
      violations(
        src,
        (from, to) => layerOf(featureOf(from)) !== 'infrastructure' || ['kernel', 'infrastructure'].includes(layerOf(featureOf(to))),
      ),
    ).toEqual([]);
    expect(violations(src, (from, to) => layerOf(featureOf(to)) !== 'top' || TOP.has(featureOf(from)))).toEqual([]);
  });

  it('keeps features in one direction, at most 6 deep between the CLI and the kernel', () => {
    const { chain, cyclic } = featureLayers();
    expect(cyclic).toEqual([]);
    expect(chain.length, chain.join(' → ')).toBeLessThanOrEqual(6);
  });

  it('keeps the simulator free of the product: its truth is its own', () => {
    expect(
      violations(
        src,
        (from, to) =>
          featureOf(from) !== 'simulator' ||
          featureOf(to) === 'simulator' ||
          !(DOMAIN.has(featureOf(to)) || layerOf(featureOf(to)) === 'feature'),
      ),
    ).toEqual([]);
  });

  it("keeps SQL in the features' *-queries.ts files: services, routes and commands call them", () => {
    // Kysely's builders, a sql`` template (typed or not: sql<T>`…`) and the sql.raw()/sql.ref()/… helpers.
    const access = /\.(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql\s*(<[^`;]*?>\s*)?`|\bsql\.(raw|ref|id|lit|table|join|val)\(/;
    for (const caught of [
      "db.selectFrom('x')",
      'sql`select 1`',
      'sql<{ n: number }>`select 1`',
      'sql<Array<Row>>`x`',
      "sql.raw('x')",
      "sql.ref('a.b')",
    ])
      expect(access.test(caught), caught).toBe(true);
    for (const missed of ['const mysql = 1', 'sqlState`x`', 'isql.raw(x)']) expect(access.test(missed), missed).toBe(false);
    const offenders = src.files.filter((f) => {
      const layer = layerOf(featureOf(f));
      if ((layer !== 'feature' && featureOf(f) !== 'cli') || featureOf(f) === 'simulator' || f.endsWith('-queries.ts')) return false;
      return access.test(fs.readFileSync(path.join('src', f), 'utf8'));
    });
    expect(offenders).toEqual([]);
  });

  it('lets only src/deposits/ write the deposits table, and states 8,333 in one server file and one web file', () => {
    // The builders with the table named alone or aliased ('deposits as d'), and SQL text in any case.
    const table = String.raw`\(\s*['"\x60]deposits(\s+as\s+\w+)?['"\x60]\s*\)`;
    const writes = new RegExp(
      [
        `insertInto${table}`,
        `updateTable${table}`,
        `deleteFrom${table}`,
        String.raw`INSERT\s+INTO\s+deposits\b`,
        String.raw`UPDATE\s+deposits\b`,
        String.raw`DELETE\s+FROM\s+deposits\b`,
        String.raw`FROM\s+deposits\b`,
      ].join('|'),
      'i',
    );
    for (const caught of [
      "db.insertInto('deposits')",
      "db.insertInto('deposits as d')",
      'db.updateTable("Deposits as dep")',
      "db.deleteFrom( 'deposits' )",
      'sql`insert into deposits (id)`',
      'sql`update  deposits set`',
    ])
      expect(writes.test(caught), caught).toBe(true);
    for (const missed of ["db.insertInto('deposits_archive')", "db.updateTable('deposit_totals')"])
      expect(writes.test(missed), missed).toBe(false);
    const offenders = src.files.filter(
      (f) => !f.startsWith(`deposits${path.sep}`) && writes.test(fs.readFileSync(path.join('src', f), 'utf8')),
    );
    expect(offenders).toEqual([]);
    const withRule = (root: string, files: string[]) =>
      files.filter((f) => /8,?333|8_333/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(withRule('src', src.files)).toEqual(['trees.ts']);
    const web = readImportGraph('web/src');
    // The list itself, so a failure names the web files that state it.
    expect(
      withRule(
        'web/src',
        web.files.filter((f) => !f.endsWith('schema.d.ts')),
      ),
    ).toEqual(['trees.ts']);
  });
});
