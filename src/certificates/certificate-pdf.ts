import PDFDocument from 'pdfkit';
import { PNG } from 'pngjs';
import {
  CERTIFICATE_TITLE,
  MAP_ASPECT,
  WORLD_LAND,
  WORLD_WATER,
  adjustmentNote,
  brandLine,
  certificatePalette,
  fitBox,
  impactLines,
  formatCoordinates,
  formatPages,
  formatPeriod,
  formatTreeCount,
  formatTrees,
  graticuleLatitudes,
  graticuleLongitudes,
  issuedLine,
  mapPoint,
  NO_PROJECTS_NOTE,
  placeLabels,
  verificationLine,
  TREE_RULE_NOTE,
  type CertificateLogoView,
  type CertificatePalette,
  type CertificateView,
} from './certificate-view.js';
import { type CertificateFont, certificateFontsCover, registerCertificateFonts } from './pdf-fonts.js';

/**
 * The printable Certificate of Reforestation: one A4 landscape page drawn with the DejaVu faces of pdf-fonts.ts
 * (Latin, Greek, Cyrillic; a subset of each embedded in every PDF). Every text box is bounded (shrunk, wrapped into a
 * fixed height or truncated), so no input can push the layout onto a second page; a second page would be a bug and
 * throws.
 */

type Doc = PDFKit.PDFDocument;
type Font = CertificateFont;

const W = 841.89;
const H = 595.28;
const CX = W / 2;

/** The colours besides the palette (certificate-view.ts certificatePalette: Canopy's greens, or the brand's). */
const FIXED = {
  gold: '#a8853a',
  ink: '#1c2a22',
  muted: '#5b6b62',
  ocean: '#fbfdfb',
} as const;

type Colors = typeof FIXED & CertificatePalette;

export async function renderCertificatePdf(view: CertificateView): Promise<Buffer> {
  const period = formatPeriod(view.month);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    lang: 'en',
    displayTitle: true,
    info: {
      // Metadata strings are written as UTF-16 when needed: the account name as it is, not pdfText'ed.
      Title: `${CERTIFICATE_TITLE}: ${oneLine(view.accountName)}, ${period}`,
      Author: 'Canopy',
      Subject: `${formatTreeCount(view.trees)} for ${formatPages(view.pages)} standard pages, ${period}`,
      Keywords: `certificate of reforestation, ${view.id}`,
      // Same view, same bytes (the document id is derived from the info dictionary).
      CreationDate: view.issuedAt,
      ModDate: view.issuedAt,
    },
  });
  registerCertificateFonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.on('pageAdded', () => {
    throw new Error('Certificate layout overflowed onto a second page');
  });

  const c: Colors = { ...FIXED, ...certificatePalette(view) };
  drawBorder(doc, c);
  drawHeader(doc, c, view);
  drawLogos(doc, view);
  drawRecipient(doc, c, view, period);
  drawFigures(doc, c, view);
  drawProjects(doc, c, view);
  drawFooter(doc, c, view);
  drawImpact(doc, c, view);
  drawSeal(doc, c, W - 92, 96, period);
  doc.end();
  return done;
}

// ---- Sections (top to bottom) -----------------------------------------------------------------------------------

function drawBorder(doc: Doc, c: Colors): void {
  doc
    .lineWidth(2.5)
    .strokeColor(c.forest)
    .rect(18, 18, W - 36, H - 36)
    .stroke();
  doc
    .lineWidth(0.75)
    .strokeColor(c.gold)
    .rect(25, 25, W - 50, H - 50)
    .stroke();
  for (const [x, y] of [
    [25, 25],
    [W - 25, 25],
    [25, H - 25],
    [W - 25, H - 25],
  ] as const)
    diamond(doc, x, y, 4.5, c.gold);
}

/** The space the title leaves on each side of the brand line (the logos' column on the left, the seal on the right). */
const BRAND_LINE_WIDTH = 470;

