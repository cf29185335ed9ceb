import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import {
  chartTheme,
  logDomain,
  logTicks,
  toChartRows,
  useChartFormat,
  useFrameFormat,
  type ChartRow,
  type ChartTable,
  type ScaleKind,
} from '@candor/charts';
import type { TrendMark } from '../model/trend-marks';
import { chartPoints, SERIES_ID } from '../model/trend-table';
import { linearAxis } from './linear-axis';
import { MarkLayer } from './mark-layer';
import { MarkPopupCard } from './mark-popup-card';
import { useMarkPopup } from './use-mark-popup';
import type { MarkWords } from './use-mark-words';

export interface ExplorerChartProps {
  /** Exactly what the frame's table and CSV hold. */
  table: ChartTable;
  marks: readonly TrendMark[];
  scale: ScaleKind;
  words: MarkWords;
  /** Id of a mark's explanation in the list under the chart. */
  describedBy: (mark: TrendMark) => string;
  height?: number;
}

/**
 * The explorer's line chart (recharts): the table's values, a gap wherever the table has none
 * (with a dashed rule, never a zero), marks for spikes, level shifts and notes, and a linear or
 * logarithmic axis.
 */
export function ExplorerChart({
  table,
  marks,
  scale,
  words,
  describedBy,
  height = 360,
}: ExplorerChartProps) {
  const { t } = useTranslation('trends');
  const format = useChartFormat();
  const frame = useFrameFormat();
  const box = useRef<HTMLDivElement>(null);
  const popup = useMarkPopup();
  const rows = useMemo(() => toChartRows(chartPoints(table), scale), [table, scale]);
  const gaps = useMemo(() => {
    const reasons = new Map(
      table.rows.map((row) => [row.key, row.cells[SERIES_ID]?.gap ?? null] as const),
    );
    return rows.flatMap((row) =>
      row.withheld ? [{ period: row.period, reason: reasons.get(row.period) ?? null }] : [],
    );
  }, [rows, table]);
  const reasonOf = useMemo(() => new Map(gaps.map((gap) => [gap.period, gap.reason])), [gaps]);
  const domain = scale === 'log' ? logDomain(rows) : undefined;
  const linear = useMemo(() => linearAxis(rows.map((row) => row.value)), [rows]);
  const nothingDrawn = rows.every((row) => row.value === null);
  const axisTick = { fill: chartTheme.axis, fontSize: chartTheme.fontSize };
  const activeMark = popup.active ? marks.find((mark) => mark.id === popup.active?.id) : undefined;

  if (rows.length === 0) return <p className="trends-chart__empty">{t('chart.noFigures')}</p>;

  return (
    <div ref={box} className="trends-chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={rows as ChartRow[]}
          margin={{ top: 24, right: 24, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={chartTheme.grid} vertical={false} />
          <XAxis
            dataKey="period"
            tickFormatter={(code: string) => format.period(code)}
            tick={axisTick}
            stroke={chartTheme.grid}
            tickLine={false}
            minTickGap={16}
          />
          <YAxis
            scale={scale === 'log' ? 'log' : 'linear'}
            domain={domain ?? linear.domain}
            ticks={domain ? logTicks(domain) : linear.ticks}
            allowDataOverflow
            tickFormatter={(value: number) => format.compact(value)}
            tick={axisTick}
            axisLine={false}
            tickLine={false}
            width={64}
          />
          {gaps.map((gap) => (
            <ReferenceLine
              key={gap.period}
              x={gap.period}
              stroke={chartTheme.withheld}
              strokeDasharray="3 5"
              className="trends-chart__gap"
            />
          ))}
          <Tooltip
            content={(props: TooltipContentProps) =>
              popup.active ? null : (
                <PeriodTooltip
                  {...props}
                  rows={rows}
                  marks={marks}
                  words={words}
                  gapText={(period) => frame.gap(reasonOf.get(period) ?? 'not_published')}
                />
              )
            }
          />
          <Line
            type="linear"
            dataKey="value"
            name={table.series[0]?.label ?? ''}
            stroke={chartTheme.series}
            strokeWidth={chartTheme.lineWidth}
            dot={{ r: chartTheme.dotRadius, fill: chartTheme.series, strokeWidth: 0 }}
            activeDot={{ r: chartTheme.dotRadius + 2 }}
            connectNulls={false}
            isAnimationActive={false}
          />
          <MarkLayer
            marks={marks}
            rows={rows}
            activeId={popup.active?.id ?? null}
            label={words.label}
            describedBy={describedBy}
            onShow={popup.show}
            onHide={popup.hide}
          />
        </LineChart>
      </ResponsiveContainer>
      {nothingDrawn && <p className="trends-chart__overlay">{t('chart.noFigures')}</p>}
      {popup.active && activeMark && (
        <MarkPopupCard
          anchor={popup.active}
          width={box.current?.clientWidth ?? 0}
          height={height}
          title={words.label(activeMark)}
          text={words.explanation(activeMark)}
          kind={activeMark.kind}
          onPointerEnter={popup.hold}
          onPointerLeave={popup.release}
        />
      )}
    </div>
  );
}

function PeriodTooltip({
  active,
  label,
  rows,
  marks,
  words,
  gapText,
}: TooltipContentProps & {
  rows: readonly ChartRow[];
  marks: readonly TrendMark[];
  words: MarkWords;
  gapText: (period: string) => string;
}) {
  const format = useChartFormat();
  const row = active ? rows.find((candidate) => candidate.period === label) : undefined;
  if (!row) return null;
  const here = marks.filter((mark) => mark.period === row.period);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__period">{format.period(row.period, 'long')}</p>
      <p>
        {row.value !== null ? (
          <strong>{format.number(row.value)}</strong>
        ) : row.offScale ? (
          <strong>{format.number(0)}</strong>
        ) : (
          gapText(row.period)
        )}
      </p>
      {here.map((mark) => (
        <p key={mark.id} className="chart-tooltip__mark">
          {words.label(mark)}
        </p>
      ))}
    </div>
  );
}
