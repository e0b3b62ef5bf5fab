import { impactOf } from '../impact.js';
import { impactFields } from '../impact/impact-api-schema.js';
import { INITIAL_FACTOR_SET } from '../impact-factor-sets.js';
import { z } from 'zod';
import { deletedOf, timestamp } from '../http/api-schemas.js';
import { csvOmitted } from '../http/csv.js';

const date = (description?: string) => z.string().meta({ format: 'date', ...(description ? { description } : {}) });

const DEPOSIT_EXAMPLE = {
  id: '4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f',
  account_id: '2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c',
  feed_id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
  source_id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
  date: '2024-03-04T00:00:00Z',
  pages: 395,
  width: 0.2159,
  height: 0.2794,
  density: 74,
  gsm: 74,
  paper_type_id: null,
  created_at: '2024-03-05T02:00:37Z',
  standard_pages: 395,
  status: 'deposited',
  base_date: '2024-03-03',
  raw_pages: 395,
};

/** The Deposit object as depositToApi builds it (PrintReleaf v1 §7.3 plus Canopy's extensions). */
export const depositObject = z
  .strictObject({
    id: z.string(),
    account_id: z.string(),
    feed_id: z.string().nullable().meta({ description: 'The feed it was collected from (null: a manual deposit).' }),
    source_id: z.string().nullable().meta({ description: "The same as feed_id (the JS client's name)." }),
    date: timestamp().meta({ description: 'The day deposited, as midnight UTC.' }),
    pages: z.number(),
    width: z.number().meta({ description: 'Metres.' }),
    height: z.number().meta({ description: 'Metres.' }),
    density: z.number().meta({ description: 'g/m².' }),
    gsm: z.number().meta({ description: 'The same as density.' }),
    paper_type_id: z.string().nullable(),
    created_at: timestamp(),
    standard_pages: z.number(),
    status: z.enum(['deposited', 'held', 'rejected', 'rebased', 'glitch', 'pending']),
    base_date: date('The reading a feed deposit is counted from (null: manual).').nullable(),
    raw_pages: z.number().nullable().meta({ description: 'The difference of the two readings, before the rules (null: manual).' }),
  })
  .meta({
    id: 'Deposit',
    examples: [DEPOSIT_EXAMPLE],
  });

const EXPLANATION_EXAMPLE = {
  formula: 'pages = round(S(C(end))) − round(S(C(base)))',
  standardPageFormula:
    'S(C) = ((smallTotal − saved) × m_small + largeTotal × m_large) / m_std, saved = duplexTotal (duplex counted in sheets)',
  profile: { id: 'a4', duplexCountedIn: 'sheets' },
  masses: {
    small: {
      format: 'A4 80 g/m²',
      widthM: 0.21,
      heightM: 0.297,
      gsm: 80,
      massG: '4.9896',
      formula: '0.21 m × 0.297 m × 80 g/m² = 4.9896 g',
    },
    large: {
      format: 'A3 80 g/m²',
      widthM: 0.297,
      heightM: 0.42,
      gsm: 80,
      massG: '9.9792',
      formula: '0.297 m × 0.42 m × 80 g/m² = 9.9792 g',
    },
    standard: {
      format: 'Letter 20 lb bond',
      widthM: 0.2159,
      heightM: 0.2794,
      gsm: 74,
      massG: '4.46386204',
      formula: '0.2159 m × 0.2794 m × 74 g/m² = 4.46386204 g',
    },
  },
  base: {
    date: '2024-03-01',
    counters: { smallTotal: 120000, largeTotal: 3000, duplexTotal: 40000 },
    saved: 40000,
    savedFormula: 'saved = duplexTotal = 40000',
    smallSheets: 80000,
    smallMassG: '399168',
    largeMassG: '29937.6',
    paperMassG: '429105.6',
    standardPages: '96128.777313',
    standardPagesExact: { numerator: '429105600000000', denominator: '4463862040' },
    rounded: 96129,
    formula:
      'S = ((120000 − 40000) × 4.9896 g + 3000 × 9.9792 g) / 4.46386204 g = ' +
      '(399168 g + 29937.6 g) / 4.46386204 g = 96128.777313; round(S) = 96129',
  },
  end: {
    date: '2024-03-04',
    counters: { smallTotal: 120480, largeTotal: 3012, duplexTotal: 40150 },
    saved: 40150,
    savedFormula: 'saved = duplexTotal = 40150',
    smallSheets: 80330,
    smallMassG: '400814.568',
    largeMassG: '30057.3504',
    paperMassG: '430871.9184',
    standardPages: '96524.470187',
    standardPagesExact: { numerator: '430871918400000', denominator: '4463862040' },
    rounded: 96524,
    formula:
      'S = ((120480 − 40150) × 4.9896 g + 3012 × 9.9792 g) / 4.46386204 g = ' +
      '(400814.568 g + 30057.3504 g) / 4.46386204 g = 96524.470187; round(S) = 96524',
  },
  rawPages: 395,
  rawPagesFormula: '96524 − 96129 = 395',
  status: 'deposited',
  reason: null,
  ignored: [
    {
      date: '2024-03-02',
      status: 'glitch',
      rawPages: 1000000000,
      reason:
        'glitch: a spike (1000096129 standard pages) above the readings on both sides ' +
        '(96129 on 2024-03-01, and lower ones after it); ignored.',
    },
  ],
  skipped: [
    {
      date: '2024-03-03',
      field: 'monoTotal',
      value: '-1',
      message: "The portal's answer for customer 1004 on 2024-03-03 is invalid: monoTotal = -1 (Too small: expected number to be >=0).",
    },
  ],
};