function drawHeader(doc: Doc, c: Colors, view: CertificateView): void {
  // Canopy's own line, or "Issued by <provider> with Canopy" (in its case, smaller, cut to the title's width).
  const branded = view.providerName !== null;
  const spacing = branded ? 0.6 : 3;
  doc.font('Sans-Bold').fontSize(branded ? 9.5 : 10);
  const label = branded ? truncate(doc, pdfText(brandLine(view)), BRAND_LINE_WIDTH - 18) : 'CANOPY';
  const textWidth = doc.widthOfString(label, { characterSpacing: spacing });
  const x = CX - (textWidth + 18) / 2;
  drawTree(doc, c, x + 6, 55, 17, c.leaf);
  doc.fillColor(c.forest).text(label, x + 18, branded ? 45.5 : 45, { lineBreak: false, characterSpacing: spacing });

  doc.font('Serif').fontSize(38).fillColor(c.forest);
  doc.text(CERTIFICATE_TITLE, 40, 64, { width: W - 80, align: 'center', lineBreak: false });

  doc.lineWidth(0.75).strokeColor(c.gold);
  doc
    .moveTo(CX - 110, 116)
    .lineTo(CX - 12, 116)
    .moveTo(CX + 12, 116)
    .lineTo(CX + 110, 116)
    .stroke();
  diamond(doc, CX, 116, 4, c.gold);
}

/**
 * The logos' column, left of the title: the issuing provider's on top, the account's own below it (either alone takes
 * the whole column). Each fits its box, keeping its proportions.
 */
const LOGO_COLUMN = { x: 44, y: 36, width: 128, height: 106 } as const;

function drawLogos(doc: Doc, view: CertificateView): void {
  const logos = [view.branding?.issuerLogo, view.branding?.accountLogo].filter((l): l is CertificateLogoView => !!l);
  if (!logos.length) return;
  const boxes =
    logos.length === 1
      ? [{ y: LOGO_COLUMN.y, height: 72 }]
      : [
          { y: LOGO_COLUMN.y, height: 56 },
          { y: LOGO_COLUMN.y + 62, height: LOGO_COLUMN.height - 62 },
        ];
  logos.forEach((logo, i) => {
    const box = boxes[i]!;
    const size = fitBox(logo.width, logo.height, LOGO_COLUMN.width, box.height);
    // Left-aligned, vertically centred in its box.
    doc.image(pdfImage(logo), LOGO_COLUMN.x, box.y + (box.height - size.height) / 2, { width: size.width, height: size.height });
  });
}

/**
 * The logo as pdfkit embeds it fastest: a JPEG or an opaque PNG as it is (its compressed data goes in unchanged); a
 * PNG with transparency composited on white first (pdfkit would otherwise split its alpha channel on every render),
 * once per logo version in this process.
 */
const flattened = new Map<string, Buffer>();
const FLATTENED_KEPT = 32;

function pdfImage(logo: CertificateLogoView): Buffer {
  if (logo.mediaType !== 'image/png' || logo.bytes[25] !== 6) return logo.bytes; // IHDR colour type 6: RGBA
  const cached = flattened.get(logo.sha256);
  if (cached) return cached;
  const png = PNG.sync.read(logo.bytes);
  const out = new PNG({ width: png.width, height: png.height });
  for (let i = 0; i < png.data.length; i += 4) {
    const a = png.data[i + 3]! / 255;
    for (let k = 0; k < 3; k++) out.data[i + k] = Math.round(png.data[i + k]! * a + 255 * (1 - a));
    out.data[i + 3] = 255;
  }
  const bytes = PNG.sync.write(out, { colorType: 2, inputColorType: 6, inputHasAlpha: true });
  if (flattened.size >= FLATTENED_KEPT) flattened.delete(flattened.keys().next().value!);
  flattened.set(logo.sha256, bytes);
  return bytes;
}

function drawRecipient(doc: Doc, c: Colors, view: CertificateView, period: string): void {
  centered(doc, [{ text: 'This certifies that', font: 'Serif-Italic', size: 14, color: c.muted }], 128);
  fitText(doc, pdfText(view.accountName), {
    font: 'Serif-Bold',
    maxSize: 30,
    minSize: 13,
    color: c.ink,
    x: 70,
    y: 148,
    width: W - 140,
    height: 44,
    align: 'center',
  });
  centered(
    doc,
    [
      { text: 'reforested the paper it used in ', font: 'Serif-Italic', size: 14, color: c.muted },
      { text: period, font: 'Serif-BoldItalic', size: 14, color: c.ink },
    ],
    198,
  );
}

