import { useState } from 'react';
import {
  Bar,
  BarChart,
  type BarShapeProps,
  CartesianGrid,
  ComposedChart,
  Line,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  type XAxisTickContentProps,
  YAxis,
} from 'recharts';
import type { VolumePoint } from '../api/types';
import { getAccountVolume, getVolume, volumeCsvUrl, volumeKeys, type VolumeQuery } from '../api/volume';
import { AXIS, AXIS_TITLE, CATCH_UP, GAP_STROKE, GREEN, PARTIAL_FILL, PeriodTick, useWidth } from '../charts/ChartParts';
import { dayRows, evenTicks, monthRows, monthsBetween, niceAxis, type PeriodRow } from '../charts/volume-series';
import { addDays, addMonths, formatDay, formatMonth, formatPages, formatShortDay, formatShortMonth, formatTrees, today } from '../format';
import { useResource } from '../hooks/useResource';
import { PAGES_PER_TREE, PAGES_PER_TREE_TEXT, treesOf } from '../trees';
import { DataTable } from './DataTable';
import { DownloadCsvButton } from './DataTableDownload';
import { Async } from './Status';
import './VolumeCharts.css';

const PREVIOUS = '#9fb0a6';
const STALE = '#c98a2b';
/** Even month ticks: every month, or every 2nd, 3rd, 4th, 6th or 12th; a label needs this many pixels. */
const MONTH_STEPS = [1, 2, 3, 4, 6, 12];
const DAY_STEPS = [1, 2, 7, 14, 28, 56];
const MONTH_LABEL_PX = 44;
const DAY_LABEL_PX = 48;

/** A chart row: the period, and (year over year) the same period a year before. */
interface ChartRow extends PeriodRow {
  /** The bar's height: a gap's is 0 (its shape draws the gap, never a bar). */
  bar: number;
  previous?: PeriodRow & { bar: number };
}

const withBar = <T extends PeriodRow>(r: T) => ({ ...r, bar: r.pages ?? 0 });

/** What a period is, in words (tooltips, the table, the summary). */
function stateWords(r: PeriodRow): string {
  if (r.gap === 'stale') return 'no new data (stale spell)';
  if (r.gap === 'no-data') return 'no data';
  const parts = [`${formatPages(r.pages ?? 0)} standard pages`];
  if (r.partial) parts.push(r.through ? `partial: through ${formatShortDay(r.through)}` : 'partial: so far');
  if (r.catchUp) parts.push(`includes ${formatPages(r.catchUpPages)} caught up after a stale spell`);
  if (r.staleDays > 0 && !r.partial) parts.push(`${r.staleDays} day${r.staleDays === 1 ? '' : 's'} without new data`);
  return parts.join(', ');
}

/** A period's bar, or its gap: a dotted baseline (grey: no data; amber: no new data), never a zero bar. */
function periodBar(props: BarShapeProps, series: 'current' | 'previous', unit: 'month' | 'day') {
  const chartRow = props.payload as ChartRow | undefined;
  const row = series === 'current' ? chartRow : chartRow?.previous;
  if (!row) return <g />;
  const x = Number(props.x);
  const width = Number(props.width);
  const base = Number(props.y) + Number(props.height);
  const attrs = {
    'data-series': series,
    [`data-${unit}`]: unit === 'month' ? row.date.slice(0, 7) : row.date,
    'data-state': row.state,
    'data-gap': row.gap ?? undefined,
    'data-pages': row.pages ?? undefined,
    'data-catch-up': row.catchUp,
  };
  const title = <title>{`${unit === 'month' ? formatMonth(row.date) : formatDay(row.date)}: ${stateWords(row)}`}</title>;
  if (row.gap) {
    return (
      <g {...attrs}>
        {title}
        <line
          x1={x + 1}
          x2={x + width - 1}
          y1={base - 1}
          y2={base - 1}
          stroke={row.gap === 'stale' ? STALE : GAP_STROKE}
          strokeWidth={2}
          strokeDasharray="2 3"
        />
      </g>
    );
  }
  const fill = series === 'previous' ? PREVIOUS : row.partial ? PARTIAL_FILL : GREEN;
  return (
    <g {...attrs}>
      {title}
      {row.pages === 0 ? (
        <rect x={x} y={base - 2} width={width} height={2} fill={series === 'previous' ? PREVIOUS : GREEN} />
      ) : (
        <Rectangle
          x={x}
          y={props.y}
          width={width}
          height={props.height}
          radius={[3, 3, 0, 0]}
          fill={fill}
          stroke={row.partial ? GREEN : 'none'}
          strokeDasharray={row.partial ? '4 3' : undefined}
          strokeWidth={row.partial ? 1.5 : 0}
        />
      )}
      {row.catchUp && (
        <circle data-catch-up-marker="" cx={x + width / 2} cy={Number(props.y) - 7} r={4} fill={CATCH_UP} stroke="#fff" strokeWidth={1} />
      )}
    </g>
  );
}

