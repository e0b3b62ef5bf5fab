import PDFDocument from 'pdfkit';
import { PAGES_PER_TREE_TEXT } from '../trees.js';
import { formatPages, formatPeriod, formatTrees, impactLines, pdfTextOf } from './report-text.js';
import { registerCertificateFonts } from '../certificates/pdf-fonts.js';
import type { AnnualReport } from './annual-report.js';

/**
 * The annual impact report (issue 18) as a PDF: one A4 portrait page or more. The monthly pages as bars on one scale
 * (a month without data is a gap, not a zero; the running month is marked partial; months to come are left out),
 * the year's totals in pages, trees and equivalents, and the year's certificates with their links. The DejaVu faces
 * of the certificates (Latin, Greek, Cyrillic).
 */

type Doc = PDFKit.PDFDocument;
const W = 595.28;
const H = 841.89;
const M = 48;
const COLOR = { forest: '#1f4e37', leaf: '#3d8a5b', gold: '#a8853a', ink: '#1c2a22', muted: '#5b6b62', grid: '#dce8df', bar: '#6fae86' };
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export async function renderAnnualReportPdf(r: AnnualReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: M,
    lang: 'en',
    displayTitle: true,
    info: {
      Title: `Impact report ${r.year}: ${r.accountName}`,
      Author: 'Canopy',
      Subject: `${formatPages(r.totals.pages)} standard pages, ${formatTrees(r.totals.trees)} trees in ${r.year}`,
      CreationDate: r.generatedAt,
      ModDate: r.generatedAt,
    },
  });
  registerCertificateFonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const accent = r.accent ?? COLOR.forest;
  if (r.logo) {
    // The provider's logo at the top right, fitted into 120 × 48 pt.
    const scale = Math.min(120 / r.logo.width, 48 / r.logo.height, 1);
    doc.image(r.logo.bytes, W - M - r.logo.width * scale, M - 4, { width: r.logo.width * scale, height: r.logo.height * scale });
  }
  const brandLine = r.providerName ? `Issued by ${r.providerName} with Canopy` : 'CANOPY';
  doc
    .font('Sans-Bold')
    .fontSize(9)
    .fillColor(accent)
    .text(pdfTextOf(brandLine), M, M, { width: W - 2 * M - 130 });
  doc
    .font('Serif-Bold')
    .fontSize(24)
    .fillColor(accent)
    .text(`Impact report ${r.year}`, M, M + 18);
  doc
    .font('Serif')
    .fontSize(15)
    .fillColor(COLOR.ink)
    .text(pdfTextOf(r.accountName), M, M + 52, { width: W - 2 * M });

  // Totals: pages, trees, then the equivalents.
  const top = doc.y + 14;
  const figures = [
    { label: 'STANDARD PAGES', value: formatPages(r.totals.pages) },
    { label: 'TREES', value: formatTrees(r.totals.trees) },
  ];
  figures.forEach((f, i) => {
    const x = M + i * 170;
    doc.font('Serif-Bold').fontSize(22).fillColor(COLOR.forest).text(f.value, x, top, { width: 160, lineBreak: false });
    doc
      .font('Sans-Bold')
      .fontSize(7)
      .fillColor(COLOR.muted)
      .text(f.label, x, top + 28, { characterSpacing: 1.5, lineBreak: false });
  });
  const lines = impactLines({ ...r.totals, version: r.factorsVersion, methodUrl: r.methodUrl });
  lines.forEach((l, i) => {
    const x = M + i * ((W - 2 * M) / lines.length);
    doc
      .font('Serif-Bold')
      .fontSize(12)
      .fillColor(COLOR.forest)
      .text(pdfTextOf(l.value), x, top + 50, { lineBreak: false });
    doc
      .font('Sans')
      .fontSize(7)
      .fillColor(COLOR.muted)
      .text(l.label.toUpperCase(), x, top + 66, { characterSpacing: 1, lineBreak: false });
  });
  doc
    .font('Sans')
    .fontSize(7.5)
    .fillColor(COLOR.muted)
    .text(
      pdfTextOf(
        `One tree for every ${PAGES_PER_TREE_TEXT} standard pages. ` +
          `Paper production estimated with impact factors ${r.factorsVersion}: ${r.methodUrl}`,
      ),
      M,
      top + 84,
      { width: W - 2 * M, link: r.methodUrl },
    );

  drawChart(doc, r, top + 112);
  drawCertificates(doc, r);

  doc
    .font('Sans')
    .fontSize(7)
    .fillColor(COLOR.muted)
    .text(`Generated ${r.generatedAt.toISOString().slice(0, 10)} · account ${r.accountId}`, M, H - M - 10, { lineBreak: false });
  doc.end();
  return done;
}