function drawFigures(doc: Doc, c: Colors, view: CertificateView): void {
  const top = 226;
  const columns = [
    { value: formatPages(view.pages), label: 'STANDARD PAGES', x: CX - 290 },
    { value: formatTrees(view.trees), label: 'TREES PLANTED', x: CX + 10 },
  ];
  for (const column of columns) {
    fitText(doc, column.value, {
      font: 'Serif-Bold',
      maxSize: 40,
      minSize: 16,
      color: c.forest,
      x: column.x,
      y: top,
      width: 280,
      height: 44,
      align: 'center',
      singleLine: true,
    });
    doc.font('Sans-Bold').fontSize(8).fillColor(c.muted);
    doc.text(column.label, column.x, top + 48, { width: 280, align: 'center', lineBreak: false, characterSpacing: 2 });
  }
  doc
    .lineWidth(0.5)
    .strokeColor(c.gold)
    .moveTo(CX, top + 4)
    .lineTo(CX, top + 56)
    .stroke();

  const notes = [TREE_RULE_NOTE];
  const adjustment = adjustmentNote(view);
  if (adjustment) notes.push(adjustment);
  doc.font('Sans').fontSize(8).fillColor(c.muted);
  doc.text(notes.join(' '), 70, top + 66, { width: W - 140, align: 'center', lineBreak: false });
}

const PANEL = { x: 52, y: 302, width: W - 104, height: 196 } as const;
const MAP_WIDTH = 410;
const MAP = {
  width: MAP_WIDTH,
  height: MAP_WIDTH / MAP_ASPECT,
  x: PANEL.x + PANEL.width - 16 - MAP_WIDTH,
  y: PANEL.y + (PANEL.height - MAP_WIDTH / MAP_ASPECT) / 2,
} as const;

function drawProjects(doc: Doc, c: Colors, view: CertificateView): void {
  doc.roundedRect(PANEL.x, PANEL.y, PANEL.width, PANEL.height, 6).fill(c.panel);
  drawMap(doc, c, view);

  const x = PANEL.x + 16;
  const width = MAP.x - 20 - x;
  doc.font('Sans-Bold').fontSize(8).fillColor(c.leaf);
  const heading = view.projects.length === 1 ? 'FORESTRY PROJECT' : 'FORESTRY PROJECTS';
  doc.text(heading, x, PANEL.y + 14, { lineBreak: false, characterSpacing: 2 });

  const top = PANEL.y + 32;
  const available = PANEL.y + PANEL.height - 10 - top;
  const minRow = 22;
  const n = view.projects.length;
  // Too many to list: the last row says how many more there are (the map still shows them all).
  const shown = n * minRow <= available ? n : Math.floor(available / minRow) - 1;
  const rows = shown < n ? shown + 1 : shown;
  const rowHeight = Math.min(available / Math.max(rows, 1), n === 1 ? available : 46);

  view.projects.slice(0, shown).forEach((project, i) => {
    const y = top + i * rowHeight;
    const compact = rowHeight < 28;
    badge(doc, c, x + 7, y + 6, i + 1, compact ? 6 : 7);
    const textX = x + 20;
    const textWidth = width - 20;
    const trees = formatTreeCount(project.trees);
    doc.font('Sans').fontSize(compact ? 8.5 : 9.5);
    const treesWidth = doc.widthOfString(trees);
    doc.fillColor(c.forest).text(trees, textX + textWidth - treesWidth, y + 1, { lineBreak: false });
    doc
      .font('Sans-Bold')
      .fontSize(compact ? 9 : 10.5)
      .fillColor(c.ink);
    doc.text(truncate(doc, pdfText(project.name), textWidth - treesWidth - 8), textX, y, { lineBreak: false });
    doc
      .font('Sans')
      .fontSize(compact ? 7 : 8)
      .fillColor(c.muted);
    const coordsY = y + (compact ? 11 : 13.5);
    doc.text(formatCoordinates(project.latitude, project.longitude), textX, coordsY, { lineBreak: false });
    const descriptionTop = coordsY + 11;
    const descriptionHeight = y + rowHeight - 4 - descriptionTop;
    const description = pdfText(project.description);
    if (description && descriptionHeight >= 9) {
      doc.font('Serif-Italic').fontSize(8.5).fillColor(c.muted);
      doc.text(description, textX, descriptionTop, { width: textWidth, height: descriptionHeight, ellipsis: true, lineGap: 0.5 });
    }
  });
  if (n === 0) {
    doc.font('Sans-Oblique').fontSize(9).fillColor(c.muted);
    doc.text(NO_PROJECTS_NOTE, x, top, { width, lineBreak: false });
  }
  if (shown < n) {
    doc.font('Sans-Oblique').fontSize(8).fillColor(c.muted);
    const more = `and ${n - shown} more ${n - shown === 1 ? 'project' : 'projects'}, listed on the certificate page`;
    doc.text(more, x + 20, top + shown * rowHeight + 2, { lineBreak: false });
  }
}

