import { impactMethodUrl } from '../api/impact';
import type { Account } from '../api/types';
import { PeriodStat } from './Stat';
import './ImpactEquivalents.css';

/** The four equivalents of some pages (docs/impact.md), as the API gives them: two decimals. */
export interface Impact {
  co2e_kg: number;
  water_l: number;
  energy_kwh: number;
  wood_kg: number;
}

export type ImpactKey = keyof Impact;

/** Each equivalent: its short label and unit, its name as a choice, and the words of a chart's heading and axis. */
export const IMPACT_METRICS: ReadonlyArray<{ key: ImpactKey; label: string; unit: string; choice: string; name: string; axis: string }> = [
  { key: 'co2e_kg', label: 'CO₂e', unit: 'kg', choice: 'CO₂e', name: 'Greenhouse gases', axis: 'kg CO₂e' },
  { key: 'water_l', label: 'water', unit: 'L', choice: 'Water', name: 'Water', axis: 'litres' },
  { key: 'energy_kwh', label: 'energy', unit: 'kWh', choice: 'Energy', name: 'Energy', axis: 'kWh' },
  { key: 'wood_kg', label: 'wood', unit: 'kg', choice: 'Wood', name: 'Wood', axis: 'kg of wood' },
];

const wholeFmt = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const smallFmt = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** As a certificate shows an equivalent: a whole number from 100 up, two decimals below (158.5 → "159", 50.8 → "50.8"). */
export function formatImpact(value: number): string {
  return (Math.abs(value) >= 100 ? wholeFmt : smallFmt).format(value);
}

type Period = 'mtd' | 'qtd' | 'ytd' | 'ltd';

/** An account's equivalents of one period (`ytd_co2e_kg`, …). */
export function impactOfPeriod(a: Account, period: Period): Impact {
  return {
    co2e_kg: a[`${period}_co2e_kg`],
    water_l: a[`${period}_water_l`],
    energy_kwh: a[`${period}_energy_kwh`],
    wood_kg: a[`${period}_wood_kg`],
  };
}

/** "CO₂e 1,234 kg · water 4,974 L · energy 651 kWh · wood 250 kg" (each item carries its exact value for tests). */
export function ImpactFigures({ impact, testId }: { impact: Impact; testId?: string }) {
  return (
    <ul className="impact-figures" data-testid={testId}>
      {IMPACT_METRICS.map((m) => (
        <li key={m.key} data-metric={m.key} data-value={impact[m.key]}>
          {m.label} <strong>{formatImpact(impact[m.key])}</strong> {m.unit}
        </li>
      ))}
    </ul>
  );
}

/** "Impact factors epn-2024.1 · how these are estimated", to the factor set's section of the public method page. */
export function ImpactMethodLink({ version }: { version: string }) {
  return (
    <a className="impact-method-link" href={impactMethodUrl(version)} data-testid="impact-method" data-version={version}>
      impact factors {version} · how these are estimated
    </a>
  );
}

/**
 * An account's headline figures: per period (this month, this year, lifetime) the trees and pages, and beside them
 * what producing that paper took, with the factor set in force and where the method is explained.
 */
export function AccountTotals({ account: a }: { account: Account }) {
  const periods = [
    { period: 'mtd', label: 'This month', pages: a.mtd_pages, trees: a.mtd_trees },
    { period: 'ytd', label: 'This year', pages: a.ytd_pages, trees: a.ytd_trees },
    { period: 'ltd', label: 'Lifetime', pages: a.ltd_pages, trees: a.ltd_trees },
  ] as const;
  return (
    <>
      <div className="stats" data-testid="account-totals">
        {periods.map((p) => (
          <div className="impact-stat" key={p.period}>
            <PeriodStat label={p.label} pages={p.pages} trees={p.trees} testId={`stat-${p.period}`} />
            <div className="impact-stat-foot">
              <span className="sr-only">What producing this paper took: </span>
              <ImpactFigures impact={impactOfPeriod(a, p.period)} testId={`impact-${p.period}`} />
            </div>
          </div>
        ))}
      </div>
      <p className="impact-note small muted">
        What producing the paper took (estimates: paper production only, industry averages) —{' '}
        <ImpactMethodLink version={a.factors_version} />
      </p>
    </>
  );
}