const currentMonthBar = (p: BarShapeProps) => periodBar(p, 'current', 'month');
const previousMonthBar = (p: BarShapeProps) => periodBar(p, 'previous', 'month');
const currentDayBar = (p: BarShapeProps) => periodBar(p, 'current', 'day');

function Legend({ rows, previousLabel, currentLabel }: { rows: ChartRow[]; currentLabel?: string; previousLabel?: string }) {
  const partial = rows.find((r) => r.partial && !r.gap);
  const all = [...rows, ...rows.flatMap((r) => (r.previous ? [r.previous] : []))];
  return (
    <ul className="legend volume-legend" data-testid="volume-legend">
      <li>
        <span className="swatch" style={{ background: GREEN }} /> {currentLabel ?? 'Standard pages'}
      </li>
      {previousLabel && (
        <li data-testid="legend-previous">
          <span className="swatch" style={{ background: PREVIOUS }} /> {previousLabel}
        </li>
      )}
      {partial && (
        <li data-testid="legend-partial">
          <span className="swatch swatch-partial" /> {formatMonth(partial.date)} so far (
          {partial.through ? `partial: through ${formatShortDay(partial.through)}` : 'partial'})
        </li>
      )}
      {all.some((r) => r.catchUp) && (
        <li data-testid="legend-catch-up">
          <span className="swatch swatch-dot" style={{ background: CATCH_UP }} /> includes catch-up after a stale spell
        </li>
      )}
      <li>
        <span className="swatch swatch-gap" style={{ borderColor: GAP_STROKE }} /> no bar: no data (before activation, or nothing collected)
      </li>
      {all.some((r) => r.gap === 'stale') && (
        <li>
          <span className="swatch swatch-gap" style={{ borderColor: STALE }} /> no bar: no new data (a stale spell)
        </li>
      )}
      <li>
        <span className="swatch swatch-zero" style={{ background: GREEN }} /> flat line: 0 pages
      </li>
    </ul>
  );
}

function Totals({ rows, label, testId }: { rows: PeriodRow[]; label: string; testId: string }) {
  const pages = rows.reduce((s, r) => s + (r.pages ?? 0), 0);
  const withData = rows.filter((r) => !r.gap).length;
  return (
    <p className="chart-totals" data-testid={testId} data-pages={pages}>
      {label}: <strong data-testid={`${testId}-pages`}>{formatPages(pages)}</strong> standard pages ·{' '}
      <strong data-testid={`${testId}-trees`}>{formatTrees(treesOf(pages))}</strong> trees
      {withData < rows.length && (
        <span>
          {' '}
          · data for {withData} of {rows.length}
        </span>
      )}
    </p>
  );
}

/** A short summary of the values, for screen readers (the chart box is an image with this label). */
function summary(rows: PeriodRow[], title: string, format: (d: string) => string): string {
  return `${title}. ${rows.map((r) => `${format(r.date)}: ${stateWords(r)}`).join('; ')}.`;
}