/** Monthly pages as bars on one scale, labelled with pages and trees; no data = a gap; the running month partial. */
function drawChart(doc: Doc, r: AnnualReport, y: number): void {
  const x0 = M + 44;
  const width = W - M - x0;
  const height = 170;
  doc.font('Sans-Bold').fontSize(8).fillColor(COLOR.leaf).text('STANDARD PAGES PER MONTH', M, y, { characterSpacing: 1.5 });
  const top = y + 18;
  const max = Math.max(1, ...r.months.map((m) => m.pages ?? 0));
  const step = niceStep(max / 4);
  const ceiling = Math.ceil(max / step) * step;
  const yOf = (v: number) => top + height - (v / ceiling) * height;
  doc.font('Sans').fontSize(7).fillColor(COLOR.muted);
  for (let v = 0; v <= ceiling; v += step) {
    doc
      .lineWidth(0.4)
      .strokeColor(COLOR.grid)
      .moveTo(x0, yOf(v))
      .lineTo(x0 + width, yOf(v))
      .stroke();
    doc.text(formatPages(v), M - 4, yOf(v) - 4, { width: 44, align: 'right', lineBreak: false });
  }
  const slot = width / 12;
  r.months.forEach((m, i) => {
    const x = x0 + i * slot;
    doc
      .font('Sans')
      .fontSize(7)
      .fillColor(COLOR.muted)
      .text(SHORT[i]!, x, top + height + 4, { width: slot, align: 'center', lineBreak: false });
    if (m.future) return;
    if (m.pages === null) {
      doc.fontSize(6).text('no data', x, top + height - 12, { width: slot, align: 'center', lineBreak: false });
      return;
    }
    const barTop = yOf(m.pages);
    doc.rect(x + slot * 0.18, barTop, slot * 0.64, top + height - barTop).fill(m.partial ? '#b9d8c4' : COLOR.bar);
    doc
      .font('Sans')
      .fontSize(6)
      .fillColor(COLOR.ink)
      .text(`${formatTrees(m.trees ?? 0)} t`, x, barTop - 9, { width: slot, align: 'center', lineBreak: false });
    if (m.partial) doc.fillColor(COLOR.muted).text('partial', x, top + height + 13, { width: slot, align: 'center', lineBreak: false });
  });
  doc.font('Sans').fontSize(6.5).fillColor(COLOR.muted);
  doc.text('Bars: standard pages (left axis). Above each bar: trees (t). A month without data is left blank.', x0, top + height + 24, {
    width,
    lineBreak: false,
  });
  doc.y = top + height + 40;
}

function drawCertificates(doc: Doc, r: AnnualReport): void {
  doc
    .font('Sans-Bold')
    .fontSize(8)
    .fillColor(COLOR.leaf)
    .text('CERTIFICATES OF REFORESTATION', M, doc.y + 8, { characterSpacing: 1.5 });
  doc.moveDown(0.4);
  if (!r.certificates.length) {
    doc.font('Sans').fontSize(9).fillColor(COLOR.muted).text(`No certificate has been issued for ${r.year} yet.`, M);
    return;
  }
  for (const c of r.certificates) {
    if (doc.y > H - M - 50) doc.addPage();
    const y = doc.y;
    doc.font('Sans-Bold').fontSize(9).fillColor(COLOR.ink).text(formatPeriod(c.month), M, y, { width: 110, lineBreak: false });
    const figures = `${formatPages(c.pages)} pages · ${formatTrees(c.trees)} trees${c.kind === 'rollup' ? ' (roll-up)' : ''}`;
    doc.font('Sans').text(figures, M + 110, y, { width: W - 2 * M - 110, lineBreak: false });
    // The link on a line of its own, whole: it is the way to verify the certificate.
    doc
      .fontSize(7.5)
      .fillColor(COLOR.forest)
      .text(c.url, M + 110, y + 12, { width: W - 2 * M - 110, lineBreak: false, link: c.url });
    doc.y = y + 26;
  }
}

/** 1, 2 or 5 × a power of ten, at least `raw`: gridlines at round numbers. */
function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  for (const k of [1, 2, 5, 10]) if (k * p >= raw) return k * p;
  return 10 * p;
}
