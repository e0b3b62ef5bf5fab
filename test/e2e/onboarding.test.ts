import { addDays, localDate } from '../../src/calendar.js';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/embedded.js';
import { buildAccount } from '../factories/accounts.js';
import { buildFeed, buildServerRow } from '../factories/servers.js';
import { useTestApp } from '../harness/app.js';
import { launchBrowser, RESULTS_DIR, signIn } from '../harness/browser.js';
import { cliEnv, runCli, startCli } from '../harness/cli.js';

// The first real start (issue 19, item 10): `canopy serve` on an empty database says how to create the first provider,
// and a provider's overview shows the onboarding checklist until its four steps are done.
const t = useTestApp();
let browser: Browser;
const dirs: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

const HINT = /canopy admin create-account --name "<your company>" --email <you@example\.com> --user-name "<your name>" --role provider/;

describe('canopy serve on an empty database', () => {
  it('prints how to create the first provider, and no longer once an account exists', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-onboarding-'));
    await fs.chmod(dataDir, 0o755);
    dirs.push(dataDir);
    const port = await freePort();
    const env = cliEnv({ CANOPY_DATA_DIR: dataDir, PORT: String(port) });

    const first = await startCli(['serve'], env, /Then sign in at https:\/\/localhost:\d+\/login/);
    try {
      expect(first.output()).toMatch(HINT);
      expect(first.output()).toContain(`Then sign in at https://localhost:${port}/login`);
      expect(first.output().match(/No account exists yet/g)).toHaveLength(1);
      const made = await runCli(
        [
          'admin',
          'create-account',
          '--name',
          'First MPS',
          '--email',
          'ops@first.example',
          '--user-name',
          'Fran First',
          '--role',
          'provider',
        ],
        env,
      );
      expect(made.code).toBe(0);
    } finally {
      expect(await first.stop('SIGTERM')).toBe(0);
    }

    const second = await startCli(['serve'], env, /Canopy API listening on https:\/\/localhost:\d+/);
    try {
      await new Promise((r) => setTimeout(r, 1500)); // the look-up runs right after listening
      expect(second.output()).not.toMatch(/No account exists yet/);
    } finally {
      expect(await second.stop('SIGTERM')).toBe(0);
    }
  }, 90_000);
});

describe('the onboarding checklist', () => {
  it('shows a new provider its first steps, ticked as they are done', async () => {
    const provider = await buildAccount(t.app(), { name: 'Brand New MPS' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true, baseURL: t.url() });
    const page: Page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, provider);

    const checklist = page.getByTestId('onboarding-checklist');
    await checklist.waitFor();
    await expect(page.getByTestId('onboarding-progress').textContent()).resolves.toBe('0 of 4 done');
    await expect(checklist.locator('li[data-done="false"]').count()).resolves.toBe(4);
    await expect(checklist.getByRole('link', { name: /Register a server/ }).getAttribute('href')).resolves.toBe('/servers');

    // A server, a customer's feed and its first collection (a checkpoint): three of four, no certificate yet.
    const db = t.app().db;
    const serverId = await buildServerRow(db, provider.account_id);
    await page.reload();
    await page.getByTestId('onboarding-progress').filter({ hasText: '1 of 4 done' }).waitFor();
    // With its one server registered, "Connect customers" goes straight to that server's bulk mapping.
    await expect(
      checklist
        .locator('li[data-step="customers"]')
        .getByRole('link', { name: /Connect customers/ })
        .getAttribute('href'),
    ).resolves.toBe(`/servers/${serverId}/connect`);
    const customer = await buildAccount(t.app(), { name: 'First Customer', parentId: provider.account_id });
    await buildFeed(db, customer.account_id, serverId, {
      activation_date: addDays(localDate(new Date()), -10),
      checkpoint_date: addDays(localDate(new Date()), -2),
    });
    await page.reload();
    await page.getByTestId('onboarding-progress').filter({ hasText: '3 of 4 done' }).waitFor();
    for (const step of ['server', 'customers', 'collection']) {
      await expect(checklist.locator(`li[data-step="${step}"]`).getAttribute('data-done')).resolves.toBe('true');
    }
    const certificate = checklist.locator('li[data-step="certificate"]');
    await expect(certificate.getAttribute('data-done')).resolves.toBe('false');
    await expect(certificate.getByRole('link').getAttribute('href')).resolves.toBe('/certificates');
    await checklist.screenshot({ path: path.join(RESULTS_DIR, 'onboarding.png') });
    expect(errors).toEqual([]);
    await context.close();

    // On a phone the checklist fits the screen.
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      ignoreHTTPSErrors: true,
      baseURL: t.url(),
      isMobile: true,
    });
    const small = await phone.newPage();
    await signIn(small, provider);
    await small.getByTestId('onboarding-progress').filter({ hasText: '3 of 4 done' }).waitFor();
    await expect(small.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).resolves.toBe(true);
    await small.getByTestId('onboarding-checklist').screenshot({ path: path.join(RESULTS_DIR, 'onboarding-phone.png') });
    await phone.close();
  }, 60_000);
});
