import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
  type TooltipContentProps,
} from 'recharts';
import { chartTheme, SeriesMarker, seriesStyle, type ChartTable } from '@candor/charts';
import {
  ChartBox,
  gapRules,
  GapSwatch,
  LineSwatch,
  SpikeShape,
  SpikeSwatch,
  TableTooltip,
  useAxes,
  type AxisKind,
} from './chart-parts';
import { emptyKeys, nothingToDraw, plotRows, type LineMark } from './plot-rows';

const MARK_KEY = '__mark';

export interface LinesChartProps {
  /** Exactly what is drawn: one line per series, one point per row. */
  table: ChartTable;
  axis: AxisKind;
  marks?: readonly LineMark[];
  markLabel?: string;
  height?: number;
}

/**
 * Lines of a table's series over its periods (recharts). A gap breaks its line and is never
 * drawn as zero; a period where every series is a gap is marked by a dashed rule. Series differ
 * by color, dash and marker; marks (spikes) are outlined triangles. The table view, summary and
 * CSV of the surrounding `ChartFrame` carry everything drawn here.
 */
export function LinesChart({ table, axis, marks = [], markLabel, height = 320 }: LinesChartProps) {
  const { t } = useTranslation('contentPages');
  const axes = useAxes(axis);
  const rows = useMemo(() => {
    const byKey = new Map(marks.map((mark) => [mark.key, mark.value]));
    return plotRows(table).map((row) => ({ ...row, [MARK_KEY]: byKey.get(row.key) ?? null }));
  }, [table, marks]);
  const gaps = useMemo(() => emptyKeys(table), [table]);

  const legend = (
    <>
      {table.series.map((series, index) => (
        <li key={series.id}>
          <LineSwatch style={seriesStyle(index)} />
          {series.label}
        </li>
      ))}
      {marks.length > 0 && markLabel && (
        <li>
          <SpikeSwatch />
          {markLabel}
        </li>
      )}
      {gaps.length > 0 && (
        <li>
          <GapSwatch />
          {t('chart.withheld')}
        </li>
      )}
    </>
  );

  return (
    <ChartBox height={height} empty={nothingToDraw(table)} legend={legend}>
      <LineChart
        data={rows}
        accessibilityLayer={false}
        margin={{ top: 20, right: 24, bottom: 4, left: 4 }}
      >
        <CartesianGrid stroke={chartTheme.grid} vertical={false} />
        <XAxis {...axes.x} />
        <YAxis {...axes.y} />
        {gapRules(gaps)}
        <Tooltip
          content={(props: TooltipContentProps) => (
            <TableTooltip active={props.active} label={props.label} table={table} />
          )}
        />
        {table.series.map((series, index) => {
          const style = seriesStyle(index);
          return (
            <Line
              key={series.id}
              type="linear"
              dataKey={series.id}
              name={series.label}
              stroke={style.color}
              strokeWidth={chartTheme.lineWidth}
              strokeDasharray={style.dash || undefined}
              dot={(props: DotItemDotProps) => (
                <g key={`${series.id}-${props.index}`}>
                  {props.cx !== undefined && props.cy !== undefined && props.value !== null && (
                    <SeriesMarker
                      shape={style.marker}
                      x={props.cx}
                      y={props.cy}
                      size={3.5}
                      color={style.color}
                    />
                  )}
                </g>
              )}
              activeDot={{ r: chartTheme.dotRadius + 2 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          );
        })}
        {marks.length > 0 && (
          <Line
            dataKey={MARK_KEY}
            stroke="none"
            legendType="none"
            tooltipType="none"
            activeDot={false}
            dot={(props: DotItemDotProps) => (
              <g key={`mark-${props.index}`}>
                {props.value !== null && <SpikeShape cx={props.cx} cy={props.cy} />}
              </g>
            )}
            connectNulls={false}
            isAnimationActive={false}
          />
        )}
      </LineChart>
    </ChartBox>
  );
}
