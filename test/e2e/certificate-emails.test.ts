import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { buildAccount } from '../factories/accounts.js';
import { buildDeposit } from '../factories/deposits.js';
import { useTestApp } from '../harness/app.js';
import { useNotificationReceivers } from '../harness/receivers.js';

// Issue 18: a provider's customers get an e-mail per certificate, "issued by <provider> with Canopy". Figures worked by
// hand: 16,666 pages = 2.00 trees (8,333 a tree); × 0.0127 kg CO₂e a page (the shipped factor set) = 211.6582 → 211.66.

const clock = fixedClock(new Date('2026-04-20T09:00:00Z'));
const r = useNotificationReceivers();
const t = useTestApp({
  clock,
  outboundCa: () => r.ca(),
  config: () => ({ smtp: { url: r.smtpUrl(), from: 'Canopy <canopy@canopy.test>' } }),
});

interface Note {
  type: string;
  server_id: string | null;
  subject: string;
  text: string;
  data: Record<string, unknown>;
  deliveries: Array<{ channel: string; target: string; status: string }>;
}

describe('certificate e-mails', () => {
  it("emails a customer's users once per certificate, with the provider's name as issued; roll-ups send none", async () => {
    const provider = await buildAccount(t.app(), { name: 'Evergreen Print Services Ltd' });
    const named = await t.api('PATCH', `/v1/accounts/${provider.account_id}/branding`, {
      key: provider.api_key,
      body: { display_name: 'Evergreen Print' },
    });
    expect(named.status).toBe(200);
    const customer = await buildAccount(t.app(), { name: 'Willow & Sons Ltd', parentId: provider.account_id });
    await buildDeposit(t.app().db, customer.account_id, '2026-03-10', 16_666);
    const { monthClose, notifier } = t.app().services;

    // Two workers close at once: one certificate, one roll-up, one e-mail.
    const closes = await Promise.all([monthClose.closeDue(), monthClose.closeDue()]);
    expect(closes.reduce((n, c) => n + c.issued, 0)).toBe(1);
    expect(closes.reduce((n, c) => n + c.rollups, 0)).toBe(1);
    // Renamed after the close: the e-mail keeps the name the certificate was issued with.
    await t.api('PATCH', `/v1/accounts/${provider.account_id}/branding`, { key: provider.api_key, body: { display_name: 'Renamed' } });
    expect(await notifier.deliverDue()).toBe(1);
    expect(r.mails).toHaveLength(1);
    const mail = r.mails[0]!;
    expect(mail.to).toEqual([customer.email]);
    expect(mail.raw).toContain('Subject: [Evergreen Print with Canopy] Your Certificate of Reforestation for March 2026');

    const [cert] = (await t.api('GET', '/v1/certificates', { key: customer.api_key })).json as Array<{
      id: string;
      url: string;
      pdf_url: string;
      co2e_kg: number;
      trees: number;
    }>;
    expect(cert).toMatchObject({ pages: 16_666, trees: 2, co2e_kg: 211.66 });
    const text = [
      'Willow & Sons Ltd: your Certificate of Reforestation for March 2026 has been issued.',
      '',
      'Pages: 16,666 standard pages',
      'Trees: 2.00 trees',
      'Greenhouse gases: 211.66 kg CO₂e',
      '',
      'Issued by Evergreen Print with Canopy',
      '',
      `Certificate: ${cert!.url}`,
      `PDF: ${cert!.pdf_url}`,
      '',
    ].join('\n');
    expect(mail.raw.replace(/\r\n/g, '\n')).toContain(text);

    // What was sent, as its provider sees it (customers do not read notifications).
    const notesOf = async (accountId: string) =>
      (await t.api('GET', `/v1/accounts/${accountId}/notifications`, { key: provider.api_key })).json as Note[];
    const notes = await notesOf(customer.account_id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      type: 'certificate.issued',
      server_id: null,
      subject: '[Evergreen Print with Canopy] Your Certificate of Reforestation for March 2026',
      text,
      data: { certificate_id: cert!.id, provider_name: 'Evergreen Print', pages: 16_666, trees: 2, co2e_kg: 211.66 },
      deliveries: [{ channel: 'email', target: customer.email, status: 'delivered' }],
    });

    // Closing again, or announcing the certificates again (the roll-up included), sends nothing more.
    expect(await monthClose.closeDue()).toMatchObject({ issued: 0, rollups: 0 });
    const rollups = (await t.api('GET', '/v1/certificates', { key: provider.api_key })).json as Array<{ id: string; kind: string }>;
    expect(rollups.map((c) => c.kind)).toEqual(['rollup']);
    expect(await notifier.certificatesIssued(t.app().db, [cert!.id, rollups[0]!.id])).toBe(0);
    expect(await notifier.deliverDue()).toBe(0);
    expect(r.mails).toHaveLength(1);
    expect(await notesOf(provider.account_id)).toEqual([]);
    expect(await notesOf(customer.account_id)).toHaveLength(1);
  });
});
