import { useId, useMemo } from 'react';
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
  logDomain,
  logTicks,
  toChartRows,
  withheldPeriods,
  type ChartRow,
  type ScaleKind,
  type TrendPoint,
} from './series';
import { chartTheme, type ChartTheme } from './theme';
import { useChartFormat, type ChartFormat } from './use-chart-format';

export interface TrendChartProps {
  points: readonly TrendPoint[];
  /** Visible caption and the figure's accessible name. */
  title: string;
  /** Longer description for assistive technology (e.g. the text summary). */
  description?: string;
  /** Name of the line, shown in the legend and tooltip. */
  seriesLabel: string;
  scale?: ScaleKind;
  height?: number;
  theme?: ChartTheme;
}

/** A line chart of one series. Withheld periods are gaps in the line, marked by a dashed rule. */
export function TrendChart({
  points,
  title,
  description,
  seriesLabel,
  scale = 'linear',
  height = 340,
  theme = chartTheme,
}: TrendChartProps) {
  const { t } = useTranslation('charts');
  const format = useChartFormat();
  const captionId = useId();
  const rows = useMemo(() => toChartRows(points, scale), [points, scale]);
  const withheld = useMemo(() => withheldPeriods(points), [points]);
  const domain = scale === 'log' ? logDomain(rows) : undefined;
  const hasZeroHidden = rows.some((row) => row.offScale);
  const nothingDrawn = rows.every((row) => row.value === null);
  const axisTick = { fill: theme.axis, fontSize: theme.fontSize };

  return (
    <figure className="trend-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="trend-chart__caption">
        {title}
      </figcaption>
      {rows.length === 0 ? (
        <p className="trend-chart__empty">{t('chart.noData')}</p>
      ) : (
        <div className="trend-chart__plot" style={{ height }}>
          <ResponsiveContainer width="100%" height="100%">
            <LineChart
              data={rows}
              title={title}
              desc={description}
              margin={{ top: 12, right: 24, bottom: 4, left: 4 }}
            >
              <CartesianGrid stroke={theme.grid} vertical={false} />
              <XAxis
                dataKey="period"
                tickFormatter={(code: string) => format.period(code)}
                tick={axisTick}
                stroke={theme.grid}
                tickLine={false}
                minTickGap={12}
              />
              <YAxis
                scale={scale === 'log' ? 'log' : 'linear'}
                domain={domain ?? [0, 'auto']}
                ticks={domain ? logTicks(domain) : undefined}
                allowDataOverflow={scale === 'log'}
                tickFormatter={(value: number) => format.compact(value)}
                tick={axisTick}
                axisLine={false}
                tickLine={false}
                width={64}
              />
              {withheld.map((period) => (
                <ReferenceLine
                  key={period}
                  x={period}
                  stroke={theme.withheld}
                  strokeDasharray="3 5"
                  ifOverflow="extendDomain"
                />
              ))}
              <Tooltip
                content={(props: TooltipContentProps) => (
                  <ChartTooltip {...props} rows={rows} format={format} seriesLabel={seriesLabel} />
                )}
              />
              <Line
                type="linear"
                dataKey="value"
                name={seriesLabel}
                stroke={theme.series}
                strokeWidth={theme.lineWidth}
                dot={{ r: theme.dotRadius, fill: theme.series, strokeWidth: 0 }}
                activeDot={{ r: theme.dotRadius + 2 }}
                connectNulls={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
          {nothingDrawn && <p className="trend-chart__overlay">{t('chart.noData')}</p>}
        </div>
      )}
      <ul className="chart-legend">
        <li>
          <span className="chart-legend__line" style={{ borderColor: theme.series }} aria-hidden />
          {seriesLabel}
        </li>
        {withheld.length > 0 && (
          <li>
            <span
              className="chart-legend__line chart-legend__line--dashed"
              style={{ borderColor: theme.withheld }}
              aria-hidden
            />
            {t('chart.withheldMarker')}
          </li>
        )}
      </ul>
      {scale === 'log' && (
        <p className="trend-chart__note">
          {t('chart.logNote')} {hasZeroHidden && t('chart.zeroHidden')}
        </p>
      )}
    </figure>
  );
}

function ChartTooltip({
  active,
  label,
  rows,
  format,
  seriesLabel,
}: TooltipContentProps & { rows: ChartRow[]; format: ChartFormat; seriesLabel: string }) {
  const { t } = useTranslation('charts');
  const row = active ? rows.find((candidate) => candidate.period === label) : undefined;
  if (!row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__period">{format.period(row.period, 'long')}</p>
      <p>
        {row.withheld ? (
          t('tooltip.withheld')
        ) : (
          <>
            {seriesLabel}: <strong>{row.value === null ? '—' : format.number(row.value)}</strong>
          </>
        )}
      </p>
    </div>
  );
}
