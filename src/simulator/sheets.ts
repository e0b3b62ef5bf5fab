/**
 * The simulator's own paper: the sheets its fleet prints on, what they weigh, and how many standard pages the paper a
 * customer used amounts to. This is the ground truth the collection tests check the product against, so it is written
 * again from the contract (../shared/DOMAIN.md "Standard pages", ONESTOP-API.md `--paper`) and shares nothing with the
 * product's src/collector/standard-pages.ts: a wrong size, grammage or duplex term there makes the tests fail instead
 * of being repeated here. test/e2e/standard-pages-agreement.test.ts compares the two over many random counters.
 *
 * The model works in sheets, the way the fleet generates usage (daily-usage.ts): a day's impressions are split into
 * large-format impressions (one large sheet each) and small-format ones, of which the duplex sheets carry two each.
 * So the sheets behind cumulative usage are
 *
 *   large sheets = large impressions
 *   small sheets = small impressions − duplex sheets       (small impressions = impressions − large)
 *
 * and the paper used weighs Σ sheets × width × height × grammage. Standard pages are that mass over the mass of one
 * standard page (8.5 in × 11 in at 74 g/m²), rounded to the nearest integer, halves up.
 *
 * Lengths are whole micrometres and grammages whole g/m², so a sheet's mass is an integer number of µm²·g/m²
 * (10⁻¹² g) and the mass of any number of sheets is exact in BigInt: the rounding is decided on integers (quotient and
 * remainder), never on a float that might sit just below n + ½.
 */

/** The `--paper` option's values: the fleet's paper. */
export const FLEET_PAPER_NAMES = ['a4', 'letter'] as const;
export type FleetPaperName = (typeof FLEET_PAPER_NAMES)[number];

/** One kind of sheet: its size in micrometres and its grammage in g/m². */
export interface Sheet {
  readonly label: string;
  readonly widthUm: number;
  readonly heightUm: number;
  readonly gsm: number;
}

/** The paper a fleet prints on: what a small-format and a large-format impression is printed on. */
export interface FleetPaper {
  readonly name: FleetPaperName;
  readonly smallSheet: Sheet;
  readonly largeSheet: Sheet;
}

/** Sheets of paper used (cumulative). */
export interface SheetsUsed {
  small: number;
  large: number;
}

const UM_PER_MM = 1_000;
const UM_PER_INCH = 25_400; // 1 in = 25.4 mm exactly

function micrometres(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`${what} is not a whole number of micrometres (${value} µm).`);
  return value;
}

/** An ISO sheet, sized in millimetres. */
function isoSheet(label: string, widthMm: number, heightMm: number, gsm: number): Sheet {
  return Object.freeze({
    label,
    widthUm: micrometres(widthMm * UM_PER_MM, label),
    heightUm: micrometres(heightMm * UM_PER_MM, label),
    gsm,
  });
}

/** A US sheet, sized in inches. */
function usSheet(label: string, widthIn: number, heightIn: number, gsm: number): Sheet {
  return Object.freeze({
    label,
    widthUm: micrometres(widthIn * UM_PER_INCH, label),
    heightUm: micrometres(heightIn * UM_PER_INCH, label),
    gsm,
  });
}

/** The unit: one 8.5 in × 11 in sheet of 20 lb bond, taken as 74 g/m² (DOMAIN.md). */
export const STANDARD_PAGE_SHEET: Sheet = usSheet('standard page (8.5 in × 11 in, 20 lb bond, 74 g/m²)', 8.5, 11, 74);

/** A UK fleet (the default): A4 and A3 (0.210 m × 0.297 m, 0.297 m × 0.420 m) at 80 g/m². */
export const ISO_FLEET_PAPER: FleetPaper = Object.freeze({
  name: 'a4',
  smallSheet: isoSheet('A4 80 g/m²', 210, 297, 80),
  largeSheet: isoSheet('A3 80 g/m²', 297, 420, 80),
});

/** A US fleet: Letter (8.5 in × 11 in) and Tabloid (11 in × 17 in) at 74 g/m². */
export const US_FLEET_PAPER: FleetPaper = Object.freeze({
  name: 'letter',
  smallSheet: usSheet('Letter 74 g/m²', 8.5, 11, 74),
  largeSheet: usSheet('Tabloid 74 g/m²', 11, 17, 74),
});

