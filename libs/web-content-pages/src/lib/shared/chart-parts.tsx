import { useMemo, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ReferenceLine,
  ResponsiveContainer,
  type TooltipContentProps,
  type XAxisProps,
  type YAxisProps,
} from 'recharts';
import {
  cellOf,
  chartTheme,
  patternId,
  SeriesMarker,
  useChartFormat,
  useFrameFormat,
  type ChartTable,
  type SeriesStyle,
} from '@candor/charts';
import { PLOT_KEY } from './plot-rows';

/** Axis kinds: shares run 0–100 %, counts and ratios from zero up. */
export type AxisKind = 'share' | 'count' | 'ratio';

const axisTick = { fill: chartTheme.axis, fontSize: chartTheme.fontSize };
const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1];

/**
 * Props of the two axes, in the reader's language: periods along x, and up the y axis shares
 * from 0 to 100 % or counts and ratios from zero (compact: 350K, 1,4 Mio.).
 */
export function useAxes(axis: AxisKind): { x: XAxisProps; y: YAxisProps } {
  const format = useChartFormat();
  return useMemo(() => {
    const percent = new Intl.NumberFormat(format.locale, {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    return {
      x: {
        dataKey: PLOT_KEY,
        tickFormatter: (code: string) => format.period(code),
        tick: axisTick,
        stroke: chartTheme.grid,
        tickLine: false,
        minTickGap: 16,
      },
      y: {
        domain: axis === 'share' ? [0, 1] : [0, 'auto'],
        ...(axis === 'share' ? { ticks: SHARE_TICKS } : {}),
        tickFormatter: (value: number) =>
          axis === 'share' ? percent.format(value) : format.compact(value),
        tick: axisTick,
        axisLine: false,
        tickLine: false,
        width: 64,
      },
    };
  }, [axis, format]);
}

/** Dashed rules at the periods without any figure (a function: recharts wants its own children). */
export function gapRules(keys: readonly string[]) {
  return keys.map((key) => (
    <ReferenceLine
      key={key}
      x={key}
      stroke={chartTheme.withheld}
      strokeDasharray="3 5"
      ifOverflow="extendDomain"
    />
  ));
}

/**
 * The box of a recharts chart: the plot at a fixed height, a note over it when there is nothing
 * to draw, and the legend under it.
 */
export function ChartBox({
  height,
  empty,
  legend,
  children,
}: {
  height: number;
  empty: boolean;
  legend: ReactNode;
  /** The recharts chart. */
  children: ReactElement;
}) {
  const { t } = useTranslation('contentPages');
  return (
    <div className="content-chart">
      <div className="content-chart__plot" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
        {empty && <p className="content-chart__overlay">{t('chart.noData')}</p>}
      </div>
      <ul className="chart-legend content-legend">{legend}</ul>
    </div>
  );
}

/**
 * The tooltip of a chart drawn from a table: the period, then every series' figure as the table
 * shows it, or why there is none. Its words come from the same formatter as the table's.
 */
export function TableTooltip({
  active,
  label,
  table,
}: Pick<TooltipContentProps, 'active' | 'label'> & { table: ChartTable }) {
  const { t } = useTranslation('contentPages');
  const format = useFrameFormat();
  const row = active ? table.rows.find((candidate) => candidate.key === label) : undefined;
  if (!row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__period">{format.period(row.key)}</p>
      {table.series.map((series) => {
        const cell = cellOf(row, series.id);
        return (
          <p key={series.id}>
            {series.label}:{' '}
            {cell.value === null ? (
              t('chart.noFigure', { reason: format.gap(cell.gap ?? 'not_published') })
            ) : (
              <strong>{format.value(cell.value, series.kind)}</strong>
            )}
          </p>
        );
      })}
    </div>
  );
}

/** A legend entry's sample of a line: its color, dash and marker, so color is never alone. */
export function LineSwatch({ style }: { style: SeriesStyle }) {
  return (
    <svg
      className="content-legend__swatch"
      viewBox="0 0 28 12"
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1="1"
        x2="27"
        y1="6"
        y2="6"
        stroke={style.color}
        strokeWidth={chartTheme.lineWidth}
        strokeDasharray={style.dash || undefined}
      />
      <SeriesMarker shape={style.marker} x={14} y={6} size={3.5} color={style.color} />
    </svg>
  );
}

/** A legend entry's sample of a bar: its fill pattern, outlined in its color. */
export function BarSwatch({ style }: { style: SeriesStyle }) {
  return (
    <svg
      className="content-legend__swatch"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <rect
        x="1"
        y="1"
        width="14"
        height="14"
        fill={`url(#${patternId(style.pattern, style.color)})`}
        stroke={style.color}
        strokeWidth="1.5"
      />
    </svg>
  );
}

/** The legend sample of a period without figures: the dashed rule the chart draws there. */
export function GapSwatch() {
  return (
    <svg
      className="content-legend__swatch"
      viewBox="0 0 12 16"
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1="6"
        x2="6"
        y1="0"
        y2="16"
        stroke={chartTheme.withheld}
        strokeWidth="2"
        strokeDasharray="3 3"
      />
    </svg>
  );
}

/** The spike marker: an upward triangle with a dark outline, drawn over the line. */
export function SpikeShape({ cx, cy }: { cx?: number | undefined; cy?: number | undefined }) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy))
    return <g />;
  const s = 7;
  return (
    <path
      d={`M${cx} ${cy - s - 6}L${cx + s} ${cy + s - 6}L${cx - s} ${cy + s - 6}Z`}
      fill="#ffffff"
      stroke="#1f2933"
      strokeWidth={2}
    />
  );
}

export function SpikeSwatch() {
  return (
    <svg
      className="content-legend__swatch"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M8 2L14 14L2 14Z" fill="#ffffff" stroke="#1f2933" strokeWidth="2" />
    </svg>
  );
}