/** The chart's figures as a table, behind a disclosure (for screen readers, and to read exact numbers). */
function ChartTable({ rows, unit, caption, previous }: { rows: ChartRow[]; unit: 'month' | 'day'; caption: string; previous: boolean }) {
  const format = unit === 'month' ? formatMonth : formatDay;
  const pagesCell = (r: PeriodRow) => (r.gap ? <span className="muted">{stateWords(r)}</span> : formatPages(r.pages ?? 0));
  return (
    <details className="chart-table">
      <summary>Show the numbers</summary>
      <DataTable
        rows={rows}
        rowKey={(r) => r.date}
        caption={caption}
        rowProps={(r) => ({
          'data-date': r.date,
          ...(unit === 'month' ? { 'data-month': r.date.slice(0, 7) } : {}),
          'data-state': r.state,
          'data-has-data': !r.gap,
        })}
        columns={[
          { header: unit === 'month' ? 'Month' : 'Day', rowHeader: true, cell: (r) => format(r.date) },
          { header: 'Standard pages', numeric: true, cell: pagesCell },
          { header: 'Trees', numeric: true, cell: (r) => (r.gap ? '—' : formatTrees(r.trees ?? 0)) },
          {
            header: 'Note',
            cell: (r) =>
              r.gap ? '' : [r.partial, r.catchUp, r.staleDays > 0].some(Boolean) ? stateWords(r).split(', ').slice(1).join(', ') : '',
          },
          ...(previous
            ? [
                {
                  header: 'A year before',
                  numeric: true,
                  cell: (r: ChartRow) =>
                    r.previous ? <span data-previous-month={r.previous.date.slice(0, 7)}>{pagesCell(r.previous)}</span> : '—',
                },
              ]
            : []),
        ]}
      />
    </details>
  );
}

/** The y axes: standard pages on the left and the same scale in trees on the right (PAGES_PER_TREE pages a tree). */
function scaleOf(rows: ChartRow[]) {
  const max = Math.max(0, ...rows.flatMap((r) => [r.pages ?? 0, r.previous?.pages ?? 0]));
  return niceAxis(max);
}

/**
 * Standard pages per month, `rows` from volume-series.ts (and with `previous`, the same months a year before beside
 * them). Pages and trees share one scale: trees are pages ÷ PAGES_PER_TREE, so the right axis is the left one in trees.
 */
