import fs from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The fonts embedded in the certificate PDF: DejaVu (the `dejavu-fonts-ttf` package; Bitstream Vera licence, free to
 * embed), which covers Latin with Latin Extended-A, Greek and Cyrillic. pdfkit embeds only the glyphs a document
 * uses (a subset, named like `ABCDEF+DejaVuSansCondensed`). The condensed faces stand in for Helvetica and Times,
 * whose widths they are closest to; Sans Mono for Courier (the same advance).
 *
 * Each file is read and parsed (fontkit, the parser pdfkit itself uses) once per process: the parsed font keeps its
 * lazily decoded tables (cmap, GSUB/GPOS), so a document does not pay for them again. pdfkit accepts a parsed font
 * wherever it takes a font file; each document still gets its own subset.
 */

/**
 * Each face, and the vertical metrics (per 1,000 em, from the standard font's AFM: ascender, descender, line gap =
 * bounding box height − ascender + descender) of the standard font it replaces. pdfkit puts a line's baseline at its
 * top + ascender and spaces lines by ascender − descender + gap; giving the DejaVu faces the old values (their own
 * are ~0.93 / −0.24 em) keeps every line where the layout put it, with glyphs of nearly the same cap and x-height.
 */
const FACES = {
  Sans: { file: 'DejaVuSansCondensed.ttf', replaces: 'Helvetica', ascender: 718, descender: -207, lineGap: 231 },
  'Sans-Bold': { file: 'DejaVuSansCondensed-Bold.ttf', replaces: 'Helvetica-Bold', ascender: 718, descender: -207, lineGap: 265 },
  'Sans-Oblique': { file: 'DejaVuSansCondensed-Oblique.ttf', replaces: 'Helvetica-Oblique', ascender: 718, descender: -207, lineGap: 231 },
  Serif: { file: 'DejaVuSerifCondensed.ttf', replaces: 'Times-Roman', ascender: 683, descender: -217, lineGap: 216 },
  'Serif-Bold': { file: 'DejaVuSerifCondensed-Bold.ttf', replaces: 'Times-Bold', ascender: 683, descender: -217, lineGap: 253 },
  'Serif-Italic': { file: 'DejaVuSerifCondensed-Italic.ttf', replaces: 'Times-Italic', ascender: 683, descender: -217, lineGap: 200 },
  'Serif-BoldItalic': {
    file: 'DejaVuSerifCondensed-BoldItalic.ttf',
    replaces: 'Times-BoldItalic',
    ascender: 683,
    descender: -217,
    lineGap: 239,
  },
  Mono: { file: 'DejaVuSansMono.ttf', replaces: 'Courier', ascender: 629, descender: -157, lineGap: 269 },
} as const;

/** A face registered on every certificate document (`doc.font(name)`). */
export type CertificateFont = keyof typeof FACES;
export const CERTIFICATE_FONTS = Object.keys(FACES) as CertificateFont[];

/** What Canopy uses of a fontkit font (fontkit ships no types); pdfkit takes any object with `layout`. */
interface ParsedFont {
  readonly postscriptName: string;
  readonly unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): unknown;
}

const require = createRequire(import.meta.url);

/** The font file's path inside node_modules, wherever that is. */
function certificateFontPath(name: CertificateFont): string {
  return require.resolve(`dejavu-fonts-ttf/ttf/${FACES[name].file}`);
}

let parsed: ReadonlyMap<CertificateFont, ParsedFont> | undefined;

function fonts(): ReadonlyMap<CertificateFont, ParsedFont> {
  if (!parsed) {
    // pdfkit's own fontkit (a dependency of pdfkit, not of Canopy), resolved from pdfkit's location.
    const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(data: Uint8Array): ParsedFont };
    parsed = new Map(
      CERTIFICATE_FONTS.map((name) => {
        const font = fontkit.create(fs.readFileSync(certificateFontPath(name)));
        // The font as pdfkit sees it with the replaced font's vertical metrics (in font units); everything else,
        // glyphs and the embedded file included, is the font's own (inherited from it).
        const { ascender, descender, lineGap } = FACES[name];
        const units = (perThousand: number) => ({ value: (perThousand * font.unitsPerEm) / 1000 });
        const metrics = { ascent: units(ascender), descent: units(descender), lineGap: units(lineGap) };
        return [name, Object.create(font, metrics) as ParsedFont];
      }),
    );
  }
  return parsed;
}

/** Registers every certificate face on the document; select one with `doc.font(name)`. */
export function registerCertificateFonts(doc: PDFKit.PDFDocument): void {
  // The types only list file sources; pdfkit's font factory also takes a parsed font (anything with `layout`).
  for (const [name, font] of fonts()) doc.registerFont(name, font as unknown as Buffer);
}

/** Whether every certificate face has a glyph for the code point (so text in any of them shows it). */
export function certificateFontsCover(codePoint: number): boolean {
  for (const font of fonts().values()) if (!font.hasGlyphForCodePoint(codePoint)) return false;
  return true;
}
