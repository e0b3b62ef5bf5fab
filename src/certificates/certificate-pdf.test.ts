import { createHash } from 'node:crypto';
import jpeg from 'jpeg-js';
import { PDFParse } from 'pdf-parse';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { pdfText, renderCertificatePdf } from './certificate-pdf.js';
import { formatCoordinates, formatDate, formatPages, formatPeriod, formatTrees, type CertificateView } from './certificate-view.js';

const ID = 'ae630937-e15b-4da5-98de-bb68eefe2a12';
const BASE = `https://canopy.example.com/certificates/${ID}`;

const view: CertificateView = {
  id: ID,
  accountName: 'Acme Printing Services Ltd',
  providerName: 'Northwind Managed Print',
  month: '2026-10-01',
  pages: 2_469_134,
  adjustmentPages: 0,
  trees: 2_469_134 / 8333,
  projects: [
    {
      name: 'Madagascar',
      trees: 2_469_134 / 8333,
      latitude: -15.735844444444444,
      longitude: 46.35879166666667,
      description: 'Madagascar, due to its isolation, is home to species found nowhere else.',
    },
  ],
  issuedAt: new Date('2026-11-06T09:30:00Z'),
  impact: {
    co2e_kg: 31_358,
    water_l: 24_691_340,
    energy_kwh: 123_456.7,
    wood_kg: 30_864.18,
    version: 'test-2026.1',
    methodUrl: 'https://canopy.example/impact#test-2026.1',
  },
  pageUrl: BASE,
  pdfUrl: `${BASE}.pdf`,
};

const SIX = [
  ['Madagascar', -15.7358, 46.3588],
  ['Madagascar North', -13.2, 48.9],
  ['Willamette, Oregon', 44, -122.5],
  ['Minas Gerais, Brazil', -18.5, -44.5],
  ['Annapurna, Nepal', 28.2, 84.1],
  ['Scottish Highlands', 57.1, -4.5],
] as const;

const longName = 'The Extraordinarily Long-Named International Consolidated Printing, Imaging & Document Solutions Holding Co';

const stress: CertificateView = {
  ...view,
  accountName: `${longName} Ltd`.padEnd(120, '.'),
  providerName: 'A Provider With A Rather Long Name For Managed Print Services Europe Limited',
  pages: 123_456_789,
  adjustmentPages: 4321,
  trees: 123_456_789 / 8333,
  projects: SIX.map(([name, latitude, longitude]) => ({
    name,
    latitude,
    longitude,
    trees: 123_456_789 / 8333 / 6,
    description: 'A long description. '.repeat(40),
  })),
};

async function read(pdf: Buffer) {
  const parser = new PDFParse({ data: pdf });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    return { pages: text.total, text: text.text.replace(/\s+/g, ' '), info: info.info };
  } finally {
    await parser.destroy();
  }
}

