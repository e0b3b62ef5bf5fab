import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';

/**
 * Impact beyond trees (issue 18): a certificate's equivalents are its pages × the factor set it was issued with, and
 * stay so after the platform adds a newer set; certificates issued afterwards, accounts and volume use the newest.
 * Every expected figure is worked by hand from literal page counts and literal factors.
 */
let now = new Date('2026-03-12T09:00:00Z');
const clock: Clock = { now: () => now };
const t = useTestApp({ clock });

/** The figures of the version this test adds (literal: the test's own). */
const V1 = {
  version: 'test-2026.1',
  name: 'Test factors 2026',
  co2e_kg: 0.02,
  water_l: 8,
  energy_kwh: 0.04,
  wood_kg: 0.011,
  sources: { co2e_kg: 'Test source A', water_l: 'Test source B', energy_kwh: 'Test source C', wood_kg: 'Test source D' },
};

describe('impact equivalents', () => {
  const s = {} as { platformKey: string; providerKey: string; customerId: string; febId: string; febBefore: Record<string, unknown> };

  it('certificates issued before a new factor set keep theirs', async () => {
    const platform = await buildAccount(t.app(), { name: 'Canopy Platform', role: 'platform' });
    s.platformKey = platform.api_key;
    const provider = await buildAccount(t.app(), { name: 'Impact MPS' });
    s.providerKey = provider.api_key;
    const customer = await t.api('POST', '/v1/accounts', { key: s.providerKey, body: { name: 'Hartley & Vane' } });
    s.customerId = customer.json.id;
    const dep = await t.api('POST', `/v1/accounts/${s.customerId}/deposits`, {
      key: s.providerKey,
      body: { pages: 12_480, date: '2026-02-10' },
    });
    expect(dep.status, dep.text).toBe(201);
    await t.app().services.monthClose.closeDue();
    const certs = (await t.api('GET', `/v1/accounts/${s.customerId}/certificates`, { key: s.providerKey })).json;
    expect(certs).toHaveLength(1);
    const feb = certs[0];
    const shipped = (await t.api('GET', '/v1/impact-factors', { key: s.providerKey })).json[0];
    expect(feb.factors_version).toBe(shipped.version);
    // The shipped set's figures are data; the product 12,480 × figure is checked by the second arithmetic below.
    for (const k of ['co2e_kg', 'water_l', 'energy_kwh', 'wood_kg'] as const) {
      expect([k, feb[k]]).toEqual([k, Number((Math.round(12_480 * shipped[k] * 100 + 1e-9) / 100).toFixed(2))]);
    }
    s.febId = feb.id;
    s.febBefore = feb;
  });

  it('only the platform adds a version; bad input and an existing version change nothing', async () => {
    const denied = await t.api('POST', '/v1/impact-factors', { key: s.providerKey, body: V1 });
    expect(denied.status).toBe(403);
    const bad = await t.api('POST', '/v1/impact-factors', { key: s.platformKey, body: { ...V1, co2e_kg: -1 } });
    expect([bad.status, bad.json.error]).toEqual([400, expect.stringMatching(/co2e_kg/)]);
    const badVersion = await t.api('POST', '/v1/impact-factors', { key: s.platformKey, body: { ...V1, version: 'Not A Version!' } });
    expect(badVersion.status).toBe(400);
    expect((await t.api('GET', '/v1/impact-factors', { key: s.providerKey })).json).toHaveLength(1);

    const added = await t.api('POST', '/v1/impact-factors', { key: s.platformKey, body: V1 });
    expect(added.status, added.text).toBe(201);
    expect(added.json).toMatchObject({ ...V1, method_url: '/impact' });
    const again = await t.api('POST', '/v1/impact-factors', { key: s.platformKey, body: { ...V1, co2e_kg: 0.5 } });
    expect(again.status).toBe(409);
    const list = (await t.api('GET', '/v1/impact-factors', { key: s.providerKey })).json;
    expect(list.map((f: { version: string }) => f.version)[0]).toBe(V1.version);
    expect(list[0].co2e_kg).toBe(0.02);
    // A factor set never changes, even from inside the database.
    await expect(
      t.app().db.updateTable('impact_factor_sets').set({ name: 'x' }).where('version', '=', V1.version).execute(),
    ).rejects.toThrow(/never change/);
  });

  it('the earlier certificate is unchanged; the next one uses the new set: pages × factor, by hand', async () => {
    const feb = (await t.api('GET', `/v1/certificates/${s.febId}`, { key: s.providerKey })).json;
    expect(feb).toEqual(s.febBefore);

    await t.api('POST', `/v1/accounts/${s.customerId}/deposits`, { key: s.providerKey, body: { pages: 8_333, date: '2026-03-05' } });
    now = new Date('2026-04-14T09:00:00Z');
    await t.app().services.monthClose.closeDue();
    const certs = (await t.api('GET', `/v1/accounts/${s.customerId}/certificates`, { key: s.providerKey })).json as Array<
      Record<string, unknown>
    >;
    const march = certs.find((c) => String(c.period_start).startsWith('2026-03'))!;
    // 8,333 × 0.02 = 166.66; × 8 = 66,664; × 0.04 = 333.32; × 0.011 = 91.663 → 91.66
    expect(march).toMatchObject({
      pages: 8333,
      factors_version: V1.version,
      co2e_kg: 166.66,
      water_l: 66_664,
      energy_kwh: 333.32,
      wood_kg: 91.66,
    });
  });

  it('accounts and volume use the newest set', async () => {
    const account = (await t.api('GET', `/v1/accounts/${s.customerId}`, { key: s.providerKey })).json;
    // Lifetime 12,480 + 8,333 = 20,813 pages: × 0.02 = 416.26; × 8 = 166,504; × 0.04 = 832.52; × 0.011 = 228.943 → 228.94
    expect(account).toMatchObject({
      ltd_pages: 20_813,
      ltd_co2e_kg: 416.26,
      ltd_water_l: 166_504,
      ltd_energy_kwh: 832.52,
      ltd_wood_kg: 228.94,
      factors_version: V1.version,
    });
    const volume = (
      await t.api('GET', `/v1/accounts/${s.customerId}/volume?period=monthly&start_date=2026-02-01&end_date=2026-03-31`, {
        key: s.providerKey,
      })
    ).json as Array<{ pages: number; co2e_kg: number; water_l: number; factors_version: string }>;
    expect(volume.map((v) => [v.pages, v.co2e_kg, v.water_l, v.factors_version])).toEqual([
      [12_480, 249.6, 99_840, V1.version], // 12,480 × 0.02 = 249.6; × 8 = 99,840
      [8_333, 166.66, 66_664, V1.version],
    ]);
  });

  it('the certificate page shows the equivalents with their factor set and the method; the method page lists both', async () => {
    const cert = (await t.api('GET', `/v1/accounts/${s.customerId}/certificates`, { key: s.providerKey })).json.find(
      (c: { factors_version: string }) => c.factors_version === V1.version,
    );
    const page = await t.api('GET', new URL(cert.url).pathname, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    // As a certificate shows them: whole numbers from 100 up (166.66 → 167, 333.32 → 333), two decimals below.
    for (const text of ['167 kg CO₂e', '66,664 litres', '333 kWh', '91.66 kg', `impact factors ${V1.version}`]) {
      expect(page.text).toContain(text);
    }
    expect(page.text).toContain(`/impact#${V1.version}`);

    const method = await t.api('GET', '/impact', { headers: { accept: 'text/html' } });
    expect(method.status).toBe(200);
    expect(method.text).toContain(`id="${V1.version}"`);
    expect(method.text).toContain('Test source A');
    expect(method.text).toContain(`id="${s.febBefore.factors_version}"`);
  });
});
