/**
 * Lines of the project's TypeScript are at most 140 characters (the formatter wraps code; strings, comments and
 * templates are wrapped by hand). Part of `npm run lint`; exits non-zero with one line per offender.
 */
import fs from 'node:fs';
import path from 'node:path';

export const MAX_LINE = 140;
const ROOTS = ['src', 'test', 'bench', 'scripts', 'web/src', 'bin'];
const GENERATED = new Set([path.join('web', 'src', 'api', 'schema.d.ts')]);

export function longLines(root = process.cwd()): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|js|mjs)$/.test(entry.name) && !GENERATED.has(rel)) {
        fs.readFileSync(full, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if ([...line].length > MAX_LINE) out.push(`${rel}:${i + 1}: ${[...line].length} characters (at most ${MAX_LINE})`);
          });
      }
    }
  };
  for (const r of ROOTS) walk(path.join(root, r));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = longLines();
  for (const line of found) console.error(line);
  process.exit(found.length ? 1 : 0);
}
