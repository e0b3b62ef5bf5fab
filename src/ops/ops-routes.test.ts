import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness/app.js';

const t = useTestApp();

describe('operations endpoints', () => {
  it('answers /healthz and /readyz without authentication', async () => {
    expect((await t.api('GET', '/healthz')).json).toEqual({ status: 'ok' });
    const ready = await t.api('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.json).toEqual({ status: 'ready', database: 'ok' });
  });

  it('serves Prometheus metrics that count the requests it served', async () => {
    await t.api('GET', '/v1/account');
    const res = await t.api('GET', '/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    expect(res.text).toMatch(/^# HELP /m);
    expect(res.text).toMatch(/canopy_http_requests_total\{[^}]*route="\/v1\/account"[^}]*status="401"[^}]*\} [1-9]/);
    expect(res.text).toContain('process_resident_memory_bytes');
  });
});
