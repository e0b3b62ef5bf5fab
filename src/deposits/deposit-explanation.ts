/**
 * How a deposit's raw pages follow from its two readings, step by step (docs/domain.md "Standard pages"), so a provider
 * can check the maths:
 *
 *   saved = duplexTotal            (duplex counted in sheets; duplexTotal / 2 when counted in sides)
 *   S(C)  = ((smallTotal − saved) × m_small + largeTotal × m_large) / m_std
 *   pages = round(S(C(end))) − round(S(C(base)))        (round: to the nearest integer, halves up)
 *
 * Pure and JSON-friendly: counts are numbers, masses are exact decimal strings in grams (a sheet's mass is
 * width × height × grammage, exact because the formats are exact to 0.1 mm and 0.1 g/m²), S(C) is given both as
 * a 6-decimal figure and as the exact fraction that standard-pages.ts rounds. The masses are worked out here from
 * the paper formats and checked against standard-pages.ts (the only source of S and its rounding): if they ever
 * disagreed, explaining would throw rather than show figures that do not add up.
 */
import {
  exactStandardPages,
  roundedStandardPages,
  STANDARD_PAGE,
  type PaperCounters,
  type PaperFormat,
  type PaperProfile,
} from '../standard-pages.js';

export interface PaperMassStep {
  format: string;
  widthM: number;
  heightM: number;
  gsm: number;
  /** width × height × grammage, exact, in grams. */
  massG: string;
  formula: string;
}

export interface ReadingExplanation {
  date: string;
  counters: PaperCounters;
  /** duplexTotal (sheets) or duplexTotal / 2 (sides): small sheets saved by duplex printing. */
  saved: number;
  savedFormula: string;
  /** smallTotal − saved. */
  smallSheets: number;
  /** smallSheets × m_small, exact, in grams. */
  smallMassG: string;
  /** largeTotal × m_large, exact, in grams. */
  largeMassG: string;
  /** smallMassG + largeMassG. */
  paperMassG: string;
  /** S(C) = paperMassG / m_std, to 6 decimal places (halves up). */
  standardPages: string;
  /** S(C) exactly, as numerator / denominator (integers, as strings). */
  standardPagesExact: { numerator: string; denominator: string };
  /** round(S(C)), halves up. */
  rounded: number;
  formula: string;
}

export interface DepositExplanation {
  formula: string;
  standardPageFormula: string;
  profile: { id: string; duplexCountedIn: PaperProfile['duplexCountedIn'] };
  masses: { small: PaperMassStep; large: PaperMassStep; standard: PaperMassStep };
  base: ReadingExplanation;
  end: ReadingExplanation;
  /** end.rounded − base.rounded: the deposit's raw pages (before the rules: negative, held, rejected). */
  rawPages: number;
  rawPagesFormula: string;
}

const MASS_SCALE = 10; // masses below are kept in units of 1e-10 g (a duplex half sheet needs the last digit)

/** Each step of the formula from `base` to `end`. Throws RangeError for invalid counters (as standard-pages.ts). */
export function explainDeposit(
  base: { date: string; counters: PaperCounters },
  end: { date: string; counters: PaperCounters },
  profile: PaperProfile,
): DepositExplanation {
  const small = sheetMass(profile.small);
  const large = sheetMass(profile.large);
  const standard = sheetMass(STANDARD_PAGE);
  const b = explainReading(base, profile, small.units, large.units, standard.units);
  const e = explainReading(end, profile, small.units, large.units, standard.units);
  const rawPages = e.rounded - b.rounded;
  const saved =
    profile.duplexCountedIn === 'sides' ? 'duplexTotal / 2 (duplex counted in sides)' : 'duplexTotal (duplex counted in sheets)';
  return {
    formula: 'pages = round(S(C(end))) − round(S(C(base)))',
    standardPageFormula: `S(C) = ((smallTotal − saved) × m_small + largeTotal × m_large) / m_std, saved = ${saved}`,
    profile: { id: profile.id, duplexCountedIn: profile.duplexCountedIn },
    masses: { small: small.step, large: large.step, standard: standard.step },
    base: b,
    end: e,
    rawPages,
    rawPagesFormula: `${e.rounded} − ${b.rounded} = ${rawPages}`,
  };
}

