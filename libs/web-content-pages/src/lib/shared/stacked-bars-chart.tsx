import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { ChartPatterns, chartTheme, patternId, seriesStyle, type ChartTable } from '@candor/charts';
import { BarSwatch, ChartBox, gapRules, GapSwatch, TableTooltip, useAxes } from './chart-parts';
import { emptyKeys, nothingToDraw, plotRows } from './plot-rows';

/**
 * Shares stacked to 100 % per period (recharts), first series at the bottom. Bands differ by
 * fill pattern and outline as well as color; a period without figures has no bar but a dashed
 * rule, never an empty bar read as zero.
 */
export function StackedBarsChart({ table, height = 340 }: { table: ChartTable; height?: number }) {
  const { t } = useTranslation('contentPages');
  const axes = useAxes('share');
  const rows = useMemo(() => plotRows(table), [table]);
  const gaps = useMemo(() => emptyKeys(table), [table]);
  const styles = table.series.map((_series, index) => seriesStyle(index));

  const legend = (
    <>
      {table.series.map((series, index) => (
        <li key={series.id}>
          <BarSwatch style={styles[index] ?? seriesStyle(index)} />
          {series.label}
        </li>
      ))}
      {gaps.length > 0 && (
        <li>
          <GapSwatch />
          {t('chart.withheld')}
        </li>
      )}
    </>
  );

  return (
    <>
      {/* The fill patterns, once for the page; `url(#…)` finds them anywhere in the document. */}
      <svg
        className="content-chart__defs"
        width="0"
        height="0"
        aria-hidden="true"
        focusable="false"
      >
        <ChartPatterns colors={[...new Set(styles.map((style) => style.color))]} />
      </svg>
      <ChartBox height={height} empty={nothingToDraw(table)} legend={legend}>
        <BarChart
          data={rows}
          accessibilityLayer={false}
          margin={{ top: 12, right: 24, bottom: 4, left: 4 }}
          barCategoryGap="18%"
        >
          <CartesianGrid stroke={chartTheme.grid} vertical={false} />
          <XAxis {...axes.x} />
          <YAxis {...axes.y} />
          {gapRules(gaps)}
          <Tooltip
            cursor={{ fill: 'rgb(16 42 67 / 6%)' }}
            content={(props: TooltipContentProps) => (
              <TableTooltip active={props.active} label={props.label} table={table} />
            )}
          />
          {table.series.map((series, index) => {
            const style = styles[index] ?? seriesStyle(index);
            return (
              <Bar
                key={series.id}
                dataKey={series.id}
                name={series.label}
                stackId="bands"
                fill={`url(#${patternId(style.pattern, style.color)})`}
                stroke={style.color}
                strokeWidth={1}
                isAnimationActive={false}
              />
            );
          })}
        </BarChart>
      </ChartBox>
    </>
  );
}