export function MonthlyChart({
  points,
  first,
  months,
  previous,
  currentLabel,
  previousLabel,
}: {
  points: VolumePoint[];
  first: string;
  months: number;
  previous?: VolumePoint[];
  currentLabel?: string;
  previousLabel?: string;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const now = today();
  const current = monthRows(points, first, months, now);
  const before = previous ? monthRows(previous, addMonths(first, -12), months, now) : undefined;
  const rows: ChartRow[] = current.map((r, i) => ({
    ...withBar(r),
    ...(before?.[i]
      ? { previous: withBar({ ...before[i]!, partial: false, state: before[i]!.state === 'partial' ? 'data' : before[i]!.state }) }
      : {}),
  }));
  const last = addMonths(first, months - 1);
  const { ticks: yTicks, top } = scaleOf(rows);
  const { step, ticks } = evenTicks(
    rows.map((r) => r.date),
    width - 120,
    MONTH_LABEL_PX,
    MONTH_STEPS,
  );
  const partial = rows.find((r) => r.partial);
  const title = `Standard pages per month, ${formatMonth(first)} – ${formatMonth(last)}`;
  return (
    <figure className="chart" data-testid="monthly-chart" data-tick-step={step} ref={ref} aria-labelledby="monthly-chart-title">
      <figcaption className="chart-title" id="monthly-chart-title">
        {title}
        {previous && <span className="muted"> · compared with a year before</span>}
      </figcaption>
      <Totals rows={current} label={`${formatMonth(first)} – ${formatMonth(last)}`} testId="monthly-total" />
      <div className="chart-box volume-chart-box" role="img" aria-label={summary(current, title, formatMonth)}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={rows} margin={{ top: 16, right: 4, bottom: 4, left: 4 }} barGap={2}>
            <CartesianGrid stroke="#e3e9e5" vertical={false} />
            <XAxis
              dataKey="date"
              ticks={ticks}
              interval={0}
              tick={(p: XAxisTickContentProps) => <PeriodTick {...p} partialDate={partial?.date ?? ''} format={formatShortMonth} />}
              tickLine={false}
              axisLine={{ stroke: '#cdd8d1' }}
              height={48}
              label={{ value: 'Month', position: 'insideBottom', offset: 0, style: AXIS_TITLE }}
            />
            <YAxis
              yAxisId="pages"
              domain={[0, top]}
              ticks={yTicks}
              tickFormatter={(v: number) => formatPages(v)}
              tick={AXIS}
              tickLine={false}
              axisLine={false}
              width={68}
              label={{
                value: 'Standard pages',
                angle: -90,
                position: 'insideLeft',
                offset: 4,
                style: { ...AXIS_TITLE, textAnchor: 'middle' },
              }}
            />
            <YAxis
              yAxisId="trees"
              orientation="right"
              domain={[0, top / PAGES_PER_TREE]}
              ticks={yTicks.map((v) => v / PAGES_PER_TREE)}
              tickFormatter={(v: number) => formatTrees(v)}
              tick={AXIS}
              tickLine={false}
              axisLine={false}
              width={52}
              label={{ value: 'Trees', angle: 90, position: 'insideRight', offset: 4, style: { ...AXIS_TITLE, textAnchor: 'middle' } }}
            />
            <Tooltip
              formatter={(_v: unknown, name: unknown, item: { payload?: ChartRow }) => {
                const row = name === 'previous' ? item.payload?.previous : item.payload;
                return [row ? stateWords(row) : '', name === 'previous' && row ? formatMonth(row.date) : 'This period'];
              }}
              labelFormatter={(l) => formatMonth(String(l))}
            />
            {previous && (
              <Bar
                yAxisId="pages"
                dataKey={(r: ChartRow) => r.previous?.bar ?? 0}
                name="previous"
                shape={previousMonthBar}
                isAnimationActive={false}
              />
            )}
            <Bar yAxisId="pages" dataKey="bar" name="current" shape={currentMonthBar} isAnimationActive={false} />
            {/* Nothing drawn: it gives the trees axis (the pages axis in trees) a series, so recharts draws its ticks. */}
            <Line
              yAxisId="trees"
              dataKey={(r: ChartRow) => r.bar / PAGES_PER_TREE}
              stroke="none"
              dot={false}
              activeDot={false}
              legendType="none"
              tooltipType="none"
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <p className="small muted chart-note">
        One scale: the right axis is the left one in trees (1 tree = {PAGES_PER_TREE_TEXT} standard pages).
      </p>
      <Legend rows={rows} currentLabel={currentLabel} previousLabel={previous ? (previousLabel ?? 'A year before') : undefined} />
      <ChartTable rows={[...rows].reverse()} unit="month" caption="Standard pages and trees per month" previous={Boolean(previous)} />
    </figure>
  );
}

/** Standard pages per day from `start` to `end` (inclusive, 'YYYY-MM-DD'); gaps and catch-ups as in MonthlyChart. */
export function DailyChart({ points, start, end }: { points: VolumePoint[]; start: string; end: string }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const rows: ChartRow[] = dayRows(points, start, end, today()).map(withBar);
  const { ticks: yTicks, top } = scaleOf(rows);
  const { step, ticks } = evenTicks(
    rows.map((r) => r.date),
    width - 80,
    DAY_LABEL_PX,
    DAY_STEPS,
  );
  const title = `Standard pages per day, ${formatDay(start)} – ${formatDay(end)}`;
  return (
    <figure className="chart" data-testid="daily-chart" data-tick-step={step} ref={ref} aria-labelledby="daily-chart-title">
      <figcaption className="chart-title" id="daily-chart-title">
        {title}
      </figcaption>
      <Totals rows={rows} label={`${formatDay(start)} – ${formatDay(end)}`} testId="daily-total" />
      <div className="chart-box volume-chart-box" role="img" aria-label={summary(rows, title, formatDay)}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 16, right: 8, bottom: 4, left: 4 }}>
            <CartesianGrid stroke="#e3e9e5" vertical={false} />
            <XAxis
              dataKey="date"
              ticks={ticks}
              interval={0}
              tick={(p: XAxisTickContentProps) => <PeriodTick {...p} partialDate="" format={formatShortDay} />}
              tickLine={false}
              axisLine={{ stroke: '#cdd8d1' }}
              height={40}
              label={{ value: 'Day', position: 'insideBottom', offset: 0, style: AXIS_TITLE }}
            />
            <YAxis
              domain={[0, top]}
              ticks={yTicks}
              tickFormatter={(v: number) => formatPages(v)}
              tick={AXIS}
              tickLine={false}
              axisLine={false}
              width={68}
              label={{
                value: 'Standard pages',
                angle: -90,
                position: 'insideLeft',
                offset: 4,
                style: { ...AXIS_TITLE, textAnchor: 'middle' },
              }}
            />
            <Tooltip
              formatter={(_v: unknown, _n: unknown, item: { payload?: ChartRow }) => [item.payload ? stateWords(item.payload) : '', 'Day']}
              labelFormatter={(l) => formatDay(String(l))}
            />
            <Bar dataKey="bar" name="pages" shape={currentDayBar} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Legend rows={rows} />
      <ChartTable rows={[...rows].reverse()} unit="day" caption="Standard pages per day" previous={false} />
    </figure>
  );
}