function sheetMass(format: PaperFormat): { units: bigint; step: PaperMassStep } {
  // Tenths of a millimetre × tenths of a millimetre × tenths of a g/m²: units of 1e-4 m × 1e-4 m × 0.1 g/m² = 1e-9 g.
  const w = BigInt(Math.round(format.widthMm * 10));
  const h = BigInt(Math.round(format.heightMm * 10));
  const g = BigInt(Math.round(format.gsm * 10));
  const units = w * h * g * 10n; // 1e-10 g
  const widthM = decimal(w, 4);
  const heightM = decimal(h, 4);
  const gsm = decimal(g, 1);
  const massG = decimal(units, MASS_SCALE);
  return {
    units,
    step: {
      format: format.name,
      widthM: Number(widthM),
      heightM: Number(heightM),
      gsm: Number(gsm),
      massG,
      formula: `${widthM} m × ${heightM} m × ${gsm} g/m² = ${massG} g`,
    },
  };
}

function explainReading(
  r: { date: string; counters: PaperCounters },
  profile: PaperProfile,
  mSmall: bigint,
  mLarge: bigint,
  mStd: bigint,
): ReadingExplanation {
  const exact = exactStandardPages(r.counters, profile); // validates the counters
  const rounded = roundedStandardPages(r.counters, profile);
  const { smallTotal, largeTotal, duplexTotal } = r.counters;
  const sides = profile.duplexCountedIn === 'sides';
  const saved = sides ? duplexTotal / 2 : duplexTotal; // a half is exact in a double
  const smallSheets = smallTotal - saved;
  // Twice the small sheets is a whole number either way.
  const smallSheets2 = sides ? 2n * BigInt(smallTotal) - BigInt(duplexTotal) : 2n * (BigInt(smallTotal) - BigInt(duplexTotal));
  const smallMass = (smallSheets2 * mSmall) / 2n; // mSmall is a multiple of 10: exact
  const largeMass = BigInt(largeTotal) * mLarge;
  const paperMass = smallMass + largeMass;
  if (paperMass * exact.denominator !== exact.numerator * mStd) {
    throw new Error(`the explanation of ${r.date} disagrees with standard-pages.ts (S = ${exact.numerator}/${exact.denominator}).`);
  }
  const g = (v: bigint) => decimal(v, MASS_SCALE);
  const sText = fixed6(exact.numerator, exact.denominator);
  return {
    date: r.date,
    counters: { smallTotal, largeTotal, duplexTotal },
    saved,
    savedFormula: sides ? `saved = duplexTotal / 2 = ${duplexTotal} / 2 = ${saved}` : `saved = duplexTotal = ${duplexTotal}`,
    smallSheets,
    smallMassG: g(smallMass),
    largeMassG: g(largeMass),
    paperMassG: g(paperMass),
    standardPages: sText,
    standardPagesExact: { numerator: exact.numerator.toString(), denominator: exact.denominator.toString() },
    rounded,
    formula:
      `S = ((${smallTotal} − ${saved}) × ${g(mSmall)} g + ${largeTotal} × ${g(mLarge)} g) / ${g(mStd)} g` +
      ` = (${g(smallMass)} g + ${g(largeMass)} g) / ${g(mStd)} g = ${sText}; round(S) = ${rounded}`,
  };
}

/** value × 10^−scale as a decimal string without trailing zeros ("4.9896", "80", "-0.5"). */
function decimal(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** numerator / denominator (denominator > 0) to exactly 6 decimal places, halves up. */
function fixed6(numerator: bigint, denominator: bigint): string {
  const scaled = floorDiv(2n * numerator * 1_000_000n + denominator, 2n * denominator);
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(7, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -6)}.${digits.slice(-6)}`;
}

function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q;
}
