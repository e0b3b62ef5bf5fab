import { X509Certificate } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { launchBrowser, RESULTS_DIR } from '../harness/browser.js';
import { useSimulator } from '../harness/simulator.js';

// Registering portals from the dashboard, in Debian's Chromium against the real app and two OneStop simulators, each
// with its own CA (its own TLS directory). The app trusts the first (an OAuth2 password-grant portal listing its
// customers as one array with string ids); the second, a private-CA portal, fails with a diagnosis naming its CA, then
// registers once its CA certificate is uploaded in the form.
const oauth = useSimulator({
  customers: 3,
  seed: 11,
  auth: 'oauth-password',
  clientId: 'canopy-dashboard',
  clientSecret: 'client-secret-1',
  customerList: 'array',
  ids: 'string',
});
const t = useTestApp({ outboundCa: () => oauth.sim().ca });
const privateCa = useSimulator({ customers: 4, seed: 12 });
let browser: Browser;
let tmp = '';

beforeAll(async () => {
  browser = await launchBrowser();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-portal-ca-'));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({ path: path.join(RESULTS_DIR, `dashboard-portal-${name}.png`), fullPage: true });
}

/** Opens the register form and fills in the portal's address and log-in. */
async function startRegistering(page: Page, url: string): Promise<void> {
  await page.getByRole('link', { name: 'Servers', exact: true }).click();
  await page.getByRole('button', { name: 'Register OneStop MPS Portal server' }).click();
  await page.getByLabel('API URL').fill(url);
  await page.getByLabel('Username').fill('demo');
  await page.getByLabel('Password', { exact: true }).fill('demo-password');
}

/** Opens the form's Advanced fields (OAuth2 client, CA certificate) unless they are open already. */
async function openAdvanced(page: Page): Promise<void> {
  const details = page.locator('details.register-advanced');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

describe('registering portals from the dashboard', () => {
  it('diagnoses an untrusted portal, registers it with its CA certificate, and an OAuth2 portal', async () => {
    // The private portal's CA is not the one the app trusts: the test would prove nothing otherwise.
    const privateCert = new X509Certificate(privateCa.sim().ca);
    const trustedCert = new X509Certificate(oauth.sim().ca);
    expect(privateCert.fingerprint256).not.toBe(trustedCert.fingerprint256);
    const caSubject = privateCert.subject.split('\n').filter(Boolean).join(', ');
    expect(caSubject).toContain('OneStop simulator CA');

    const provider = await buildAccount(t.app(), { name: 'Portal MPS' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true, baseURL: t.url() });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/login');
    await page.getByLabel('Email').fill(provider.email);
    await page.getByLabel('Password').fill(provider.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/$/);

    // (a) The private-CA portal: not trusted, said as such (never "could not be reached", never rejected credentials).
    await startRegistering(page, privateCa.sim().url);
    await page.getByRole('button', { name: 'Register server' }).click();
    const failure = page.locator('[data-testid="register-error"][data-reason="tls_untrusted"]');
    await failure.waitFor();
    const diagnosis = failure.getByTestId('probe-diagnosis');
    await diagnosis.waitFor();
    const error = (await failure.getByTestId('server-error').textContent())!;
    expect(error).toMatch(/certificate is not trusted/);
    expect(error).not.toMatch(/could not be reached|rejected the username/i);
    const tlsStep = diagnosis.locator('[data-step="tls"]');
    await expect(tlsStep.getAttribute('data-ok')).resolves.toBe('false');
    await expect(tlsStep.textContent()).resolves.toContain(caSubject);
    const loginStep = diagnosis.locator('[data-step="login"]');
    await expect(loginStep.getAttribute('data-ok')).resolves.toBe('false');
    await expect(loginStep.textContent()).resolves.not.toContain('✓');
    await expect(diagnosis.locator('[data-ok="true"]').count()).resolves.toBe(0);
    await expect(failure.getByTestId('register-fix').textContent()).resolves.toContain("add the portal's CA certificate (PEM) below");
    expect((await t.api('GET', '/v1/servers', { key: provider.api_key })).json).toEqual([]);
    await shot(page, 'diagnosis');

    // (b) The same portal with its CA certificate uploaded in the form: registered, and the server shows whom it trusts.
    const caFile = path.join(tmp, 'onestop-sim-ca.pem');
    await fs.writeFile(caFile, privateCa.sim().ca);
    await openAdvanced(page);
    await page.getByLabel('Portal CA certificate file').setInputFiles(caFile);
    await expect.poll(() => page.getByLabel('Portal CA certificate (PEM)').inputValue()).toContain('-----BEGIN CERTIFICATE-----');
    await expect(page.getByTestId('ca-pem-hint').textContent()).resolves.toMatch(/^1 certificate\./);
    await page.getByRole('button', { name: 'Register server' }).click();
    await page.waitForURL(/\/servers\/[0-9a-f-]{36}$/);
    const privateId = page.url().split('/').pop()!;
    const profile = page.getByTestId('connection-profile');
    await expect(profile.textContent()).resolves.toBe('JSON log-in at /api/v1/token · customer list: paged · ids: integer');
    const trust = (await page.getByTestId('server-trust').textContent())!;
    const hex = privateCert.fingerprint256.replaceAll(':', '').slice(0, 16);
    expect(trust).toContain(`Trusted CA: ${caSubject} (SHA-256 ${hex}…), valid to`);
    const saved = (await t.api('GET', `/v1/servers/${privateId}`, { key: provider.api_key })).json;
    expect(saved.ca_certificate.fingerprint_sha256).toBe(privateCert.fingerprint256);
    expect(saved.connection_profile).toMatchObject({ auth: 'json', customer_list: 'paged', id_type: 'integer' });
    await shot(page, 'trusted');

    // Removing the CA asks for the password again, and says in words why it cannot be removed: the portal needs it.
    await page.getByRole('button', { name: 'Remove CA certificate' }).click();
    await page.getByLabel('Portal password').fill('demo-password');
    await page.getByRole('button', { name: 'Remove CA certificate' }).click();
    const trustError = page.locator('[data-testid="server-trust-error"][data-reason="tls_untrusted"]');
    await trustError.waitFor();
    await expect(trustError.textContent()).resolves.toMatch(/certificate is not trusted/);
    await shot(page, 'remove-refused');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect((await t.api('GET', `/v1/servers/${privateId}`, { key: provider.api_key })).json.ca_certificate).not.toBeNull();

    // The OAuth2 portal (its CA trusted by the app): without its client the log-in fails after a trusted handshake.
    await startRegistering(page, oauth.sim().url);
    await page.getByRole('button', { name: 'Register server' }).click();
    const rejected = page.getByTestId('register-error');
    await rejected.getByTestId('probe-diagnosis').waitFor();
    await expect(rejected.getAttribute('data-reason')).resolves.toBe('credentials_rejected');
    await expect(rejected.getByTestId('server-error').textContent()).resolves.toMatch(/rejected the OAuth2 client id or secret/);
    await expect(rejected.locator('[data-step="tls"]').getAttribute('data-ok')).resolves.toBe('true');
    await expect(rejected.locator('[data-step="login"]').getAttribute('data-ok')).resolves.toBe('false');
    await shot(page, 'oauth-diagnosis');

    // With its client id and secret it registers; the detected profile says OAuth2, array list, string ids.
    await openAdvanced(page);
    await page.getByLabel('OAuth2 client id').fill('canopy-dashboard');
    await page.getByLabel('OAuth2 client secret').fill('client-secret-1');
    await page.getByRole('button', { name: 'Register server' }).click();
    await page.waitForURL(/\/servers\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('connection-profile').textContent()).resolves.toBe(
      'OAuth2 password grant at /token · customer list: array · ids: string',
    );
    await expect(page.getByTestId('server-trust').textContent()).resolves.toBe('System roots only');
    await shot(page, 'oauth');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