type Preset = 'last12' | 'thisYear' | 'lastYear' | 'custom';
const PRESETS: Array<{ key: Exclude<Preset, 'custom'>; label: string }> = [
  { key: 'last12', label: 'Last twelve months' },
  { key: 'thisYear', label: 'This year' },
  { key: 'lastYear', label: 'Last year' },
];
/** The longest range the monthly chart shows (ten years of months stay readable with even ticks). */
const MAX_MONTHS = 120;

/** The months of a preset, 'YYYY-MM-01' both. */
function presetMonths(preset: Exclude<Preset, 'custom'>, thisMonth: string): { from: string; to: string } {
  const year = thisMonth.slice(0, 4);
  if (preset === 'thisYear') return { from: `${year}-01-01`, to: thisMonth };
  if (preset === 'lastYear') return { from: `${Number(year) - 1}-01-01`, to: `${Number(year) - 1}-12-01` };
  return { from: addMonths(thisMonth, -11), to: thisMonth };
}

/** The volume query of months `from`–`to`: through yesterday for the running month (data exists up to yesterday). */
function monthlyQuery(from: string, to: string, thisMonth: string): VolumeQuery {
  const end = to === thisMonth ? addDays(today(), -1) : addDays(addMonths(to, 1), -1);
  return { period: 'monthly', start_date: from, end_date: end < from ? from : end, coverage: true };
}

/** The same query a year earlier (the running month compared through the same day). */
function yearBefore(q: VolumeQuery): VolumeQuery {
  const back = (d: string) => `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`.replace(/-02-29$/, '-02-28');
  return { ...q, start_date: back(String(q.start_date)), end_date: back(String(q.end_date)) };
}

const monthLabel = (from: string, to: string) => (from === to ? formatMonth(from) : `${formatMonth(from)} – ${formatMonth(to)}`);

/**
 * The monthly volume card of the overview and customer pages: a date range (presets and from/to months), a
 * year-over-year view (the same months a year before as a second series), the chart and its CSV.
 */
