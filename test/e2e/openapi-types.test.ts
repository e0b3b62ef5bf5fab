import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, SCHEMA_FILE } from '../../scripts/openapi-types.js';

// The dashboard's API types (web/src/api/schema.d.ts) are generated from the server's OpenAPI document and committed:
// they must be what the server publishes now. No database is involved: the script starts the app without one.
describe('the dashboard API types', () => {
  it('are generated from the current OpenAPI document', async () => {
    const [expected, committed] = await Promise.all([generateApiTypes(), fs.readFile(SCHEMA_FILE, 'utf8').catch(() => '')]);
    if (committed === expected) return;
    const a = committed.split('\n');
    const b = expected.split('\n');
    let line = 0;
    while (line < a.length && line < b.length && a[line] === b[line]) line++;
    expect.fail(
      `web/src/api/schema.d.ts differs from the server's OpenAPI document (first at line ${line + 1}: ` +
        `${JSON.stringify(a[line] ?? '<end>')} ` +
        `instead of ${JSON.stringify(b[line] ?? '<end>')}): run npm run api-types`,
    );
  });
});
