import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.js';
import { describeConfig, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('works with no environment at all (the embedded default)', () => {
    const c = loadConfig({}, false);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.port).toBe(8443);
    expect(c.dataDir).toBe(path.resolve('data'));
    expect(c.publicUrl).toBe('https://localhost:8443');
    expect(c.tls).toBeUndefined();
  });

  it('reads every variable it documents', () => {
    const c = loadConfig(
      {
        DATABASE_URL: 'postgres://x/y',
        PORT: '9000',
        CANOPY_DATA_DIR: '/tmp/z',
        PUBLIC_URL: 'https://canopy.example.com/',
        TLS_CERT_FILE: '/c',
        TLS_KEY_FILE: '/k',
        LOG_PRETTY: 'true',
      },
      false,
    );
    expect(c).toMatchObject({
      databaseUrl: 'postgres://x/y',
      port: 9000,
      dataDir: '/tmp/z',
      publicUrl: 'https://canopy.example.com',
      tls: { certFile: '/c', keyFile: '/k' },
      logPretty: true,
    });
  });

  it('reads the bounds of manual input and the deposit ceiling, with their defaults', () => {
    expect(loadConfig({}, false)).toMatchObject({
      manualDepositMaxPages: 10_000_000,
      transactionMaxTrees: 100_000,
      depositCeilingPages: 1_000_000,
    });
    const c = loadConfig({ MANUAL_DEPOSIT_MAX_PAGES: '5000', TRANSACTION_MAX_TREES: '7', DEPOSIT_CEILING_PAGES: '25000' }, false);
    expect(c).toMatchObject({ manualDepositMaxPages: 5000, transactionMaxTrees: 7, depositCeilingPages: 25_000 });
    expect(() => loadConfig({ DEPOSIT_CEILING_PAGES: '0' }, false)).toThrow(/DEPOSIT_CEILING_PAGES/);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ TLS_CERT_FILE: '/c' }, /TLS_CERT_FILE and TLS_KEY_FILE/],
  ])('rejects %j with a clear message', (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv, false)).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv, false)).toThrow(message);
  });

  it('describes every variable for --help', () => {
    const text = describeConfig();
    for (const name of ['DATABASE_URL', 'CANOPY_DATA_DIR', 'PORT', 'TLS_CERT_FILE', 'TLS_KEY_FILE', 'LOG_LEVEL'])
      expect(text).toContain(name);
  });
});
