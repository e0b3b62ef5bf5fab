/**
 * Standard pages (docs/domain.md "Standard pages"): paper is compared by mass, so a sheet counts as its area × grammage
 * divided by the mass of one standard page (8.5 in × 11 in of 20 lb bond, taken as 74 g/m²).
 *
 *   saved = duplexTotal               (duplex counted in sheets; duplexTotal / 2 when counted in sides)
 *   S(C)  = ((smallTotal − saved) × m_small + largeTotal × m_large) / m_std
 *
 * Pure functions, no I/O. S(C) is computed exactly as a rational number (masses in integer units of
 * 0.1 mm × 0.1 mm × 0.1 g/m², BigInt arithmetic), so rounding halves up is exact: no float error can push a
 * value that is exactly n + ½ below it, which matters for the Letter profile (where S is often a half-integer)
 * and for large life counters.
 */

/** The cumulative counters S(C) depends on (a MeterReadingSummary has these among others). */
export interface PaperCounters {
  smallTotal: number;
  largeTotal: number;
  duplexTotal: number;
}

export interface PaperFormat {
  name: string;
  /** Exact to 0.1 mm. */
  widthMm: number;
  heightMm: number;
  /** Grammage in g/m², exact to 0.1. */
  gsm: number;
}

export interface PaperProfile {
  id: string;
  small: PaperFormat;
  large: PaperFormat;
  /** Whether the portal's duplexTotal counts duplex sheets or duplex sides (two per sheet). */
  duplexCountedIn: 'sheets' | 'sides';
}

/** 8.5 in × 11 in at 74 g/m² (PrintReleaf's "20# Bond"). */
export const STANDARD_PAGE: PaperFormat = { name: 'Letter 20 lb bond', widthMm: 215.9, heightMm: 279.4, gsm: 74 };

export const A4_80: PaperFormat = { name: 'A4 80 g/m²', widthMm: 210, heightMm: 297, gsm: 80 };
export const A3_80: PaperFormat = { name: 'A3 80 g/m²', widthMm: 297, heightMm: 420, gsm: 80 };
export const LETTER_74: PaperFormat = { name: 'Letter 74 g/m²', widthMm: 215.9, heightMm: 279.4, gsm: 74 };
export const TABLOID_74: PaperFormat = { name: 'Tabloid 74 g/m²', widthMm: 279.4, heightMm: 431.8, gsm: 74 };

/** The default for a OneStop server (a UK portal). */
export const A4_PROFILE: PaperProfile = { id: 'a4', small: A4_80, large: A3_80, duplexCountedIn: 'sheets' };
/** A US provider's fleet: small = 1 and large = 2 standard pages exactly. */
export const LETTER_PROFILE: PaperProfile = { id: 'letter', small: LETTER_74, large: TABLOID_74, duplexCountedIn: 'sheets' };

export const PAPER_PROFILES = { a4: A4_PROFILE, letter: LETTER_PROFILE } as const;
export type PaperProfileId = keyof typeof PAPER_PROFILES;

/** The paper profile a server's feeds are counted in (its `paper_profile`). */
export function paperProfileOf(s: { paper_profile: PaperProfileId }): PaperProfile {
  return PAPER_PROFILES[s.paper_profile];
}

/** S(C) as an exact fraction numerator / denominator (denominator > 0). */
export interface ExactStandardPages {
  numerator: bigint;
  denominator: bigint;
}

interface CompiledProfile {
  small: bigint;
  large: bigint;
  /** m_std, times 2 when duplex is counted in sides (the numerator is then doubled to keep it integral). */
  denominator: bigint;
  sides: boolean;
}

const compiled = new WeakMap<PaperProfile, CompiledProfile>();

function tenths(value: number, what: string): bigint {
  const scaled = Math.round(value * 10);
  if (!Number.isFinite(value) || value <= 0 || Math.abs(scaled - value * 10) > 1e-6) {
    throw new RangeError(`${what} must be a positive number exact to one decimal place (got ${value}).`);
  }
  return BigInt(scaled);
}

function massUnits(format: PaperFormat): bigint {
  return (
    tenths(format.widthMm, `${format.name} width`) *
    tenths(format.heightMm, `${format.name} height`) *
    tenths(format.gsm, `${format.name} grammage`)
  );
}

function compile(profile: PaperProfile): CompiledProfile {
  let c = compiled.get(profile);
  if (!c) {
    const sides = profile.duplexCountedIn === 'sides';
    const std = massUnits(STANDARD_PAGE);
    c = { small: massUnits(profile.small), large: massUnits(profile.large), denominator: sides ? 2n * std : std, sides };
    compiled.set(profile, c);
  }
  return c;
}

function counter(value: number, name: string): bigint {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer (got ${value}).`);
  }
  return BigInt(value);
}

/** S(C) exactly. Throws RangeError for counters that are not non-negative integers. */
export function exactStandardPages(c: PaperCounters, profile: PaperProfile): ExactStandardPages {
  const p = compile(profile);
  const small = counter(c.smallTotal, 'smallTotal');
  const large = counter(c.largeTotal, 'largeTotal');
  const duplex = counter(c.duplexTotal, 'duplexTotal');
  // In sides, saved = duplex / 2: numerator and denominator are both doubled.
  const numerator = p.sides ? (2n * small - duplex) * p.small + 2n * large * p.large : (small - duplex) * p.small + large * p.large;
  return { numerator, denominator: p.denominator };
}

/** S(C) as a float, for display and estimates; use roundedStandardPages for anything that is deposited. */
export function standardPages(c: PaperCounters, profile: PaperProfile): number {
  const { numerator, denominator } = exactStandardPages(c, profile);
  const whole = floorDiv(numerator, denominator);
  return Number(whole) + Number(numerator - whole * denominator) / Number(denominator);
}

/** round(S(C)): to the nearest integer, halves up (towards +∞), computed exactly. */
export function roundedStandardPages(c: PaperCounters, profile: PaperProfile): number {
  const { numerator, denominator } = exactStandardPages(c, profile);
  // floor(n/d + 1/2) = floor((2n + d) / 2d)
  return Number(floorDiv(2n * numerator + denominator, 2n * denominator));
}

/** The standard pages of a period: round(S(end)) − round(S(start)). Negative when the counters went down. */
export function standardPagesBetween(start: PaperCounters, end: PaperCounters, profile: PaperProfile): number {
  return roundedStandardPages(end, profile) - roundedStandardPages(start, profile);
}

/** How many standard pages one sheet of the format is (A4 80 g/m² ≈ 1.1178, A3 80 g/m² ≈ 2.2356). */
export function standardPagesPerSheet(format: PaperFormat): number {
  return Number(massUnits(format)) / Number(massUnits(STANDARD_PAGE));
}

function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d; // truncates towards zero
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q;
}
