import type { Impact } from '../impact.js';
import { PAGES_PER_TREE_TEXT } from '../trees.js';
/**
 * The view model of a Certificate of Reforestation (docs/domain.md) and the display helpers its two renderers share
 * (certificate-pdf.ts, certificate-page.ts), so the PDF and the public page always say the same thing.
 * Pure: no I/O, no wall time, no locale of the machine.
 */

/** The rule both renderers state under the figures. */
export const TREE_RULE_NOTE = `One tree for every ${PAGES_PER_TREE_TEXT} standard pages (8.5 × 11 in, 20 lb bond).`;

export interface CertificateProjectView {
  name: string;
  trees: number;
  latitude: number;
  longitude: number;
  description: string;
}

export interface CertificateView {
  /** uuid, shown on the certificate. */
  id: string;
  accountName: string;
  /** The MPS provider that issued on behalf of the customer, if any. */
  providerName: string | null;
  /** 'YYYY-MM-DD', the first day of the certified month. */
  month: string;
  /** Standard pages certified this month, adjustment included (never below 0). */
  pages: number;
  /** Pages of earlier, already certified months included in `pages`: late pages, or a correction (negative); usually 0. */
  adjustmentPages: number;
  /** The trees as shown (two decimals: src/trees.ts trees2). */
  trees: number;
  /** 0..n projects, largest share first, each with its trees as shown: they add up exactly to `trees`. */
  projects: CertificateProjectView[];
  issuedAt: Date;
  /** What producing its paper took (docs/impact.md), with the factor set it was issued with and its method page. */
  impact: Impact & { version: string; methodUrl: string };
  /** Public page URL (https://.../certificates/<id>). */
  pageUrl: string;
  /** https://.../certificates/<id>.pdf */
  pdfUrl: string;
  /**
   * Presentation, not part of the claim: the issuing provider's logo and brand colour and the account's own logo as
   * they are now (a new logo shows on certificates already issued; the names above stay as issued). None: Canopy's look.
   */
  branding?: CertificateBrandingView;
}

/** A logo as the renderers use it: the page links its same-origin public image, the PDF embeds its bytes. */
export interface CertificateLogoView {
  /** `/branding/<account id>/logo.png?v=<sha256>` (or .jpg). */
  path: string;
  bytes: Buffer;
  mediaType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  sha256: string;
}

export interface CertificateBrandingView {
  /** The issuing provider's logo (shown with "Issued by <provider> with Canopy"). */
  issuerLogo: CertificateLogoView | null;
  /** The certified account's own logo. */
  accountLogo: CertificateLogoView | null;
  /** `#rrggbb` readable on white (src/branding/brand-colour.ts readableAccent), or null for the default forest green. */
  accent: string | null;
}

export const CERTIFICATE_TITLE = 'Certificate of Reforestation';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const treesFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pagesFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 1234.5678 → "1,234.57" (docs/domain.md: trees are shown with two decimals). */
export function formatTrees(trees: number): string {
  return treesFormat.format(trees);
}

/** 2469134 → "2,469,134". */
export function formatPages(pages: number): string {
  return pagesFormat.format(pages);
}

/** '2026-10-01' → "October 2026". */
export function formatPeriod(month: string): string {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(month);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !name) throw new RangeError(`Not a YYYY-MM-DD month: ${month}`);
  return `${name} ${m[1]}`;
}

/** "6 November 2026": day-month-year reads the same everywhere. The date is taken in UTC. */
export function formatDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** (-15.735844, 46.358791) → "15.7358° S, 46.3588° E". */
export function formatCoordinates(latitude: number, longitude: number): string {
  const lat = `${Math.abs(latitude).toFixed(4)}° ${latitude < 0 ? 'S' : 'N'}`;
  const lon = `${Math.abs(longitude).toFixed(4)}° ${longitude < 0 ? 'W' : 'E'}`;
  return `${lat}, ${lon}`;
}

/** "296.31 trees", "1.00 tree". */
export function formatTreeCount(trees: number): string {
  const shown = formatTrees(trees);
  return `${shown} ${shown === '1.00' ? 'tree' : 'trees'}`;
}

const impactFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const wholeFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * The equivalents as a certificate shows them, in the order of docs/impact.md: two decimals below 100, whole numbers
 * from there (158.5 kg CO₂e, 124,800 litres).
 */