function drawMap(doc: Doc, c: Colors, view: CertificateView): void {
  const { x, y, width, height } = MAP;
  const at = (lon: number, lat: number) => {
    const p = mapPoint(lon, lat, width, height);
    return { x: x + p.x, y: y + p.y };
  };
  doc.save();
  doc.rect(x, y, width, height).clip();
  doc.rect(x, y, width, height).fill(c.ocean);

  doc.lineWidth(0.4).strokeColor(c.grid);
  for (const lat of graticuleLatitudes()) {
    const a = at(-180, lat);
    doc.moveTo(x, a.y).lineTo(x + width, a.y);
  }
  for (const lon of graticuleLongitudes()) {
    const a = at(lon, 0);
    doc.moveTo(a.x, y).lineTo(a.x, y + height);
  }
  doc.stroke();
  const equator = at(0, 0).y;
  doc
    .lineWidth(0.6)
    .strokeColor(c.land)
    .moveTo(x, equator)
    .lineTo(x + width, equator)
    .stroke();

  rings(doc, WORLD_LAND, at);
  doc.fill(c.land);
  rings(doc, WORLD_WATER, at);
  doc.fill(c.ocean);

  const points = view.projects.map((p) => at(p.longitude, p.latitude));
  const r = 5.5;
  const local = points.map((p) => ({ x: p.x - x, y: p.y - y }));
  const boxes = placeLabels(
    local,
    points.map(() => ({ width: 2 * r, height: 2 * r })),
    { width, height },
    7,
  );
  boxes.forEach((b, i) => {
    const p = points[i];
    if (!p) return;
    const cx = x + b.x + r;
    const cy = y + b.y + r;
    doc.lineWidth(0.6).strokeColor(c.forest).moveTo(p.x, p.y).lineTo(cx, cy).stroke();
    doc.circle(p.x, p.y, 2).fill(c.gold);
  });
  for (const [i, b] of boxes.entries()) badge(doc, c, x + b.x + r, y + b.y + r, i + 1, r);
  doc.restore();
  doc.lineWidth(0.75).strokeColor(c.leaf).rect(x, y, width, height).stroke();
}

/** The footer's left half (issue line, id, verification); the equivalents take the right half (drawImpact). */
const FOOTER_LEFT_WIDTH = PANEL.width / 2 - 24;

function drawFooter(doc: Doc, c: Colors, view: CertificateView): void {
  const x = PANEL.x + 16;
  const width = FOOTER_LEFT_WIDTH;
  const y = 512;
  doc.font('Sans').fontSize(9).fillColor(c.ink);
  doc.text(truncate(doc, pdfText(issuedLine(view)), width), x, y, { lineBreak: false });

  doc.fillColor(c.muted).text('Certificate ID ', x, y + 15, { lineBreak: false });
  const idX = x + doc.widthOfString('Certificate ID ');
  doc.font('Mono').fontSize(9).fillColor(c.ink);
  doc.text(truncate(doc, pdfText(view.id), width - (idX - x)), idX, y + 15, { lineBreak: false });

  const line = pdfText(verificationLine(view));
  let size = 9;
  doc.font('Sans');
  while (size > 6 && doc.fontSize(size).widthOfString(line) > width) size -= 0.5;
  const link = /^https?:\/\//i.test(view.pageUrl) ? view.pageUrl : null;
  doc.fillColor(c.forest).text(truncate(doc, line, width), x, y + 30, { lineBreak: false, link });
}

