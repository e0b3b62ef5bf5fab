import { useState } from 'react';
import {
  Bar,
  BarChart,
  type BarShapeProps,
  CartesianGrid,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  type XAxisTickContentProps,
  YAxis,
} from 'recharts';
import type { VolumePoint } from '../api/types';
import { AXIS, AXIS_TITLE, GREEN, PARTIAL_FILL, PeriodTick, useWidth } from '../charts/ChartParts';
import { evenTicks, monthRows } from '../charts/volume-series';
import { addMonths, formatMonth, formatShortMonth, today } from '../format';
import { DataTable } from './DataTable';
import { Empty } from './Status';
import { IMPACT_METRICS, type Impact, type ImpactKey, ImpactMethodLink, formatImpact } from './ImpactEquivalents';
import './VolumeCharts.css';
import './ImpactChart.css';

interface Row {
  date: string;
  /** Null when the month is a gap (no deposit, or only a stale spell's: volume-series.ts): drawn as a gap, never as zero. */
  impact: Impact | null;
  /** The running month: its figures are so far, not the month's. */
  partial: boolean;
  /** The chosen equivalent, or null (no data). */
  value: number | null;
}

/** One row per month from `first`: the API's figures where the month has data, null for a gap (volume-series.ts). */
function monthsOf(points: VolumePoint[], first: string, count: number, metric: ImpactKey): Row[] {
  return monthRows(points, first, count, today()).map((r) => {
    const p = r.gap === null ? r.point : null;
    const impact = p ? { co2e_kg: p.co2e_kg, water_l: p.water_l, energy_kwh: p.energy_kwh, wood_kg: p.wood_kg } : null;
    return { date: r.date, impact, partial: r.partial, value: impact ? impact[metric] : null };
  });
}

/** A month's bar: solid for a whole month, light and dashed for the running one; nothing at all for no data. */
function MonthBar(props: BarShapeProps) {
  const row = props.payload as Row | undefined;
  if (!row || row.value === null) return <g />;
  return (
    <g data-bar-month={row.date.slice(0, 7)} data-partial={row.partial} data-value={row.value}>
      <Rectangle
        x={props.x}
        y={props.y}
        width={props.width}
        height={props.height}
        radius={[3, 3, 0, 0]}
        fill={row.partial ? PARTIAL_FILL : GREEN}
        stroke={row.partial ? GREEN : 'none'}
        strokeDasharray={row.partial ? '4 3' : undefined}
        strokeWidth={row.partial ? 1.5 : 0}
      />
    </g>
  );
}

/**
 * What producing the paper took, per month (`months` months ending with the month of `lastMonth`), one equivalent at a
 * time (CO₂e by default; water, energy and wood one choice away). Months without volume are gaps, the running month is
 * marked partial; the figures are the API's (the factor set in force), also as a table.
 */