export function impactLines(impact: CertificateView['impact']): Array<{ label: string; value: string }> {
  const f = (v: number) => (Math.abs(v) >= 100 ? wholeFormat : impactFormat).format(v);
  return [
    { label: 'Greenhouse gases', value: `${f(impact.co2e_kg)} kg CO₂e` },
    { label: 'Water', value: `${f(impact.water_l)} litres` },
    { label: 'Energy', value: `${f(impact.energy_kwh)} kWh` },
    { label: 'Wood', value: `${f(impact.wood_kg)} kg` },
  ];
}

/** The line under the equivalents: what they are, the factor set and where the method is. */
export function impactNote(impact: CertificateView['impact']): string {
  return `What producing this paper took, estimated with impact factors ${impact.version}.`;
}

/** The prior-period adjustment line (late pages, or a correction withdrawing pages), or null when there is none. */
export function adjustmentNote(view: CertificateView): string | null {
  const n = view.adjustmentPages;
  const pages = (k: number) => `${formatPages(k)} ${k === 1 ? 'page' : 'pages'}`;
  if (n > 0) return `Includes ${pages(n)} reported late for earlier months.`;
  if (n < 0) return `Net of ${pages(-n)} withdrawn from earlier months.`;
  return null;
}

/** What the projects panel says when a certificate plants nothing (its pages went to a correction). */
export const NO_PROJECTS_NOTE = 'No trees to plant for this certificate.';

/** The line at the top: "Issued by <provider> with Canopy" for a provider's customer, else Canopy's own name. */
export function brandLine(view: CertificateView): string {
  return view.providerName ? `Issued by ${view.providerName} with Canopy` : 'Canopy';
}

/** The colours both renderers draw with: Canopy's forest greens, or tints of the brand's accent. */
export interface CertificatePalette {
  /** Titles, figures, borders, badges. */
  forest: string;
  /** Headings, icons, the map's frame. */
  leaf: string;
  /** The projects panel. */
  panel: string;
  land: string;
  grid: string;
}

export const DEFAULT_PALETTE: CertificatePalette = {
  forest: '#1f4e37',
  leaf: '#3d8a5b',
  panel: '#f3f8f4',
  land: '#c9dfcf',
  grid: '#dce8df',
};

const HEX = /^#[0-9a-f]{6}$/;