const massStep = z.strictObject({
  format: z.string(),
  widthM: z.number(),
  heightM: z.number(),
  gsm: z.number(),
  massG: z.string(),
  formula: z.string(),
});
const readingExplanation = z.strictObject({
  date: date(),
  counters: z.strictObject({ smallTotal: z.number(), largeTotal: z.number(), duplexTotal: z.number() }),
  saved: z.number(),
  savedFormula: z.string(),
  smallSheets: z.number(),
  smallMassG: z.string(),
  largeMassG: z.string(),
  paperMassG: z.string(),
  standardPages: z.string(),
  standardPagesExact: z.strictObject({ numerator: z.string(), denominator: z.string() }),
  rounded: z.number(),
  formula: z.string(),
});

/** How a feed deposit's raw pages follow from its two readings (explainDeposit), step by step. */
export const depositExplanationObject = z
  .strictObject({
    formula: z.string(),
    standardPageFormula: z.string(),
    profile: z.strictObject({ id: z.string(), duplexCountedIn: z.enum(['sheets', 'sides']) }),
    masses: z.strictObject({ small: massStep, large: massStep, standard: massStep }),
    base: readingExplanation,
    end: readingExplanation,
    rawPages: z.number(),
    rawPagesFormula: z.string(),
    status: z.string().meta({ description: "The deposit's status as the rules give it from the readings now stored." }),
    reason: z.string().nullable().meta({ description: 'Why the deposit is what it is, when it is not a plain deposit.' }),
    ignored: z
      .array(
        z.strictObject({
          date: date(),
          status: z.enum(['glitch', 'pending', 'held', 'rejected', 'rebased']),
          rawPages: z.number(),
          reason: z.string(),
        }),
      )
      .meta({ description: 'Readings after the base and before the date that the deposit is not measured from, and why.' }),
    skipped: z
      .array(z.strictObject({ date: date(), field: z.string(), value: z.string(), message: z.string() }))
      .meta({ description: 'Days after the base, through the date, whose portal answer failed validation (no reading).' }),
  })
  .meta({
    id: 'DepositExplanation',
    description: 'Masses are exact decimal strings in grams; S(C) is given to 6 decimals and as an exact fraction.',
    examples: [EXPLANATION_EXAMPLE],
  });

/** A deposit as found by id: with the explanation of its formula (null for manual deposits). */
export const depositWithExplanation = depositObject.extend({ explanation: depositExplanationObject.nullable() }).meta({
  id: 'DepositWithExplanation',
  examples: [{ ...DEPOSIT_EXAMPLE, explanation: EXPLANATION_EXAMPLE }],
});

export const depositDeleted = deletedOf(depositObject);

/**
 * What a period of volume has data for (GET /v1/volume?coverage=true; the rules: volumeQuery in deposit-queries.ts). A
 * period without any deposit is absent from the list (no data: before activation, or nothing collected).
 */
export const volumeCoverage = z
  .strictObject({
    days_with_data: z.number().int().meta({ description: 'Days of the period with a deposit that carries new data (a zero included).' }),
    stale_days: z.number().int().meta({
      description: "Days whose only deposits are a stale spell's: the counters stood still for 3 weekdays or more (no new data).",
    }),
    catch_up_pages: z
      .number()
      .meta({ description: 'Standard pages of the deposits that catch up a stale spell (the jump after it, or days rewritten late).' }),
    last_data_date: date('The last day of the period with new data (null: none).').nullable(),
  })
  .meta({ id: 'VolumeCoverage' });

/** One period of GET /v1/volume (DepositService.volume). */
export const volumeObject = z
  .strictObject({
    account_id: z.string(),
    date: timestamp().meta({ description: 'The start of the period at local midnight (Europe/London), in UTC.' }),
    period: z.enum(['daily', 'monthly']),
    pages: z.number().meta({ description: 'Standard pages of the account and its descendants.' }),
    trees: z.number().meta({ description: 'The pages in trees, two decimals (the rule: Trees, in the API description).' }),
    ...impactFields,
    factors_version: z.string().meta({ description: 'The impact factor set of the equivalents: the one in force (docs/impact.md).' }),
    coverage: csvOmitted(
      volumeCoverage.optional().meta({ description: 'With coverage=true: what the period has data for (a Canopy extension; JSON only).' }),
    ),
  })
  .meta({
    id: 'Volume',
    examples: [
      {
        account_id: '2a9f6c1e-4b7d-4e3a-8c5f-6d1e2f3a4b5c',
        date: '2024-03-01T00:00:00Z',
        period: 'monthly',
        pages: 12480,
        trees: 1.5,
        ...impactOf(12480, INITIAL_FACTOR_SET),
        factors_version: INITIAL_FACTOR_SET.version,
      },
    ],
  });
