import { describe, expect, it } from 'vitest';
import { accountToApi } from './account.js';
import { generateApiKey, hashApiKey, looksLikeApiKey } from './api-key.js';
import { hashPassword, verifyPassword } from '../access/password.js';
import { keyFromAuthorization } from '../http/auth.js';

describe('API keys', () => {
  it('are random, recognisable and stored as a SHA-256', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.key).not.toBe(b.key);
    expect(looksLikeApiKey(a.key)).toBe(true);
    expect(a.hash).toBe(hashApiKey(a.key));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.key.startsWith(a.prefix)).toBe(true);
    expect(looksLikeApiKey('cnp_short')).toBe(false);
  });

  it('are read from Bearer and Basic authorization headers', () => {
    expect(keyFromAuthorization('Bearer abc')).toBe('abc');
    expect(keyFromAuthorization('bearer  abc')).toBe('abc');
    expect(keyFromAuthorization(`Basic ${Buffer.from('abc:').toString('base64')}`)).toBe('abc');
    expect(keyFromAuthorization(`Basic ${Buffer.from('abc').toString('base64')}`)).toBe('abc');
    expect(keyFromAuthorization('Digest abc')).toBeUndefined();
    expect(keyFromAuthorization(undefined)).toBeUndefined();
  });
});

describe('passwords', () => {
  it('verify only the right password', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).not.toContain('correct horse');
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('wrong horse', stored)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});

describe('trees', () => {
  it('appear on the account with the lifetime aliases', () => {
    const api = accountToApi(
      {
        id: 'a',
        parent_id: null,
        ancestry: ['a'],
        name: 'n',
        display_name: null,
        role: 'provider',
        external_id: null,
        status: 'active',
        created_at: new Date('2026-01-02T03:04:05.678Z'),
        activated_at: null,
        deactivated_at: null,
        accounts_count: 0,
        users_count: 0,
      },
      { mtd: 1234, qtd: 12345, ytd: 123456, ltd: 1234567 },
      { version: 'test-1', co2e_kg: 0.0127, water_l: 10, energy_kwh: 0.05, wood_kg: 0.0125 },
    );
    expect(api).toMatchObject({
      created_at: '2026-01-02T03:04:05Z',
      mtd_trees: 0.15,
      ltd_pages: 1234567,
      lifetime_pages: 1234567,
      lifetime_trees: 148.15,
      // By hand: 1,234 × 0.0127 = 15.6718 → 15.67; 1,234,567 × 0.0127 = 12,345.67 + 3,333.3309 = 15,679.0009 → 15,679;
      // 123,456 × 10; 12,345 × 0.05; 1,234,567 × 0.0125 = 15,432.0875 → 15,432.09
      mtd_co2e_kg: 15.67,
      ltd_co2e_kg: 15_679,
      ytd_water_l: 1_234_560,
      qtd_energy_kwh: 617.25,
      ltd_wood_kg: 15_432.09,
      factors_version: 'test-1',
    });
  });
});
