import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PDFParse } from 'pdf-parse';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { useTestApp } from '../harness/app.js';
import { launchBrowser, RESULTS_DIR } from '../harness/browser.js';

// Branding (issue 18): a provider's logo, colour and name on its customers' certificates (page and PDF) and in the
// dashboard's header of its own and its customers' users; the logo validated by decoding it and stored re-encoded.
// The expectations here are written from the issue, not from the implementation.
const clock = fixedClock(new Date('2026-03-20T09:00:00Z'));
const t = useTestApp({ clock });
let agent: Agent | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await agent?.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  // biome-ignore lint/suspicious/noExplicitAny: answers of every shape; the server checks them against their schemas
  json: () => any;
}

/** An HTTPS request with a binary body (the harness's client sends text), trusting the app's CA. */
async function send(method: string, url: string, opts: { key?: string; type?: string; body?: Buffer } = {}): Promise<Answer> {
  agent ??= new Agent({ connect: { ca: t.caPem() } });
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.key) headers.authorization = `Bearer ${opts.key}`;
  if (opts.type) headers['content-type'] = opts.type;
  const res = await request(t.url() + url, { method: method as 'PUT', headers, body: opts.body, dispatcher: agent });
  const body = Buffer.from(await res.body.arrayBuffer());
  return { status: res.statusCode, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) };
}

const upload = (key: string, accountId: string, body: Buffer, type = 'image/png') =>
  send('PUT', `/v1/accounts/${accountId}/branding/logo`, { key, type, body });

// ---- Images made here -----------------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])));
  return Buffer.concat([head, data, crc]);
}

/** A PNG of a diagonal gradient with a transparent corner, with a tEXt chunk before IDAT and bytes after IEND. */
function makePng(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      png.data[i] = 20 + Math.round((200 * x) / width);
      png.data[i + 1] = 90;
      png.data[i + 2] = 40 + Math.round((180 * y) / height);
      png.data[i + 3] = x < width / 8 && y < height / 4 ? 0 : 255;
    }
  const plain = PNG.sync.write(png);
  const ihdrEnd = 8 + 25;
  const text = pngChunk('tEXt', Buffer.from('Comment\0hidden-text-chunk-marker', 'latin1'));
  return Buffer.concat([plain.subarray(0, ihdrEnd), text, plain.subarray(ihdrEnd), Buffer.from('trailing-payload-marker')]);
}

/** A JPEG with an EXIF (APP1) segment right after SOI. */
function makeJpeg(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data[i * 4] = 200;
    data[i * 4 + 1] = 60 + (i % width) / 4;
    data[i * 4 + 2] = 30;
    data[i * 4 + 3] = 255;
  }
  const plain = jpeg.encode({ data, width, height }, 85).data;
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), Buffer.from('MM\0*hidden-exif-marker GPS 51.5N 0.1W')]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([plain.subarray(0, 2), app1, payload, plain.subarray(2)]);
}

function pngChunkTypes(bytes: Buffer): string[] {
  const types: string[] = [];
  for (let i = 8; i + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(i);
    types.push(bytes.toString('latin1', i + 4, i + 8));
    i += 12 + length;
  }
  return types;
}

// ---- The scenario ------------------------------------------------------------------------------------------------------

