import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildAccount } from '../factories/accounts.js';
import { buildServerRow } from '../factories/servers.js';
import { useTestApp } from '../harness/app.js';
import { RESULTS_DIR, signIn, useBrowser } from '../harness/browser.js';
import { useNotificationReceivers } from '../harness/receivers.js';

/**
 * Honest e-mail status in the dashboard (issue 19, item 3): Settings says whether e-mail is configured (and how to set
 * it up when not), sends a test e-mail and says the relay accepted it, previews each notification e-mail as sent, and
 * explains jargon ("DCA stale") in a tooltip that opens on hover, focus and tap.
 */
const r = useNotificationReceivers();
const withSmtp = useTestApp({
  outboundCa: () => r.ca(),
  config: () => ({ smtp: { url: r.smtpUrl(), from: 'Canopy <canopy@canopy.test>' } }),
});
const without = useTestApp();

const browser = useBrowser();

const LAPTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** A time as the dashboard and the e-mails write it: "25 Nov 2026, 14:05 GMT". */
const PEOPLE_TIME = /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}, \d{2}:\d{2} (GMT|BST)\b/;

async function open(app: typeof withSmtp, size: object): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser().newContext({ ...size, ignoreHTTPSErrors: true, baseURL: app.url() });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

describe('e-mail in Settings', () => {
  it('with SMTP: the status, a test e-mail the relay accepted, each e-mail previewed, and "DCA stale" explained (laptop)', async () => {
    const provider = await buildAccount(withSmtp.app(), { name: 'Mail Laptop MPS' });
    const { context, page, errors } = await open(withSmtp, LAPTOP);
    await signIn(page, provider);
    await page.goto('/settings#email');
    const section = page.locator('#email');
    const status = section.getByTestId('email-status');
    await status.waitFor();
    expect(await status.getAttribute('data-configured')).toBe('true');
    expect(await status.textContent()).toMatch(
      /Configured\s*Notifications are e-mailed from Canopy <canopy@canopy\.test> through localhost:\d+ \(STARTTLS\)/,
    );
    await expect(section.getByLabel('Send a test e-mail to').inputValue()).resolves.toBe(provider.email);

    const before = r.mails.length;
    await section.getByRole('button', { name: 'Send test e-mail' }).click();
    const result = section.getByTestId('test-email-result');
    await result.waitFor();
    expect(await result.getAttribute('data-accepted')).toBe('true');
    expect(await result.textContent()).toBe(
      `Accepted by the SMTP server for ${provider.email}: it should arrive shortly ("[Canopy] Test e-mail").`,
    );
    expect(r.mails).toHaveLength(before + 1);
    expect(r.mails.at(-1)!.to).toEqual([provider.email]);
    expect(r.mails.at(-1)!.raw).toContain('Subject: [Canopy] Test e-mail');
    await section.screenshot({ path: path.join(RESULTS_DIR, 'email-status.png') });

    // A bad address is refused in words, and nothing is sent.
    await section.getByLabel('Send a test e-mail to').fill('ops@');
    // Past the browser's own check of type=email, to the API's.
    await section.getByLabel('Send a test e-mail to').evaluate((el) => el.setAttribute('type', 'text'));
    await section.getByRole('button', { name: 'Send test e-mail' }).click();
    await section.getByRole('alert').filter({ hasText: 'The address must be an email address.' }).waitFor();
    expect(r.mails).toHaveLength(before + 1);

    // The preview of a feed going stale: subject and text as sent, the time in the people format.
    const feed = section.locator('[data-kind="feed_unhealthy"]');
    await feed.locator('summary').click();
    await expect(feed.getByTestId('email-subject').textContent()).resolves.toBe(
      '[Canopy] Feed of Example Customer Ltd (portal customer 1001) is unhealthy',
    );
    const body = (await feed.getByTestId('email-body').textContent())!;
    expect(body).toMatch(
      new RegExp(`^Feed of Example Customer Ltd \\(portal customer 1001\\): healthy → unhealthy at ${PEOPLE_TIME.source}`),
    );
    expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await feed.screenshot({ path: path.join(RESULTS_DIR, 'email-preview.png') });

    // "DCA stale" in that text: its plain words on hover and on keyboard focus, gone on Escape.
    const term = feed.locator('[data-term="DCA stale"]');
    await term.hover();
    const tip = feed.getByRole('tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/^The printers' data collection agent \(DCA: the small program at the customer's site/);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'email-term.png') });
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'detached' });
    await term.focus();
    await tip.waitFor();
    expect(await term.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('with SMTP on a phone: the test e-mail is accepted, the page fits, a tap explains the term', async () => {
    const provider = await buildAccount(withSmtp.app(), { name: 'Mail Phone MPS' });
    const { context, page, errors } = await open(withSmtp, PHONE);
    await signIn(page, provider);
    await page.goto('/settings#email');
    const section = page.locator('#email');
    await section.getByRole('button', { name: 'Send test e-mail' }).tap();
    await section.getByTestId('test-email-result').filter({ hasText: 'Accepted by the SMTP server' }).waitFor();
    await expect(page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).resolves.toBe(true);
    await section.screenshot({ path: path.join(RESULTS_DIR, 'email-status-phone.png') });

    const feed = section.locator('[data-kind="feed_unhealthy"]');
    await feed.locator('summary').tap();
    await feed.locator('[data-term="DCA stale"]').tap();
    const tip = feed.getByRole('tooltip');
    await tip.waitFor();
    const box = (await tip.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(RESULTS_DIR, 'email-term-phone.png') });
    await section.getByRole('heading', { name: 'E-mail', exact: true }).tap(); // a tap elsewhere closes it
    await tip.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('without SMTP: "not configured" with the setup steps, reached from a logged notification, which shows its e-mail', async () => {
    const provider = await buildAccount(without.app(), { name: 'No Mail MPS' });
    const serverId = await buildServerRow(without.app().db, provider.account_id);
    const { health, notifier } = without.app().services;
    await health.serverChecked(serverId, 'unhealthy', 'The portal rejected the username or password.', 'credentials_rejected');
    await notifier.dispatch(serverId);
    await notifier.deliverDue();

    for (const [size, suffix] of [
      [LAPTOP, ''],
      [PHONE, '-phone'],
    ] as const) {
      const { context, page, errors } = await open(without, size);
      await signIn(page, provider);
      await page.goto('/settings#notifications');
      const logged = page.getByTestId('delivery-logged-only').first();
      await logged.waitFor();
      expect(await logged.textContent()).toBe('logged only: e-mail is not configured (set SMTP_URL and SMTP_FROM: how to set up e-mail)');
      await logged.getByRole('link', { name: 'how to set up e-mail' }).click();
      await page.waitForURL(/\/settings#email$/);
      const status = page.locator('#email').getByTestId('email-status');
      await status.waitFor();
      expect(await status.getAttribute('data-configured')).toBe('false');
      expect(await status.textContent()).toMatch(
        /^Not configured\s*E-mail is not configured: notifications, invitations and password resets/,
      );
      await expect(page.locator('#email').getByRole('button', { name: 'Send test e-mail' }).count()).resolves.toBe(0);
      await expect(page.locator('#email-setup').textContent()).resolves.toMatch(/Set SMTP_URL to your mail relay: smtp:\/\/user:password@/);
      await page.locator('#email').screenshot({ path: path.join(RESULTS_DIR, `email-not-configured${suffix}.png`) });

      // The logged notification, as its e-mail would have been.
      const note = page.getByTestId('notifications-table').getByTestId('notification-email').first();
      await note.locator('summary').click();
      await expect(note.getByTestId('email-subject').textContent()).resolves.toBe('[Canopy] Server https://portal.invalid is unhealthy');
      const body = (await note.getByTestId('email-body').textContent())!;
      expect(body).toMatch(
        new RegExp(
          `^Server https://portal\\.invalid: pending → unhealthy at ${PEOPLE_TIME.source} ` +
            '\\(The portal rejected the username or password\\.\\)',
        ),
      );
      await note.screenshot({ path: path.join(RESULTS_DIR, `email-logged-notification${suffix}.png`) });
      await expect(page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')).resolves.toBe(true);

      // A health reason beside its badge is explained too (HealthDetail): on a tap or a click.
      await page.goto(`/servers/${serverId}`);
      const reason = page.locator('.health-reason[data-reason="credentials_rejected"]').first();
      await reason.waitFor();
      const term = reason.locator('[data-term]');
      await (suffix ? term.tap() : term.click());
      const tip = reason.getByRole('tooltip');
      await tip.waitFor();
      expect(await tip.textContent()).toBe("The portal refused Canopy's log-in: check the API user's username and password.");
      await page.screenshot({ path: path.join(RESULTS_DIR, `email-health-term${suffix}.png`) });
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 120_000);
});