describe('renderCertificatePdf', () => {
  it('renders one A4 landscape page with the account, figures, project, id and verification line', async () => {
    const pdf = await renderCertificatePdf(view);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, text, info } = await read(pdf);
    expect(pages).toBe(1);
    for (const s of [
      'Certificate of Reforestation',
      'Acme Printing Services Ltd',
      'October 2026',
      '2,469,134',
      '296.31',
      ID,
      'Madagascar',
      '15.7358° S, 46.3588° E',
      `Verify this certificate at ${BASE}`,
      'Issued 6 November 2026 by Canopy on behalf of Northwind Managed Print',
      // The paper's footprint: whole numbers from 100 up, with the factor set and the method's address.
      '31,358 kg CO₂e',
      '24,691,340 litres',
      '123,457 kWh',
      '30,864 kg',
      'impact factors test-2026.1',
      'https://canopy.example/impact#test-2026.1',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('reported late');
    expect(info).toMatchObject({ Title: 'Certificate of Reforestation: Acme Printing Services Ltd, October 2026', Author: 'Canopy' });
    // A4 landscape: 841.89 × 595.28 pt.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
  });

  it('keeps a 120-character account name, six projects and an adjustment on one page', async () => {
    expect(stress.accountName).toHaveLength(120);
    const { pages, text } = await read(await renderCertificatePdf(stress));
    expect(pages).toBe(1);
    expect(text).toContain(stress.accountName);
    expect(text).toContain('14,815.41');
    expect(text).toContain('Includes 4,321 pages reported late for earlier months.');
    for (const [name] of SIX) expect(text).toContain(name);
  });

  it('shrinks or cuts anything else rather than adding a page', async () => {
    const extreme: CertificateView = {
      ...stress,
      accountName: 'W'.repeat(400),
      providerName: 'P'.repeat(300),
      pages: 98_765_432_109_876,
      trees: 98_765_432_109_876 / 8333,
      projects: Array.from({ length: 30 }, (_, i) => ({
        name: `Project ${i + 1} ${'with a very long name '.repeat(5)}`,
        trees: 1,
        latitude: 80 - i * 5,
        longitude: -170 + i * 11,
        description: '',
      })),
      pageUrl: `${BASE}?${'x'.repeat(300)}`,
    };
    const { pages, text } = await read(await renderCertificatePdf(extreme));
    expect(pages).toBe(1);
    expect(text).toMatch(/and \d+ more projects/);
  });

  it('shows Polish, Greek and Cyrillic names as they are, in subsets of the embedded fonts', async () => {
    const name = 'Zażółć Gęślą Jaźń Ελληνικά Кириллица Ltd';
    const unicode: CertificateView = {
      ...view,
      accountName: name,
      providerName: 'Łódź Druk Sp. z o.o.',
      projects: [{ ...view.projects[0]!, name: 'Карелия, Россия', description: 'Πευκοδάσος — лес, Świętokrzyskie.' }],
    };
    const pdf = await renderCertificatePdf(unicode);
    const { pages, text, info } = await read(pdf);
    expect(pages).toBe(1);
    // Every character of the name comes back as itself (none dropped, none replaced by "?" or an accentless letter).
    const extracted = new Set(text);
    expect([...name].filter((ch) => !extracted.has(ch))).toEqual([]);
    for (const s of [name, 'Łódź Druk Sp. z o.o.', 'Карелия, Россия', 'Πευκοδάσος — лес, Świętokrzyskie.']) expect(text).toContain(s);
    expect(text).not.toContain('?');
    expect(info).toMatchObject({ Title: `Certificate of Reforestation: ${name}, October 2026` });

    // Embedded TrueType subsets (a 6-letter tag before the name), and no standard (unembedded) font at all.
    const bytes = pdf.toString('latin1');
    const fonts = [...bytes.matchAll(/\/FontName \/(\S+)/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThanOrEqual(7);
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+DejaVu(Sans|Serif|SansMono)/);
    expect(fonts).toEqual(expect.arrayContaining([expect.stringMatching(/\+DejaVuSerifCondensed-Bold$/)])); // the name's face
    expect(bytes.match(/\/FontFile2 /g)).toHaveLength(fonts.length);
    expect(bytes).not.toMatch(/Helvetica|Times-|Courier|\/Subtype \/Type1/);
  });

  it('stays small: subsets, not whole fonts', async () => {
    // Measured: 45 KB (view), 48 KB (the Polish/Greek/Cyrillic one above), 49 KB (stress), against ~10 KB with the
    // standard fonts; the eight DejaVu files add up to 3 MB.
    for (const v of [view, stress]) expect((await renderCertificatePdf(v)).length).toBeLessThan(100_000);
  });

  it('is deterministic: the same view gives the same bytes', async () => {
    expect((await renderCertificatePdf(stress)).equals(await renderCertificatePdf(stress))).toBe(true);
  });

  it('renders fast', async () => {
    await renderCertificatePdf(stress); // warm-up
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const start = performance.now();
      await renderCertificatePdf(i % 2 ? stress : view);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`certificate PDF render: median ${times[10]?.toFixed(1)} ms, max ${times[20]?.toFixed(1)} ms`);
  });
});

describe('pdfText', () => {
  it('keeps what the embedded fonts show and replaces the rest', () => {
    expect(pdfText('Müller & Söhne — “Café” €5')).toBe('Müller & Söhne — “Café” €5');
    expect(pdfText('Łódź Drukarnia Őrség')).toBe('Łódź Drukarnia Őrség');
    expect(pdfText('Ελληνικά Кириллица')).toBe('Ελληνικά Кириллица');
    expect(pdfText('Cafe\u0301')).toBe('Café'); // composed: one glyph
    expect(pdfText('北京 Print\n\tCo')).toBe('?? Print Co');
    expect(pdfText('שלום Co')).toBe('???? Co'); // right-to-left scripts: not covered by every face (nor laid out)
  });
});

describe('certificate view helpers', () => {
  it('formats trees with two decimals and thousands separators', () => {
    expect(formatTrees(1234.5678)).toBe('1,234.57');
    expect(formatTrees(2_469_134 / 8333)).toBe('296.31');
    expect(formatTrees(16_666 / 8333)).toBe('2.00');
    expect(formatTrees(0)).toBe('0.00');
  });

  it('formats pages, periods, dates and coordinates', () => {
    expect(formatPages(2_469_134)).toBe('2,469,134');
    expect(formatPeriod('2026-10-01')).toBe('October 2026');
    expect(formatPeriod('2027-01-01')).toBe('January 2027');
    expect(() => formatPeriod('2026-13-01')).toThrow(RangeError);
    expect(formatDate(new Date('2026-11-06T23:30:00Z'))).toBe('6 November 2026');
    expect(formatCoordinates(-15.735844444444444, 46.35879166666667)).toBe('15.7358° S, 46.3588° E');
    expect(formatCoordinates(44, -122.5)).toBe('44.0000° N, 122.5000° W');
  });
});

describe('renderCertificatePdf with branding', () => {
  /** A logo as the branding feature stores it: a PNG (RGBA: with transparency) or a JPEG. */
  function logo(kind: 'png' | 'jpeg', width: number, height: number): NonNullable<CertificateView['branding']>['issuerLogo'] {
    const rgba = Buffer.alloc(width * height * 4);
    for (let i = 0; i < width * height; i++) rgba.set([30 + (i % width), 120, 200, i % width < 10 ? 0 : 255], i * 4);
    const png = new PNG({ width, height });
    png.data = rgba;
    const bytes = kind === 'png' ? PNG.sync.write(png, { colorType: 6 }) : jpeg.encode({ data: rgba, width, height }, 90).data;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const ext = kind === 'png' ? 'png' : 'jpg';
    return { path: `/branding/${ID}/logo.${ext}?v=${sha256}`, bytes, mediaType: `image/${kind}`, width, height, sha256 };
  }
  const branded: CertificateView = {
    ...view,
    branding: { issuerLogo: logo('png', 300, 90), accountLogo: logo('jpeg', 120, 120), accent: '#7a3e00' },
  };

  it('says who issued it, with Canopy, and embeds both logos, on one page', async () => {
    const pdf = await renderCertificatePdf(branded);
    const { pages, text } = await read(pdf);
    expect(pages).toBe(1);
    expect(text).toContain('Issued by Northwind Managed Print with Canopy');
    expect(text).toContain('Issued 6 November 2026 by Canopy on behalf of Northwind Managed Print');
    expect(pdf.toString('latin1').match(/\/Subtype \/Image/g)).toHaveLength(2);
    expect(pdf.length).toBeLessThan(200_000);
    expect((await renderCertificatePdf(branded)).equals(pdf)).toBe(true);
  });

  it('keeps a very long provider name and two logos on one page', async () => {
    const { pages, text } = await read(await renderCertificatePdf({ ...branded, ...stress, branding: branded.branding }));
    expect(pages).toBe(1);
    expect(text).toContain('Issued by A Provider With A Rather Long Name');
  });

  it('renders fast with logos too', async () => {
    await renderCertificatePdf(branded); // warm-up (the transparent logo is flattened once)
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const start = performance.now();
      await renderCertificatePdf(branded);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`branded certificate PDF render: median ${times[10]?.toFixed(1)} ms`);
    expect(times[10]).toBeLessThan(50);
  });
});