export const FLEET_PAPERS: Readonly<Record<FleetPaperName, FleetPaper>> = Object.freeze({ a4: ISO_FLEET_PAPER, letter: US_FLEET_PAPER });

/**
 * Which paper: a name, a FleetPaper, or any object naming the paper by `id` (such as a Canopy server's paper profile,
 * which tests outside the simulator pass): only the name is used, the sheets are always the simulator's own.
 */
export type PaperChoice = FleetPaperName | FleetPaper | { readonly id: string };

export function fleetPaper(choice: PaperChoice): FleetPaper {
  const name = typeof choice === 'string' ? choice : 'name' in choice ? choice.name : choice.id;
  if (!(FLEET_PAPER_NAMES as readonly string[]).includes(name)) {
    throw new RangeError(`The simulator has no paper "${name}" (it has ${FLEET_PAPER_NAMES.join(', ')}).`);
  }
  return FLEET_PAPERS[name as FleetPaperName];
}

/** A sheet's mass in µm²·g/m² (10⁻¹² g). */
function sheetMass(sheet: Sheet): bigint {
  return BigInt(sheet.widthUm) * BigInt(sheet.heightUm) * BigInt(sheet.gsm);
}

interface Masses {
  small: bigint;
  large: bigint;
}

const STANDARD_PAGE_MASS = sheetMass(STANDARD_PAGE_SHEET);
const massesOf = new Map<FleetPaper, Masses>();

function masses(paper: FleetPaper): Masses {
  let m = massesOf.get(paper);
  if (!m) {
    m = { small: sheetMass(paper.smallSheet), large: sheetMass(paper.largeSheet) };
    massesOf.set(paper, m);
  }
  return m;
}

function count(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative integer (got ${value}).`);
  return value;
}

/**
 * The sheets behind small- and large-format impressions: every large impression is a large sheet; a duplex sheet
 * carries two small impressions, so it saves one small sheet.
 */
export function sheetsUsed(smallImpressions: number, largeImpressions: number, duplexSheets: number): SheetsUsed {
  const smallSheets = count(smallImpressions, 'small impressions') - count(duplexSheets, 'duplex sheets');
  if (smallSheets < 0) throw new RangeError(`${duplexSheets} duplex sheets cannot carry only ${smallImpressions} small impressions.`);
  return { small: smallSheets, large: count(largeImpressions, 'large impressions') };
}

/** Standard pages of the paper used, to the nearest integer, halves up. */
export function standardPagesOfSheets(sheets: SheetsUsed, paper: FleetPaper): number {
  const m = masses(paper);
  const mass = BigInt(count(sheets.small, 'small sheets')) * m.small + BigInt(count(sheets.large, 'large sheets')) * m.large;
  const whole = mass / STANDARD_PAGE_MASS; // mass ≥ 0: truncation is the floor
  const rest = mass - whole * STANDARD_PAGE_MASS;
  return Number(rest * 2n >= STANDARD_PAGE_MASS ? whole + 1n : whole);
}

/** Standard pages of the usage totals the fleet model keeps (impressions, large impressions, duplex sheets). */
export function standardPagesOfUsage(impressions: number, largeImpressions: number, duplexSheets: number, paper: FleetPaper): number {
  const smallImpressions = count(impressions, 'impressions') - count(largeImpressions, 'large impressions');
  if (smallImpressions < 0) throw new RangeError(`${largeImpressions} large impressions out of ${impressions}.`);
  return standardPagesOfSheets(sheetsUsed(smallImpressions, largeImpressions, duplexSheets), paper);
}

/** Standard pages of portal counters (a MeterReadingSummary, or the fleet model's MeterCounters). */
export function standardPagesOfCounters(c: { smallTotal: number; largeTotal: number; duplexTotal: number }, paper: FleetPaper): number {
  return standardPagesOfSheets(sheetsUsed(c.smallTotal, c.largeTotal, c.duplexTotal), paper);
}

/** How many standard pages one sheet is (A4 80 g/m² ≈ 1.1178, A3 80 g/m² ≈ 2.2356, Letter 1, Tabloid 2). */
export function standardPagesPerSheet(sheet: Sheet): number {
  return Number(sheetMass(sheet)) / Number(STANDARD_PAGE_MASS);
}