/** The paper's footprint (docs/impact.md): four equivalents in a row, then the factor set and a link to the method. */
function drawImpact(doc: Doc, c: Colors, view: CertificateView): void {
  const left = PANEL.x + PANEL.width / 2;
  const width = PANEL.width / 2 - 16;
  const y = 508;
  const lines = impactLines(view.impact);
  const column = width / lines.length;
  doc.font('Sans-Bold').fontSize(6.5).fillColor(c.leaf);
  doc.text("THE PAPER'S FOOTPRINT", left, y, { width, align: 'right', lineBreak: false, characterSpacing: 1.5 });
  lines.forEach((l, i) => {
    const x = left + i * column;
    fitText(doc, pdfText(l.value), {
      font: 'Serif-Bold',
      maxSize: 11,
      minSize: 7,
      color: c.forest,
      x,
      y: y + 11,
      width: column - 4,
      height: 14,
      align: 'right',
      singleLine: true,
    });
    doc.font('Sans').fontSize(6.5).fillColor(c.muted);
    doc.text(l.label.toUpperCase(), x, y + 26, { width: column - 4, align: 'right', lineBreak: false, characterSpacing: 0.8 });
  });
  const note = pdfText(`Paper production, estimated with impact factors ${view.impact.version} · method: ${view.impact.methodUrl}`);
  let size = 7;
  doc.font('Sans');
  while (size > 5 && doc.fontSize(size).widthOfString(note) > width) size -= 0.25;
  const link = /^https?:\/\//i.test(view.impact.methodUrl) ? view.impact.methodUrl : null;
  doc.fillColor(c.muted).text(truncate(doc, note, width), left, y + 38, { width, align: 'right', lineBreak: false, link });
}

/** A round seal: double ring, "CERTIFIED REFORESTATION" over the top, the month upright along the bottom, a tree. */
function drawSeal(doc: Doc, c: Colors, cx: number, cy: number, period: string): void {
  doc.lineWidth(1.5).strokeColor(c.gold).circle(cx, cy, 44).stroke();
  doc.lineWidth(0.5).circle(cx, cy, 41).stroke().circle(cx, cy, 27).stroke();
  doc.font('Sans-Bold').fontSize(6.4).fillColor(c.gold);
  arcText(doc, cx, cy, 34, 'CERTIFIED REFORESTATION', 'top');
  arcText(doc, cx, cy, 34, period.toUpperCase(), 'bottom');
  for (const side of [-1, 1]) diamond(doc, cx + side * 34, cy + 4, 1.6, c.gold);
  drawTree(doc, c, cx, cy + 15, 28, c.leaf);
}

/** Text along a circle, centred on its top (reading clockwise) or its bottom (upright, reading left to right). */
function arcText(doc: Doc, cx: number, cy: number, radius: number, text: string, side: 'top' | 'bottom'): void {
  const spacing = 1;
  const widths = [...text].map((ch) => doc.widthOfString(ch) + spacing);
  const span = (widths.reduce((a, b) => a + b, 0) - spacing) / radius;
  // Angles clockwise from the top; the bottom runs from right to left of π, i.e. left to right on the page.
  const dir = side === 'top' ? 1 : -1;
  let angle = side === 'top' ? -span / 2 : Math.PI + span / 2;
  const capHeight = doc.currentLineHeight() * 0.62;
  [...text].forEach((ch, i) => {
    const w = widths[i] ?? 0;
    const mid = angle + (dir * (w - spacing)) / 2 / radius;
    const rotation = side === 'top' ? mid : mid - Math.PI;
    const y = side === 'top' ? cy - radius - capHeight / 2 : cy + radius - capHeight / 2;
    doc.save().rotate((rotation * 180) / Math.PI, { origin: [cx, cy] });
    doc.text(ch, cx - (w - spacing) / 2, y - 1.3, { lineBreak: false });
    doc.restore();
    angle += (dir * w) / radius;
  });
}

// ---- Drawing helpers --------------------------------------------------------------------------------------------

interface Run {
  text: string;
  font: Font;
  size: number;
  color: string;
}

/** Runs of differently styled text (pdfText'ed where it comes from input) on one centred line. */
function centered(doc: Doc, runs: Run[], y: number): void {
  const widths = runs.map((r) => doc.font(r.font).fontSize(r.size).widthOfString(r.text));
  let x = CX - widths.reduce((a, b) => a + b, 0) / 2;
  runs.forEach((r, i) => {
    doc.font(r.font).fontSize(r.size).fillColor(r.color).text(r.text, x, y, { lineBreak: false });
    x += widths[i] ?? 0;
  });
}

