import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../harness/app.js';

const t = useTestApp();

type Operation = {
  responses?: Record<string, { content?: Record<string, { schema?: unknown; example?: unknown; examples?: unknown }> }>;
  requestBody?: unknown;
};
type Spec = { openapi: string; paths: Record<string, Record<string, Operation>> };

/** Fastify's /v1/things/:id → OpenAPI's /v1/things/{id}. */
function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z_]+)/g, '{$1}').replace(/\*$/, '{*}');
}

function hasExample(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  if ('example' in value || 'examples' in value) return true;
  return Object.values(value).some(hasExample);
}

describe('OpenAPI', () => {
  it('is valid OpenAPI 3.1, public, and served with Swagger UI', async () => {
    const res = await t.api('GET', '/openapi.json');
    expect(res.status).toBe(200);
    const spec = res.json as Spec;
    expect(spec.openapi).toBe('3.1.0');
    const result = await new Validator().validate(spec as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const docs = await t.api('GET', '/docs/', { headers: { accept: 'text/html' } });
    expect(docs.status).toBe(200);
    expect(docs.text).toMatch(/swagger/i);
  });

  it('documents every route the server registers, with a response schema, the errors and an example', async () => {
    const spec = (await t.api('GET', '/openapi.json')).json as Spec;
    const routes = t
      .app()
      .routes()
      .filter((r) => !r.hidden && r.method !== 'HEAD' && r.method !== 'OPTIONS');
    expect(routes.length).toBeGreaterThan(60);
    const missing: string[] = [];
    const incomplete: string[] = [];
    for (const r of routes) {
      const op = spec.paths[openApiPath(r.url)]?.[r.method.toLowerCase()];
      if (!op) {
        missing.push(`${r.method} ${r.url}`);
        continue;
      }
      const success = Object.entries(op.responses ?? {}).find(([status]) => /^2/.test(status))?.[1];
      const problems = [
        !success?.content?.['application/json']?.schema &&
        !['text/html', 'application/pdf', 'application/zip', 'text/plain'].some((type) => success?.content?.[type])
          ? 'no success schema'
          : '',
        !op.responses?.['404'] ? 'no error responses' : '',
        !hasExample(op) ? 'no example' : '',
      ].filter(Boolean);
      if (problems.length) incomplete.push(`${r.method} ${r.url}: ${problems.join(', ')}`);
    }
    expect(missing).toEqual([]);
    expect(incomplete).toEqual([]);
    // And nothing documented that the server does not serve.
    const served = new Set(routes.map((r) => `${r.method.toLowerCase()} ${openApiPath(r.url)}`));
    const documented = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => m !== 'parameters')
        .map((m) => `${m} ${path}`),
    );
    expect(documented.filter((d) => !served.has(d))).toEqual([]);
  });
});