export function MonthlyVolumeCard({ accountId, headingId = 'monthly-heading' }: { accountId?: string; headingId?: string }) {
  const thisMonth = `${today().slice(0, 7)}-01`;
  const [preset, setPreset] = useState<Preset>('last12');
  const [custom, setCustom] = useState(() => presetMonths('last12', thisMonth));
  const [compare, setCompare] = useState(false);
  const range = preset === 'custom' ? custom : presetMonths(preset, thisMonth);
  const months = monthsBetween(range.from, range.to);
  const invalid =
    range.from > range.to
      ? 'From must not be after To.'
      : months > MAX_MONTHS
        ? `Choose at most ${MAX_MONTHS} months.`
        : range.to > thisMonth
          ? 'To must not be after this month.'
          : null;
  const query = monthlyQuery(range.from, range.to, thisMonth);
  const previousQuery = yearBefore(query);
  const load = (q: VolumeQuery) => (accountId === undefined ? getVolume(q) : getAccountVolume(accountId, q));
  const keyOf = (q: VolumeQuery) => (accountId === undefined ? volumeKeys.own(q) : volumeKeys.ofAccount(accountId, q));
  const volume = useResource(() => (invalid ? Promise.resolve([]) : load(query)), invalid ? 'invalid' : keyOf(query));
  const previous = useResource(
    () => (compare && !invalid ? load(previousQuery) : Promise.resolve(undefined)),
    compare && !invalid ? keyOf(previousQuery) : 'no-comparison',
  );
  const setMonth = (which: 'from' | 'to', value: string) => {
    if (!/^\d{4}-\d{2}$/.test(value)) return;
    setPreset('custom');
    setCustom({ ...range, [which]: `${value}-01` });
  };
  const currentLabel = monthLabel(range.from, range.to);
  const previousLabel = `${monthLabel(addMonths(range.from, -12), addMonths(range.to, -12))} (a year before)`;

  return (
    <section className="card" aria-labelledby={headingId} data-testid="monthly-volume">
      <div className="card-head">
        <h2 id={headingId}>Monthly volume</h2>
        <DownloadCsvButton
          url={volumeCsvUrl(accountId, { period: 'monthly', start_date: query.start_date, end_date: query.end_date })}
          what={`the monthly volume, ${currentLabel}`}
          testId="download-monthly-volume"
        />
      </div>
      <div className="volume-controls">
        <fieldset className="segmented" aria-label="Months shown">
          {PRESETS.map((p) => (
            <button key={p.key} type="button" aria-pressed={preset === p.key} onClick={() => setPreset(p.key)}>
              {p.label}
            </button>
          ))}
        </fieldset>
        <label className="volume-month">
          From
          <input
            type="month"
            data-testid="volume-from"
            value={range.from.slice(0, 7)}
            max={thisMonth.slice(0, 7)}
            onChange={(e) => setMonth('from', e.target.value)}
          />
        </label>
        <label className="volume-month">
          To
          <input
            type="month"
            data-testid="volume-to"
            value={range.to.slice(0, 7)}
            max={thisMonth.slice(0, 7)}
            onChange={(e) => setMonth('to', e.target.value)}
          />
        </label>
        <label className="volume-compare">
          <input type="checkbox" data-testid="volume-yoy" checked={compare} onChange={(e) => setCompare(e.target.checked)} />
          Compare with a year before
        </label>
      </div>
      {invalid ? (
        <p className="volume-range-error" role="alert" data-testid="volume-range-error">
          {invalid}
        </p>
      ) : (
        <Async data={volume.data} error={volume.error ?? previous.error} reload={volume.reload}>
          {(points) =>
            compare && previous.data === undefined ? null : (
              <MonthlyChart
                points={points}
                first={range.from}
                months={months}
                previous={compare ? previous.data : undefined}
                currentLabel={currentLabel}
                previousLabel={previousLabel}
              />
            )
          }
        </Async>
      )}
    </section>
  );
}
