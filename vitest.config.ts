import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/harness/global-setup.ts'],
    // Fails any connection a test makes to anything but this machine (test/harness/network-guard.ts).
    setupFiles: ['test/harness/network-guard.ts'],
    pool: 'forks',
    // global.gc for memory measurements that count what is retained, not garbage a busy machine collects late.
    execArgv: ['--expose-gc'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests must not depend on the machine's time zone.
    env: { TZ: 'UTC' },
  },
});