describe('branding', () => {
  let provider: Awaited<ReturnType<typeof buildAccount>>;
  let customer: Awaited<ReturnType<typeof buildAccount>>;
  let certificate: { url: string; pdf_url: string };

  const brandingOf = async (accountId: string) =>
    (await send('GET', `/v1/accounts/${accountId}/branding`, { key: provider.api_key })).json();
  const storedRows = async (accountId: string) =>
    (await t.app().db.selectFrom('brandings').select('account_id').where('account_id', '=', accountId).execute()).length;

  it('refuses what is not a PNG or JPEG logo, naming the problem, and stores nothing', async () => {
    provider = await buildAccount(t.app(), { name: 'Northwind MPS', role: 'provider' });
    customer = await buildAccount(t.app(), { name: 'Willow & Sons', parentId: provider.account_id, role: 'customer' });
    const id = provider.account_id;
    const key = provider.api_key;
    const good = makePng(64, 32);

    const cases: Array<[string, Buffer, string, number, RegExp]> = [
      ['over 512 KB', randomBytes(600 * 1024), 'image/png', 413, /^logo: at most 512 KB$/],
      ['a GIF', Buffer.concat([Buffer.from('GIF89a'), randomBytes(64)]), 'image/gif', 400, /^logo: .*GIF/],
      [
        'an SVG',
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'),
        'image/svg+xml',
        400,
        /^logo: .*SVG/,
      ],
      ['an SVG called a PNG', Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/png', 400, /SVG/],
      ['random bytes called a PNG', randomBytes(2048), 'image/png', 400, /^logo: not a PNG or JPEG/],
      ['a truncated PNG', good.subarray(0, Math.floor(good.length / 2)), 'image/png', 400, /^logo: .*PNG.*(damaged|truncated)/],
      ['a truncated JPEG', makeJpeg(64, 32).subarray(0, 400), 'image/jpeg', 400, /^logo: .*JPEG.*(damaged|truncated)/],
      ['too small', makePng(8, 8), 'image/png', 400, /^logo: at least 16 × 16 pixels/],
      ['an empty body', Buffer.alloc(0), 'image/png', 400, /^logo: /],
    ];
    for (const [what, body, type, status, message] of cases) {
      const res = await upload(key, id, body, type);
      expect(res.status, what).toBe(status);
      expect(res.json().error, what).toMatch(message);
      expect((await brandingOf(id)).logo, what).toBeNull();
    }
    // JSON instead of bytes is a 400 too.
    const json = await send('PUT', `/v1/accounts/${id}/branding/logo`, {
      key,
      type: 'application/json',
      body: Buffer.from('{"logo":"x"}'),
    });
    expect(json.status).toBe(400);
    expect(json.json().error).toMatch(/image's bytes/);
    expect(await storedRows(id)).toBe(0);
  });

  it('stores a PNG and a JPEG re-encoded: the same size, without their metadata or hidden bytes', async () => {
    const id = provider.account_id;
    const original = makePng(320, 120);
    expect(original.includes('hidden-text-chunk-marker')).toBe(true);
    const res = await upload(provider.api_key, id, original);
    expect(res.status).toBe(200);
    const logo = res.json().logo;
    expect(logo).toMatchObject({ media_type: 'image/png', width: 320, height: 120 });
    expect(logo.url).toMatch(new RegExp(`/branding/${id}/logo\\.png\\?v=${logo.sha256}$`));

    const image = await send('GET', new URL(logo.url).pathname + new URL(logo.url).search);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(String(image.headers['cache-control'])).toMatch(/max-age=31536000/);
    expect(createHash('sha256').update(image.body).digest('hex')).toBe(logo.sha256);
    expect(image.body.equals(original)).toBe(false);
    const decoded = PNG.sync.read(image.body);
    expect([decoded.width, decoded.height]).toEqual([320, 120]);
    expect(decoded.data[3]).toBe(0); // the transparent corner is still transparent
    expect(decoded.data[(60 * 320 + 200) * 4 + 3]).toBe(255);
    expect(image.body.includes('hidden-text-chunk-marker')).toBe(false);
    expect(image.body.includes('trailing-payload-marker')).toBe(false);
    expect(pngChunkTypes(image.body).filter((c) => !['IHDR', 'IDAT', 'IEND'].includes(c))).toEqual([]);
    expect(image.body.subarray(-8).toString('latin1', 0, 4)).toBe('IEND');

    // The customer keeps its own logo: a JPEG, stored without its EXIF.
    const photo = makeJpeg(240, 100);
    const own = await upload(customer.api_key, customer.account_id, photo, 'image/jpeg');
    expect(own.status).toBe(200);
    expect(own.json().logo).toMatchObject({ media_type: 'image/jpeg', width: 240, height: 100 });
    const stored = await send('GET', new URL(own.json().logo.url).pathname);
    expect(stored.headers['content-type']).toBe('image/jpeg');
    const back = jpeg.decode(stored.body, { useTArray: true });
    expect([back.width, back.height]).toEqual([240, 100]);
    expect(stored.body.includes('hidden-exif-marker')).toBe(false);
    expect(stored.body.includes('Exif')).toBe(false);
    // The extension follows the stored type; anything else is the same 404 as an unknown account.
    expect((await send('GET', `/branding/${customer.account_id}/logo.png`)).status).toBe(404);
    expect((await send('GET', `/branding/${randomUUIDLike()}/logo.png`)).status).toBe(404);

    // A wide logo is scaled down to 600 px wide.
    const wide = await upload(provider.api_key, id, makePng(1500, 300));
    expect(wide.json().logo).toMatchObject({ width: 600, height: 120 });
    // And the first one back, sent as curl -T sends a file (no Content-Type): the bytes decide.
    const again = await send('PUT', `/v1/accounts/${id}/branding/logo`, { key: provider.api_key, body: original });
    expect(again.status).toBe(200);
    expect(again.json().logo.sha256).toBe(logo.sha256);
  });

  it('lets providers set the colour and name; a customer only its own logo', async () => {
    const denied = await send('PATCH', `/v1/accounts/${customer.account_id}/branding`, {
      key: customer.api_key,
      type: 'application/json',
      body: Buffer.from(JSON.stringify({ brand_colour: '#ff0000' })),
    });
    expect(denied.status).toBe(403);
    expect(denied.json().error).toMatch(/may not/);
    // Another tenant's account is a 404, before its body is read.
    const stranger = await buildAccount(t.app(), { name: 'Elsewhere MPS', role: 'provider' });
    expect((await upload(stranger.api_key, provider.account_id, makePng(32, 32))).status).toBe(404);
    expect((await upload(customer.api_key, provider.account_id, makePng(32, 32))).status).toBe(404);

    const patch = async (body: unknown) =>
      send('PATCH', `/v1/accounts/${provider.account_id}/branding`, {
        key: provider.api_key,
        type: 'application/json',
        body: Buffer.from(JSON.stringify(body)),
      });
    expect((await patch({ brand_colour: 'red' })).status).toBe(400);
    // A light gold is darkened until white text on it (and it on white) reads: contrast at least 4.5 : 1.
    const light = (await patch({ brand_colour: '#FFD54F', display_name: 'Northwind Managed Print' })).json();
    expect(light).toMatchObject({ brand_colour: '#ffd54f', display_name: 'Northwind Managed Print' });
    expect(contrastOnWhite(light.accent_colour)).toBeGreaterThanOrEqual(4.5);
    const teal = (await patch({ brand_colour: '#0b6e4f' })).json();
    expect(teal).toMatchObject({ brand_colour: '#0b6e4f', accent_colour: '#0b6e4f', display_name: 'Northwind Managed Print' });
    expect(teal.logo.width).toBe(320);
  });

  it("puts the provider's name, logo and colour and the customer's logo on the certificate page and PDF", async () => {
    const key = provider.api_key;
    const deposit = await send('POST', `/v1/accounts/${customer.account_id}/deposits`, {
      key,
      type: 'application/json',
      body: Buffer.from(JSON.stringify({ pages: 25_000, date: '2026-02-10' })),
    });
    expect(deposit.status).toBe(201);
    await t.app().services.monthClose.closeMonth('2026-02-01');
    const list = (await send('GET', `/v1/accounts/${customer.account_id}/certificates`, { key })).json();
    expect(list).toHaveLength(1);
    certificate = list[0];

    const context = await browser!.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    // A CSP violation is logged as a console error; a failed load as a response (the browser's own favicon.ico aside).
    page.on('console', (m) => m.type() === 'error' && !/^Failed to load resource/.test(m.text()) && problems.push(m.text()));
    page.on('requestfailed', (r) => problems.push(`${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`${r.url()} ${r.status()}`));
    const offOrigin: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(t.url()) && !r.url().startsWith('data:')) offOrigin.push(r.url());
    });
    await page.goto(certificate.url, { waitUntil: 'load' });
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toMatch(/issued by Northwind Managed Print with Canopy/i);
    const issuer = page.locator('img.issuer-logo');
    await expect.poll(() => issuer.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(320);
    const own = page.locator('img.account-logo');
    await expect.poll(() => own.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(240);
    // The brand colour is the accent (the heading is drawn in it).
    // (String expressions: the project's TypeScript lib has no DOM types.)
    expect(await page.evaluate<string>('getComputedStyle(document.querySelector("h1")).color')).toBe('rgb(11, 110, 79)');
    await page.screenshot({ path: path.join(RESULTS_DIR, 'certificate-branded.png'), fullPage: true });
    expect(problems).toEqual([]);
    expect(offOrigin).toEqual([]);
    await context.close();

    const pdf = await send('GET', new URL(certificate.pdf_url).pathname);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const parser = new PDFParse({ data: pdf.body });
    try {
      const parsed = await parser.getText();
      expect(parsed.total).toBe(1);
      const pdfText = parsed.text.replace(/\s+/g, ' ');
      expect(pdfText).toContain('with Canopy');
      expect(pdfText).toContain('Northwind Managed Print');
      expect(pdfText).toContain('Issued by Northwind Managed Print with Canopy');
    } finally {
      await parser.destroy();
    }
    // Both logos are embedded as images.
    expect(pdf.body.toString('latin1').match(/\/Subtype \/Image/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it("shows the provider's logo and name in the dashboard header, to its users and its customers' users", async () => {
    const context = await browser!.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 }, baseURL: t.url() });
    const errors: string[] = [];
    const signIn = async (page: Page, who: { email: string; password: string }) => {
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto('/login');
      await page.getByLabel('Email').fill(who.email);
      await page.getByLabel('Password').fill(who.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/$/);
    };
    const header = async (page: Page) => {
      const logo = page.getByTestId('brand-logo');
      await logo.waitFor();
      await expect.poll(() => logo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(320);
      return {
        name: await page.getByTestId('brand-name').textContent(),
        bar: await page.evaluate<string>('getComputedStyle(document.querySelector("[data-testid=topbar]")).backgroundColor'),
      };
    };

    const providerPage = await context.newPage();
    await signIn(providerPage, provider);
    expect(await header(providerPage)).toEqual({ name: 'Northwind Managed Print', bar: 'rgb(11, 110, 79)' });
    await providerPage.waitForLoadState('networkidle').catch(() => undefined);
    await providerPage.screenshot({ path: path.join(RESULTS_DIR, 'dashboard-branded.png') });
    // The Branding page is one link away from the settings, with the current logo.
    await providerPage.getByRole('link', { name: 'Settings', exact: true }).click();
    await providerPage.getByRole('link', { name: 'Branding' }).click();
    await providerPage.getByTestId('current-logo').waitFor();
    await providerPage.screenshot({ path: path.join(RESULTS_DIR, 'dashboard-branding-settings.png'), fullPage: true });

    const customerContext = await browser!.newContext({
      ignoreHTTPSErrors: true,
      viewport: { width: 1280, height: 800 },
      baseURL: t.url(),
    });
    const customerPage = await customerContext.newPage();
    await signIn(customerPage, customer);
    expect(await header(customerPage)).toEqual({ name: 'Northwind Managed Print', bar: 'rgb(11, 110, 79)' });
    await customerPage.screenshot({ path: path.join(RESULTS_DIR, 'dashboard-branded-customer.png') });

    // A new logo through the Branding page: previewed, refused when it is not what it says, then uploaded; the header follows.
    const file = providerPage.getByLabel('Logo file');
    await file.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
    await providerPage.getByRole('button', { name: 'Upload logo' }).click();
    await expect.poll(() => providerPage.getByTestId('logo-error').textContent()).toMatch(/SVG is not accepted/);
    await file.setInputFiles({ name: 'new-logo.png', mimeType: 'image/png', buffer: makePng(200, 80) });
    await providerPage.getByTestId('logo-preview').waitFor();
    await providerPage.getByRole('button', { name: 'Upload logo' }).click();
    await providerPage.getByText('Logo uploaded.').waitFor();
    const headerLogo = providerPage.getByTestId('brand-logo');
    await expect.poll(() => headerLogo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(200);
    expect(errors).toEqual([]);
    await context.close();
    await customerContext.close();
  }, 60_000);

  it('removes a logo: the public image is gone, the colour stays', async () => {
    const removed = await send('DELETE', `/v1/accounts/${provider.account_id}/branding/logo`, { key: provider.api_key });
    expect(removed.status).toBe(200);
    expect(removed.json()).toMatchObject({ logo: null, brand_colour: '#0b6e4f' });
    expect((await send('GET', `/branding/${provider.account_id}/logo.png`)).status).toBe(404);
    const header = (await send('GET', '/v1/branding', { key: customer.api_key })).json();
    expect(header).toMatchObject({ source: 'inherited', branding: { account_id: provider.account_id, logo: null } });
  });
});

function randomUUIDLike(): string {
  return '7c0d9a51-2f7e-4c3b-9d4e-5f6a7b8c9d0e';
}

/** WCAG 2 contrast of a #rrggbb colour against white, computed here independently of the server. */
function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (l + 0.05);
}