export function ImpactChart({ points, lastMonth, months = 12 }: { points: VolumePoint[]; lastMonth: string; months?: number }) {
  const [metricKey, setMetricKey] = useState<ImpactKey>('co2e_kg');
  const [ref, width] = useWidth<HTMLElement>();
  const metric = IMPACT_METRICS.find((m) => m.key === metricKey) ?? IMPACT_METRICS[0]!;
  const first = addMonths(lastMonth, -(months - 1));
  const rows = monthsOf(points, first, months, metric.key);
  const withData = rows.filter((r) => r.value !== null);
  const total = withData.reduce((s, r) => s + (r.value ?? 0), 0);
  const partial = rows.find((r) => r.partial);
  const version = points[0]?.factors_version;
  // Even ticks: every month, or every 2nd, 3rd… (volume-series.ts), as many as fit.
  const { ticks } = evenTicks(
    rows.map((r) => r.date),
    width - 80,
    44,
    [1, 2, 3, 4, 6, 12],
  );

  return (
    <figure className="chart impact-chart" data-testid="impact-chart" data-metric={metric.key} ref={ref}>
      <div className="impact-chart-head">
        <figcaption className="impact-chart-title">
          {metric.name} per month, {metric.axis}
          <span className="sr-only">
            , {formatMonth(first)} to {formatMonth(lastMonth)}
          </span>
        </figcaption>
        <fieldset className="segmented" aria-label="Equivalent shown">
          {IMPACT_METRICS.map((m) => (
            <button key={m.key} type="button" aria-pressed={m.key === metric.key} onClick={() => setMetricKey(m.key)}>
              {m.choice}
            </button>
          ))}
        </fieldset>
      </div>
      <p className="chart-totals" data-testid="impact-chart-total" data-value={Math.round(total * 100) / 100}>
        {formatMonth(first)} – {formatMonth(lastMonth)}: <strong>{formatImpact(total)}</strong> {metric.axis}
        {withData.length < rows.length && (
          <span>
            {' '}
            · {withData.length} of {rows.length} months with data
          </span>
        )}
      </p>
      {withData.length === 0 ? (
        <Empty>No standard pages in these months, so nothing to estimate yet.</Empty>
      ) : (
        <div className="impact-chart-box" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} margin={{ top: 8, right: 4, bottom: 4, left: 4 }}>
              <CartesianGrid stroke="#e3e9e5" vertical={false} />
              <XAxis
                dataKey="date"
                tick={(p: XAxisTickContentProps) => <PeriodTick {...p} partialDate={partial?.date ?? ''} format={formatShortMonth} />}
                ticks={ticks}
                interval={0}
                tickLine={false}
                axisLine={{ stroke: '#cdd8d1' }}
                height={48}
                label={{ value: 'Month', position: 'insideBottom', offset: 0, style: AXIS_TITLE }}
              />
              <YAxis
                niceTicks="snap125"
                domain={[0, 'auto']}
                tickFormatter={(v: number) => formatImpact(v)}
                tick={AXIS}
                tickLine={false}
                axisLine={false}
                width={64}
                label={{
                  value: metric.axis,
                  angle: -90,
                  position: 'insideLeft',
                  offset: 6,
                  style: { ...AXIS_TITLE, textAnchor: 'middle' },
                }}
              />
              <Tooltip
                formatter={(v: unknown) => [
                  v === null || v === undefined ? 'no data' : `${formatImpact(Number(v))} ${metric.axis}`,
                  metric.name,
                ]}
                labelFormatter={(l) => {
                  const d = String(l);
                  return `${formatMonth(d)}${partial && d === partial.date ? ' (so far)' : ''}`;
                }}
              />
              <Bar dataKey="value" name={metric.name} shape={MonthBar} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <ul className="legend impact-legend" aria-hidden="true">
        <li>
          <span className="swatch" style={{ background: GREEN }} /> Month
        </li>
        {partial && (
          <li>
            <span className="swatch impact-swatch-partial" /> {formatMonth(partial.date)} so far (partial)
          </li>
        )}
        <li>No bar: no data for the month</li>
      </ul>
      {version && (
        <p className="impact-note small muted">
          Estimated from the standard pages with <ImpactMethodLink version={version} />
        </p>
      )}
      <details className="chart-table">
        <summary>Show the numbers</summary>
        <DataTable
          rows={[...rows].reverse()}
          rowKey={(r) => r.date}
          caption="What producing the paper took, per month"
          rowProps={(r) => ({ 'data-month': r.date.slice(0, 7), 'data-has-data': r.impact !== null })}
          columns={[
            {
              header: 'Month',
              rowHeader: true,
              cell: (r) => (
                <>
                  {formatMonth(r.date)}
                  {r.partial && <span className="muted small"> (partial)</span>}
                </>
              ),
            },
            ...IMPACT_METRICS.map((m) => ({
              header: `${m.name} (${m.axis})`,
              numeric: true,
              cell: (r: Row) => (r.impact ? formatImpact(r.impact[m.key]) : <span className="muted">no data</span>),
            })),
          ]}
        />
      </details>
    </figure>
  );
}
