/** Pieces shared by the dashboard's bar charts (VolumeCharts, ImpactChart): the period tick and a width hook. */
import { useEffect, useRef, useState } from 'react';
import type { XAxisTickContentProps } from 'recharts';

export const GREEN = '#2f7d4f';
export const PARTIAL_FILL = '#cfe6d7';
export const CATCH_UP = '#b26a00';
export const GAP_STROKE = '#9aa8a0';
export const AXIS = { fontSize: 12, fill: '#5b6b62' };
export const AXIS_TITLE = { fontSize: 12, fill: '#39493f', fontWeight: 600 };

/** A period's label under the axis (`data-tick` its date), and "partial" under the running one. */
export function PeriodTick(props: XAxisTickContentProps & { partialDate: string; format: (d: string) => string }) {
  const date = String(props.payload.value);
  return (
    <g transform={`translate(${Number(props.x)},${Number(props.y)})`} data-tick={date} data-tick-x={Math.round(Number(props.x) * 10) / 10}>
      <text dy={12} textAnchor="middle" fontSize={AXIS.fontSize} fill={AXIS.fill}>
        {props.format(date)}
      </text>
      {date === props.partialDate && (
        <text dy={26} textAnchor="middle" fontSize={11} fill={GREEN} fontStyle="italic">
          partial
        </text>
      )}
    </g>
  );
}

/** The width of an element, kept up to date (to choose how many ticks fit). */
export function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
