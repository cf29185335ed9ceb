import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { chartTheme, seriesStyle } from '@candor/charts';
import { formatCompact } from '@candor/web-i18n';
import { useReportText } from '../shared/report-text';
import { chartRows, emptyPeriods, seriesKey, type ChartSeries } from './chart-rows';

/** 170 mm at 96 dpi: the width of a chart on an A4 page with 2 cm margins. */
export const PRINT_CHART_WIDTH = 642;

export type ChartAxis = 'count' | 'share' | 'hours';

export interface ReportLineChartProps {
  /** One line per series, every series over the same periods. */
  series: readonly ChartSeries[];
  periods: readonly string[];
  axis: ChartAxis;
  /** The accessible name of the graphic: what it shows, and where its numbers are. */
  label: string;
  /** The PDF layout: a fixed size and no tooltip (charts never animate, so they are drawn at once). */
  print: boolean;
  height?: number;
}

const tick = { fill: chartTheme.axis, fontSize: chartTheme.fontSize };

/**
 * A line chart of a report (recharts). A withheld figure is a gap in its line, never a zero; a
 * period where every line has a gap is marked by a dashed rule. Series differ by color and dash.
 * The graphic is an image with a name; its numbers are in the tables and the data appendix.
 */
export function ReportLineChart({
  series,
  periods,
  axis,
  label,
  print,
  height = 240,
}: ReportLineChartProps) {
  const { format } = useReportText();
  const rows = useMemo(() => chartRows(series, periods), [series, periods]);
  const gaps = useMemo(() => emptyPeriods(series, periods), [series, periods]);
  const shown = (value: number) =>
    axis === 'share'
      ? format.share(value)
      : axis === 'hours'
        ? format.hours(value)
        : format.number(value);

  const size = print
    ? { width: PRINT_CHART_WIDTH, height }
    : { responsive: true, style: { width: '100%', height } };

  return (
    <div className="report-chart" data-report-chart role="img" aria-label={label}>
      <LineChart
        {...size}
        data={rows}
        accessibilityLayer={false}
        margin={{ top: 12, right: 24, bottom: 4, left: 4 }}
      >
        <CartesianGrid stroke={chartTheme.grid} vertical={false} />
        <XAxis
          dataKey="period"
          tickFormatter={(code: string) => format.periodShort(code)}
          tick={tick}
          stroke={chartTheme.grid}
          tickLine={false}
          minTickGap={12}
        />
        <YAxis
          domain={axis === 'share' ? [0, 1] : [0, 'auto']}
          {...(axis === 'share' ? { ticks: [0, 0.25, 0.5, 0.75, 1] } : {})}
          tickFormatter={(value: number) =>
            axis === 'share' ? format.share(value) : formatCompact(value, format.locale)
          }
          tick={tick}
          axisLine={false}
          tickLine={false}
          width={64}
        />
        {gaps.map((period) => (
          <ReferenceLine
            key={period}
            x={period}
            stroke={chartTheme.withheld}
            strokeDasharray="3 5"
            ifOverflow="extendDomain"
          />
        ))}
        {!print && (
          <Tooltip
            labelFormatter={(code) => format.period(String(code))}
            formatter={(value) => (typeof value === 'number' ? shown(value) : String(value))}
          />
        )}
        {series.map((s, index) => {
          const style = seriesStyle(index);
          return (
            <Line
              key={s.id}
              type="linear"
              dataKey={seriesKey(index)}
              name={s.label}
              stroke={style.color}
              strokeWidth={chartTheme.lineWidth}
              strokeDasharray={style.dash || undefined}
              dot={{ r: chartTheme.dotRadius, fill: style.color, strokeWidth: 0 }}
              activeDot={print ? false : { r: chartTheme.dotRadius + 2 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
      {series.length > 1 && (
        <ul className="report-chart__legend" aria-hidden="true">
          {series.map((s, index) => {
            const style = seriesStyle(index);
            return (
              <li key={s.id}>
                <svg width="28" height="10" viewBox="0 0 28 10" focusable="false">
                  <line
                    x1="1"
                    y1="5"
                    x2="27"
                    y2="5"
                    stroke={style.color}
                    strokeWidth={chartTheme.lineWidth}
                    strokeDasharray={style.dash || undefined}
                  />
                </svg>
                {s.label}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