/** `colour` mixed with white: 0 → the colour, 1 → white. */
export function tint(colour: string, white: number): string {
  const channel = (i: number) => Number.parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16);
  const mixed = [0, 1, 2].map((i) => Math.round(channel(i) + (255 - channel(i)) * white));
  return `#${mixed.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The palette of a certificate: with a brand accent (already readable on white), text and lines in the accent itself
 * and backgrounds in its tints (as light as the default greens are of the forest); without one, the default.
 */
export function certificatePalette(view: CertificateView): CertificatePalette {
  const accent = view.branding?.accent;
  if (!accent || !HEX.test(accent)) return DEFAULT_PALETTE;
  return { forest: accent, leaf: accent, panel: tint(accent, 0.95), land: tint(accent, 0.76), grid: tint(accent, 0.85) };
}

/** The largest size at which a `width` × `height` image fits a `boxWidth` × `boxHeight` box (never enlarged beyond 2×). */
export function fitBox(width: number, height: number, boxWidth: number, boxHeight: number): { width: number; height: number } {
  const scale = Math.min(boxWidth / width, boxHeight / height, 2);
  return { width: width * scale, height: height * scale };
}

export function issuedLine(view: CertificateView): string {
  const by = view.providerName ? ` on behalf of ${view.providerName}` : '';
  return `Issued ${formatDate(view.issuedAt)} by Canopy${by}`;
}

export function verificationLine(view: CertificateView): string {
  return `Verify this certificate at ${view.pageUrl}`;
}

// ---- World map ------------------------------------------------------------------------------------------------

/**
 * The map frame: equirectangular, all longitudes, latitudes 84° N to 60° S (no forestry project lies in
 * Antarctica, and the cropped frame leaves room for the oceans that matter), so 360° × 144° = 2.5 : 1.
 */
export const MAP_EXTENT = { west: -180, east: 180, north: 84, south: -60 } as const;
export const MAP_ASPECT = (MAP_EXTENT.east - MAP_EXTENT.west) / (MAP_EXTENT.north - MAP_EXTENT.south);

/** A point in a frame of `width` × `height` (origin top left), clamped to the frame. */
export function mapPoint(longitude: number, latitude: number, width: number, height: number): { x: number; y: number } {
  const lon = Math.min(MAP_EXTENT.east, Math.max(MAP_EXTENT.west, longitude));
  const lat = Math.min(MAP_EXTENT.north, Math.max(MAP_EXTENT.south, latitude));
  return {
    x: ((lon - MAP_EXTENT.west) / (MAP_EXTENT.east - MAP_EXTENT.west)) * width,
    y: ((MAP_EXTENT.north - lat) / (MAP_EXTENT.north - MAP_EXTENT.south)) * height,
  };
}

/**
 * A rough, hand-simplified land silhouette (about half a degree at best): enough to place a marker in context on a
 * map a few centimetres wide, never a cartographic reference. Each ring is a flat list lon, lat, lon, lat, ...
 */
export const WORLD_LAND: readonly (readonly number[])[] = [
  // North America
  [
    -168, 66, -162, 70, -156, 71.3, -140, 69.6, -128, 70, -115, 68.5, -105, 68.5, -95, 71.5, -89, 68.5, -82, 69, -81, 66.5, -87, 64, -94,
    61, -94, 59, -92, 57, -85, 55.3, -82, 55, -79, 52, -78.5, 56, -77, 60, -78, 62.5, -72, 61.5, -64.5, 60.3, -61, 56, -56, 52, -59.5, 48,
    -65, 48.5, -64.5, 46, -66, 44.5, -70, 42, -74, 40.5, -76, 35, -81, 31, -80, 25.5, -82, 27, -84, 30, -90, 29, -97, 27.5, -97.5, 22, -95,
    18.5, -91, 19, -90.5, 21, -87, 21.5, -88, 16, -83.5, 15, -83, 10, -79.5, 9.5, -77.5, 8.6, -78, 7.5, -80.5, 7.3, -83, 8.3, -85.7, 10,
    -87.5, 13, -91.5, 14, -94.5, 16, -96.5, 15.7, -101, 17.3, -105.5, 20, -105.5, 23, -109, 25.5, -112.5, 29.5, -114.7, 31.7, -114, 30,
    -112, 27, -110, 23, -112, 24.8, -114.5, 27.8, -116.5, 31.5, -117.1, 32.5, -120.5, 34.5, -124, 40, -124, 46, -124.7, 48.4, -130, 54.5,
    -135, 58, -140, 60, -147, 61, -152, 59, -158, 57, -164, 55, -160, 58.5, -165, 60.5, -165, 63, -161, 64.5,
  ],
  // Greenland, Baffin, Ellesmere, Victoria Island, Iceland
  [-73, 78, -60, 82, -30, 83.5, -20, 82, -18, 76, -22, 70, -32, 68, -42, 60, -48, 61, -53, 66, -55, 71, -66, 76],
  [-62, 66.5, -68, 62.5, -75, 64.5, -78, 64.5, -78, 70, -89, 70.5, -82, 73.7, -72, 72],
  [-90, 76.5, -75, 77.5, -62, 82, -70, 83, -90, 81.5],
  [-118, 70, -112, 68.5, -101, 69, -102, 71.5, -106, 73, -117, 73, -119, 71.5],
  [-24, 65.5, -22, 66.5, -15, 66.5, -13.5, 65, -18.5, 63.4, -22.5, 63.8],
  // Cuba, Hispaniola
  [-85, 21.8, -80, 23.2, -74.2, 20.2, -77.5, 19.8, -81, 21.7],
  [-74.5, 18.5, -72.8, 19.9, -68.3, 18.6, -71, 18, -74.5, 18.2],
  // South America
  [
    -77, 8.5, -72, 12, -67, 10.7, -61, 10.5, -55, 6, -51, 4, -50, 0, -44, -2.5, -35, -5, -35, -9, -39, -15, -40, -21, -44, -23, -48.5, -26,
    -50.5, -31, -53, -34, -57, -35, -58, -38.5, -62, -39, -65, -41, -65, -45, -68, -50, -68.5, -52.5, -70, -55, -73, -53, -75, -48, -73.5,
    -42, -73.5, -37, -71.5, -30, -70.5, -18, -75, -15, -79, -8, -81, -5, -80, -1, -80, 1, -78.5, 3, -77.5, 7,
  ],
  // Eurasia: south coast eastwards, north coast westwards, Scandinavia and the Atlantic back south
  [
    -9, 43, -9, 37, -6, 36, -2, 36.8, 0.5, 38.5, 3, 42, 6, 43, 8.5, 44, 10.5, 43, 12.5, 41.5, 16, 38, 16.5, 40, 18.5, 40, 16, 41.5, 13, 44,
    12.5, 45.5, 14, 45, 19, 42, 20, 40, 23, 37, 24, 40, 26.5, 40.8, 26, 38, 28, 36.8, 36, 36.5, 35.5, 34, 34.3, 31.3, 34.9, 29.5, 36.5, 26,
    39, 21.5, 43, 13, 45, 12.8, 52, 16, 55, 17.5, 57.5, 19, 59.8, 22.5, 56.5, 24.5, 56, 26.3, 54, 24, 51.5, 24.5, 50, 26.5, 48, 30, 50, 30,
    51.5, 27.8, 54, 26.7, 57, 25.7, 61.6, 25.2, 66.5, 25.4, 68, 23.7, 70.5, 21, 72.8, 19, 73.5, 16, 75, 12, 77.5, 8, 79.8, 10.3, 80.3, 13.5,
    80.2, 15.8, 82.3, 17, 86, 20, 87, 21.5, 89, 22, 91.5, 22.5, 92.3, 20.7, 94.5, 16.5, 97.5, 16.5, 98.5, 13, 98.3, 9, 100.3, 6, 101, 2.8,
    103.5, 1.3, 104, 2, 103, 5.5, 101.2, 6.9, 100, 12.5, 100.9, 13.5, 102.5, 12, 105, 8.6, 106.7, 10.4, 109.2, 11.6, 109, 15, 106.5, 17.5,
    106, 20, 108, 21.5, 110, 21, 113.5, 22.2, 117, 23, 119.5, 26, 121.5, 28, 122, 30.8, 121, 32.5, 119.2, 34.5, 120.5, 36.5, 122.5, 37, 121,
    37.8, 118, 38, 117.8, 39, 121.5, 40.9, 122, 39, 124, 39.8, 125, 37.7, 126.5, 34.5, 129, 35, 129.5, 37, 128, 39, 129.7, 41, 131, 42.6,
    135, 43.5, 138, 46.5, 140.5, 48.5, 141, 52, 137, 54, 135, 54.7, 140.5, 58, 143, 59.3, 148, 59.4, 152, 59, 155, 59.2, 156.5, 57.5, 156,
    51, 158.7, 53, 162, 56.2, 163.3, 58, 164, 60, 170, 60, 178, 62.5, 179.9, 65, 179.9, 69, 170, 70, 160, 69.7, 150, 71.5, 140, 72.5, 130,
    71, 128, 72.5, 113, 73.7, 110, 76.7, 104, 77.7, 98, 76, 88, 75.2, 80, 73.5, 70, 73, 68, 69, 60, 69.5, 54, 68.5, 44, 68.5, 41, 67, 33,
    69.4, 28, 71, 24, 71, 18, 70, 15, 68.5, 12.5, 66, 10.5, 64.5, 5, 62, 5, 59, 6.5, 58, 8.5, 58.3, 10.5, 59.5, 11.2, 58.5, 12.6, 56.3,
    14.3, 55.5, 16, 56.3, 16.7, 57.5, 18.5, 59.5, 17.3, 61, 17.5, 62.5, 21, 64, 22.5, 65.8, 25.3, 65.1, 21.5, 63, 21.5, 61.5, 23, 60, 29.5,
    60.3, 23.5, 59.3, 23.5, 58, 21.5, 57.3, 21, 55.6, 18.5, 54.5, 14.2, 53.9, 11, 54, 10, 55, 10.5, 57.5, 8.5, 57.1, 8.6, 53.9, 5, 53.3,
    3.5, 51.4, 1.6, 50.9, -1.5, 49.7, -4.7, 48.5, -1.2, 46.2, -1.8, 43.4, -9, 43.5,
  ],
  // Great Britain, Ireland
  [
    -5.7, 50, 1.5, 51, 1.7, 52.7, 0, 53.5, -1.5, 55, -2, 56, -3.5, 58.6, -5, 58.6, -6.2, 56.5, -5, 55, -3, 54.8, -3.2, 53.5, -4.5, 53.3, -5,
    51.7, -3, 51.4,
  ],
  [-6, 52, -6, 54, -7.5, 55.3, -10, 54, -10, 51.6],
  // Africa, Madagascar
  [
    -17, 21, -16.5, 24, -13, 27.5, -9.8, 29.8, -9.5, 32.5, -6, 35.8, -2, 35.1, 3, 36.8, 10, 37.3, 11, 35.5, 10, 34, 11.5, 33, 15, 32.3, 19,
    30.3, 20, 32, 22.5, 32.8, 25, 31.7, 29, 30.9, 32.3, 31.3, 32.5, 30, 34, 27, 35.5, 24, 37.2, 21, 38.5, 18, 41, 15, 43.3, 12.6, 43.3,
    11.5, 47, 11.1, 51.2, 11.8, 51, 10.4, 48, 4.5, 44, 1, 41.5, -1.5, 40, -3.5, 39.2, -8, 40.5, -10.5, 40.5, -15, 35, -20, 35.5, -24, 32.8,
    -26, 32.5, -28.6, 30, -31.3, 27, -33.7, 22.5, -34, 20, -34.8, 18.4, -34, 17.5, -30, 15, -27, 14.5, -22.5, 12, -18, 12, -13, 13.5, -11,
    12, -5, 9, -1, 9.5, 3.5, 8.5, 4.5, 6, 4.3, 2, 6.3, -2, 4.8, -7.5, 4.4, -11, 6.8, -13.2, 8.9, -15, 11, -16.8, 13.5, -17.5, 14.7, -16, 19,
  ],
  [44, -25, 47, -25, 49.5, -17, 50.5, -15.5, 49.3, -12, 47, -15, 44.3, -16.3, 43.3, -22],
  // Sri Lanka, Japan, Hokkaido, Luzon, Mindanao, Sumatra, Java, Borneo, Sulawesi, New Guinea
  [79.8, 6, 80.1, 9.8, 81.8, 7.5, 81, 6],
  [
    130, 31.5, 131.5, 31.5, 135, 33.7, 137, 34.6, 140, 35, 141, 37, 142, 40, 141.3, 41.4, 140, 40.5, 139.7, 38, 137, 37, 133, 35.5, 130.8,
    34.3,
  ],
  [140, 42, 141.5, 45.3, 144.5, 43.9, 145.5, 43.3, 143.3, 42, 141, 41.8],
  [120, 18.5, 122.3, 18.5, 122, 16, 124, 13, 121, 13.7, 120.6, 14.5, 119.8, 16],
  [122, 7, 126.5, 7, 126, 9.5, 123.5, 8.6],
  [95.3, 5.6, 98, 4, 104, -1.5, 106, -5.8, 104.5, -5.9, 100.5, -1.5, 97.5, 2],
  [105.2, -6.8, 114.5, -7.8, 114.5, -8.7, 108, -7.8, 106, -7.3],
  [109, 1.5, 110, -2.9, 114.5, -3.8, 116.5, -2, 119, 1, 117.5, 4, 119.2, 5.4, 116.7, 7, 115, 5, 111.5, 2.5],
  [119.5, -5.5, 120.5, -1, 121, 1, 124.5, 1.3, 121.5, -1, 123, -5.5],
  [
    131, -1.3, 134, -0.9, 137, -1.5, 141, -2.6, 145.7, -4.5, 147.5, -6, 150, -10.5, 147, -10, 144, -7.7, 141, -9.1, 138, -8.4, 137.6, -5.3,
    135, -4.3, 132, -2.9,
  ],
  // Australia, Tasmania, New Zealand
  [
    113.5, -22, 114, -26.5, 115, -34, 118, -35, 123.5, -34, 126, -32.3, 131, -31.5, 135.5, -34.8, 138, -35.6, 138.5, -34.5, 140, -38, 144,
    -38.3, 146.5, -39, 150, -37.5, 153, -31, 153.5, -25, 150.5, -22.5, 146, -18.5, 145.3, -15, 143.5, -14, 142.5, -10.7, 141.5, -13, 141.6,
    -17, 140, -17.6, 136, -15.9, 135.8, -12, 132.5, -11.5, 130, -13, 129.5, -15, 125, -14.5, 122, -17.5, 121, -19.5, 117, -20.7,
  ],
  [144.6, -40.7, 148.3, -40.9, 148, -43.2, 146, -43.6],
  [172.6, -34.4, 174.5, -36, 178.5, -37.7, 177, -39.5, 175, -41.5, 173, -39.5, 174.5, -38],
  [172.7, -40.5, 174.2, -41.7, 171, -44.5, 169, -46.6, 166.5, -46, 168, -44],
];

/** Inland seas drawn over the land (the silhouette above runs round them). */
export const WORLD_WATER: readonly (readonly number[])[] = [
  // Black Sea, Caspian Sea
  [28, 41.2, 28, 43.5, 30, 45.5, 33, 46, 33.5, 44.5, 36.5, 45.3, 38, 47, 39.7, 47, 38, 44.5, 41.5, 41.5, 36, 41.7, 31, 41.1],
  [47, 44.5, 49.5, 46.5, 53, 46.8, 53, 45, 51, 44.5, 52.5, 41.8, 54, 40, 53.8, 37.3, 51, 36.7, 49, 38, 49.5, 40.3, 47.5, 42.5],
];

/** Graticule every 30° of longitude and latitude inside the frame (the frame edges excluded). */
const GRATICULE_STEP = 30;
export function graticuleLatitudes(): number[] {
  const out: number[] = [];
  for (let lat = -90 + GRATICULE_STEP; lat < 90; lat += GRATICULE_STEP) {
    if (lat < MAP_EXTENT.north && lat > MAP_EXTENT.south) out.push(lat);
  }
  return out;
}
export function graticuleLongitudes(): number[] {
  const out: number[] = [];
  for (let lon = MAP_EXTENT.west + GRATICULE_STEP; lon < MAP_EXTENT.east; lon += GRATICULE_STEP) out.push(lon);
  return out;
}

// ---- Marker labels -------------------------------------------------------------------------------------------

export interface Point {
  x: number;
  y: number;
}
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Places one label box next to each point (greedy, in order): the first of a few positions around the point, at
 * growing distances, that stays inside the frame and overlaps no earlier label and no point; failing that, the
 * position with the least overlap. Projects close together (two in Madagascar) then stay readable.
 */
export function placeLabels(
  points: readonly Point[],
  sizes: readonly { width: number; height: number }[],
  frame: { width: number; height: number },
  gap: number,
): Box[] {
  const placed: Box[] = [];
  const pointBoxes = points.map((p) => ({ x: p.x - gap / 2, y: p.y - gap / 2, width: gap, height: gap }));
  const cost = (box: Box, self: number): number => {
    let c = (box.width * box.height - overlap(box, { x: 0, y: 0, ...frame })) * 4; // outside the frame
    for (const other of placed) c += overlap(box, other);
    pointBoxes.forEach((pb, j) => {
      if (j !== self) c += overlap(box, pb);
    });
    return c;
  };
  points.forEach((p, i) => {
    const { width: w, height: h } = sizes[i] ?? { width: 0, height: 0 };
    let best: Box = { x: p.x + gap, y: p.y - h / 2, width: w, height: h };
    let bestCost = Infinity;
    for (const d of [gap, gap * 2, gap * 3.5]) {
      const k = d * 0.7;
      const candidates: [number, number][] = [
        [p.x + d, p.y - h / 2],
        [p.x - d - w, p.y - h / 2],
        [p.x + k, p.y - k - h],
        [p.x + k, p.y + k],
        [p.x - k - w, p.y - k - h],
        [p.x - k - w, p.y + k],
        [p.x - w / 2, p.y - d - h],
        [p.x - w / 2, p.y + d],
      ];
      for (const [x, y] of candidates) {
        const box = { x, y, width: w, height: h };
        const c = cost(box, i);
        if (c < bestCost) {
          best = box;
          bestCost = c;
        }
        if (c === 0) break;
      }
      if (bestCost === 0) break;
    }
    placed.push(best);
  });
  return placed;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
