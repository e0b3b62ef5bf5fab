import { Bar, BarChart, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { VolumePoint } from '../api/types';
import {
  addDays,
  addMonths,
  formatDay,
  formatMonth,
  formatPages,
  formatShortDay,
  formatShortMonth,
  formatTrees,
  londonDate,
} from '../format';
import { treesOf } from '../trees';
import { DataTable } from './DataTable';
import './VolumeCharts.css';

interface Row {
  date: string;
  pages: number;
  trees: number;
}

/** The API's points, keyed by London date, with a zero for every period it has no deposits for. */
function fill(points: VolumePoint[], first: string, count: number, step: (d: string, n: number) => string): Row[] {
  const byDate = new Map(points.map((p) => [londonDate(p.date), p]));
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    const date = step(first, i);
    const p = byDate.get(date);
    rows.push({ date, pages: p?.pages ?? 0, trees: p?.trees ?? 0 });
  }
  return rows;
}

const GREEN = '#2f7d4f';
const LEAF = '#8bc34a';
const AXIS = { fontSize: 12, fill: '#5b6b62' };

function tooltipFormatter(value: unknown, name: unknown): [string, string] {
  const n = typeof value === 'number' ? value : Number(value);
  return name === 'trees' ? [formatTrees(n), 'Trees'] : [formatPages(n), 'Standard pages'];
}

function Totals({ rows, label, testId }: { rows: Row[]; label: string; testId: string }) {
  const pages = rows.reduce((s, r) => s + r.pages, 0);
  return (
    <p className="chart-totals" data-testid={testId} data-pages={pages}>
      {label}: <strong data-testid={`${testId}-pages`}>{formatPages(pages)}</strong> standard pages ·{' '}
      <strong data-testid={`${testId}-trees`}>{formatTrees(treesOf(pages))}</strong> trees
    </p>
  );
}

/** The chart's figures as a table, behind a disclosure (for screen readers, and to read exact numbers). */
function ChartTable({
  rows,
  periodLabel,
  format,
  caption,
}: {
  rows: Row[];
  periodLabel: string;
  format: (d: string) => string;
  caption: string;
}) {
  return (
    <details className="chart-table">
      <summary>Show the numbers</summary>
      <DataTable
        rows={rows}
        rowKey={(r) => r.date}
        caption={caption}
        rowProps={(r) => ({ 'data-date': r.date })}
        columns={[
          { header: periodLabel, rowHeader: true, cell: (r) => format(r.date) },
          { header: 'Standard pages', numeric: true, cell: (r) => formatPages(r.pages) },
          { header: 'Trees', numeric: true, cell: (r) => formatTrees(r.trees) },
        ]}
      />
    </details>
  );
}

/** Pages (bars) and trees (line) per month, `months` months ending with the month of `lastMonth`. */
export function MonthlyChart({ points, lastMonth, months = 12 }: { points: VolumePoint[]; lastMonth: string; months?: number }) {
  const first = addMonths(lastMonth, -(months - 1));
  const rows = fill(points, first, months, addMonths);
  return (
    <figure className="chart" data-testid="monthly-chart">
      <figcaption className="sr-only">
        Standard pages and trees per month, {formatMonth(first)} to {formatMonth(lastMonth)}
      </figcaption>
      <Totals rows={rows} label={`${formatMonth(first)} – ${formatMonth(lastMonth)}`} testId="monthly-total" />
      <div className="chart-box" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={rows} margin={{ top: 8, right: 4, bottom: 0, left: 4 }}>
            <CartesianGrid stroke="#e3e9e5" vertical={false} />
            <XAxis
              dataKey="date"
              tickFormatter={formatShortMonth}
              tick={AXIS}
              tickLine={false}
              axisLine={{ stroke: '#cdd8d1' }}
              interval="preserveStartEnd"
              minTickGap={8}
            />
            <YAxis
              yAxisId="pages"
              niceTicks="snap125"
              allowDecimals={false}
              tickFormatter={(v: number) => formatPages(v)}
              tick={AXIS}
              tickLine={false}
              axisLine={false}
              width={64}
            />
            <YAxis
              yAxisId="trees"
              niceTicks="snap125"
              orientation="right"
              tickFormatter={(v: number) => formatTrees(v)}
              tick={AXIS}
              tickLine={false}
              axisLine={false}
              width={48}
            />
            <Tooltip formatter={tooltipFormatter} labelFormatter={(l) => formatMonth(String(l))} />
            <Bar yAxisId="pages" dataKey="pages" name="pages" fill={GREEN} radius={[3, 3, 0, 0]} isAnimationActive={false} />
            <Line yAxisId="trees" dataKey="trees" name="trees" stroke={LEAF} strokeWidth={2.5} dot={{ r: 3 }} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ul className="legend" aria-hidden="true">
        <li>
          <span className="swatch" style={{ background: GREEN }} /> Standard pages
        </li>
        <li>
          <span className="swatch swatch-line" style={{ background: LEAF }} /> Trees
        </li>
      </ul>
      <ChartTable rows={rows} periodLabel="Month" format={formatMonth} caption="Pages and trees per month" />
    </figure>
  );
}

/** Pages per day from `start` to `end` (inclusive, 'YYYY-MM-DD'). */
export function DailyChart({ points, start, end }: { points: VolumePoint[]; start: string; end: string }) {
  const count = Math.max(1, Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1);
  const rows = fill(points, start, count, addDays);
  return (
    <figure className="chart" data-testid="daily-chart">
      <figcaption className="sr-only">
        Standard pages per day, {formatDay(start)} to {formatDay(end)}
      </figcaption>
      <Totals rows={rows} label={`${formatDay(start)} – ${formatDay(end)}`} testId="daily-total" />
      <div className="chart-box" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 4, bottom: 0, left: 4 }}>
            <CartesianGrid stroke="#e3e9e5" vertical={false} />
            <XAxis
              dataKey="date"
              tickFormatter={formatShortDay}
              tick={AXIS}
              tickLine={false}
              axisLine={{ stroke: '#cdd8d1' }}
              minTickGap={16}
            />
            <YAxis
              niceTicks="snap125"
              allowDecimals={false}
              tickFormatter={(v: number) => formatPages(v)}
              tick={AXIS}
              tickLine={false}
              axisLine={false}
              width={56}
            />
            <Tooltip formatter={tooltipFormatter} labelFormatter={(l) => formatDay(String(l))} />
            <Bar dataKey="pages" name="pages" fill={GREEN} radius={[2, 2, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartTable rows={[...rows].reverse()} periodLabel="Day" format={formatDay} caption="Pages per day" />
    </figure>
  );
}