interface FitOptions {
  font: Font;
  maxSize: number;
  minSize: number;
  color: string;
  x: number;
  y: number;
  width: number;
  height: number;
  align: 'left' | 'center' | 'right';
  singleLine?: boolean;
}

/** The largest size (maxSize..minSize) at which the text fits the box, vertically centred; else minSize cut short. */
function fitText(doc: Doc, text: string, o: FitOptions): void {
  doc.font(o.font).fillColor(o.color);
  for (let size = o.maxSize; size >= o.minSize; size -= 1) {
    doc.fontSize(size);
    const fits = o.singleLine ? doc.widthOfString(text) <= o.width : doc.heightOfString(text, { width: o.width }) <= o.height;
    if (fits) {
      const h = o.singleLine ? doc.currentLineHeight() : doc.heightOfString(text, { width: o.width });
      const y = o.y + (o.height - h) / 2;
      if (o.singleLine) doc.text(text, o.x, y, { width: o.width, align: o.align, lineBreak: false });
      else doc.text(text, o.x, y, { width: o.width, height: o.height, align: o.align });
      return;
    }
  }
  doc.fontSize(o.minSize);
  if (o.singleLine) doc.text(truncate(doc, text, o.width), o.x, o.y, { width: o.width, align: o.align, lineBreak: false });
  else doc.text(text, o.x, o.y, { width: o.width, height: o.height, align: o.align, ellipsis: true });
}

/** The text cut to `width` (current font and size) with an ellipsis. */
function truncate(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${text.slice(0, mid).trimEnd()}\u2026`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}\u2026`;
}

/** A numbered disc (the project's number in the list and on the map). */
function badge(doc: Doc, c: Colors, cx: number, cy: number, n: number, r: number): void {
  doc.lineWidth(1).strokeColor('#ffffff').fillColor(c.forest).circle(cx, cy, r).fillAndStroke();
  const label = String(n);
  doc
    .font('Sans-Bold')
    .fontSize(r * 1.25)
    .fillColor('#ffffff');
  const w = doc.widthOfString(label);
  doc.text(label, cx - w / 2, cy - r * 0.45, { lineBreak: false });
}

function diamond(doc: Doc, cx: number, cy: number, r: number, color: string): void {
  doc.polygon([cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]).fill(color);
}

/** A stylised conifer: three tiers and a trunk, `height` tall, standing on (cx, baseY). */
function drawTree(doc: Doc, c: Colors, cx: number, baseY: number, height: number, color: string): void {
  const trunk = height * 0.16;
  const top = baseY - height;
  const tiers = [
    { y: top, bottom: top + height * 0.42, half: height * 0.2 },
    { y: top + height * 0.2, bottom: top + height * 0.64, half: height * 0.28 },
    { y: top + height * 0.4, bottom: baseY - trunk, half: height * 0.36 },
  ];
  for (const t of tiers) doc.polygon([cx, t.y], [cx + t.half, t.bottom], [cx - t.half, t.bottom]);
  doc.fill(color);
  doc.rect(cx - height * 0.05, baseY - trunk, height * 0.1, trunk).fill(c.forest);
}

function rings(doc: Doc, list: readonly (readonly number[])[], at: (lon: number, lat: number) => { x: number; y: number }): void {
  for (const ring of list) {
    for (let i = 0; i + 1 < ring.length; i += 2) {
      const p = at(ring[i] ?? 0, ring[i + 1] ?? 0);
      if (i === 0) doc.moveTo(p.x, p.y);
      else doc.lineTo(p.x, p.y);
    }
    doc.closePath();
  }
}

// ---- Text encoding ----------------------------------------------------------------------------------------------

/**
 * Text the embedded fonts can show, on one line (white space runs, new lines included, become one space). Characters
 * the fonts lack (CJK, say) would print as empty boxes: an accented one loses its accent where the letter is covered
 * (NFKD), anything else becomes "?".
 */
export function pdfText(text: string): string {
  let out = '';
  for (const ch of oneLine(text).normalize('NFC')) {
    if (covers(ch)) {
      out += ch;
      continue;
    }
    const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    out += base && [...base].every(covers) ? base : '?';
  }
  return out;
}

function covers(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x20 && certificateFontsCover(code);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
