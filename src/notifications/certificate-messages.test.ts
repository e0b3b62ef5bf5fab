import { describe, expect, it } from 'vitest';
import { certificateMessage, monthName, type IssuedCertificate } from './certificate-messages.js';

const FACTORS = { co2e_kg: 0.0127, water_l: 10, energy_kwh: 0.05, wood_kg: 0.005 };
const cert = (over: Partial<IssuedCertificate>): IssuedCertificate => ({
  id: 'c1',
  account_id: 'a1',
  account_name: 'Acme Ltd',
  provider_name: 'Evergreen Print',
  month: '2026-03-01',
  pages: 8333,
  factors: FACTORS,
  ...over,
});

describe('certificate e-mails', () => {
  it('names the month, the figures and who issued it', () => {
    const m = certificateMessage(cert({}), 'https://canopy.example');
    expect(m.subject).toBe('[Evergreen Print with Canopy] Your Certificate of Reforestation for March 2026');
    expect(m.text).toContain('Trees: 1.00 tree\n');
    expect(m.text).toContain('Pages: 8,333 standard pages');
    expect(m.text).toContain('Greenhouse gases: 105.83 kg CO₂e'); // 8,333 × 0.0127 = 105.8291
    expect(m.text).toContain('Issued by Evergreen Print with Canopy');
    expect(m.text).toContain('Certificate: https://canopy.example/certificates/c1\nPDF: https://canopy.example/certificates/c1.pdf');
  });

  it("is Canopy's own without a provider", () => {
    const m = certificateMessage(cert({ provider_name: null, month: '2025-12-01', pages: 1_234_567 }), 'https://canopy.example');
    expect(m.subject).toBe('[Canopy] Your Certificate of Reforestation for December 2025');
    expect(m.text).toContain('Issued by Canopy\n');
    expect(m.text).toContain('Trees: 148.15 trees'); // 1,234,567 / 8,333 = 148.153…
    expect(monthName('2026-01-01')).toBe('January 2026');
  });
});
