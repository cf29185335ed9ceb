import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { chartTheme, formatValue, useChartFormat } from '@candor/charts';
import type { RankedRow } from '../ranking/country-ranking';

/** Height of one bar's row, in pixels; the chart grows with the number of countries. */
const ROW = 30;
/** Room for the axis under the bars. */
const AXIS = 32;

/**
 * Horizontal bars of the largest published countries, in rank order, each labelled with its
 * figure so that nothing is read from length (or color) alone. Withheld countries are not
 * drawn: the frame's note and the table list them with the reason. The chart is a picture
 * inside the frame (which names and describes it), so it takes no keyboard focus of its own.
 */
export function CountryBars({ bars }: { bars: readonly RankedRow[] }) {
  const format = useChartFormat();
  const theme = chartTheme;
  const data = bars.map((bar) => ({ code: bar.code, name: bar.name, count: bar.count ?? 0 }));
  const longest = Math.max(0, ...data.map((bar) => bar.name.length));
  const axisTick = { fill: theme.axis, fontSize: theme.fontSize };
  return (
    <div className="country-bars" data-chart="country-bars" data-bars={bars.length}>
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: '100%', height: data.length * ROW + AXIS }}
        margin={{ top: 4, right: 72, bottom: 4, left: 4 }}
        accessibilityLayer={false}
        barCategoryGap={6}
      >
        <CartesianGrid stroke={theme.grid} horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 'auto']}
          tickFormatter={(value: number) => format.compact(value)}
          tick={axisTick}
          stroke={theme.grid}
          tickLine={false}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={Math.min(180, Math.max(64, longest * 7 + 12))}
          tick={{ ...axisTick, fill: theme.text }}
          axisLine={false}
          tickLine={false}
          interval={0}
        />
        <Bar dataKey="count" fill={theme.series} isAnimationActive={false}>
          <LabelList
            dataKey="count"
            position="right"
            fill={theme.text}
            fontSize={theme.fontSize}
            formatter={(value) =>
              typeof value === 'number' ? formatValue(value, 'count', format.locale) : ''
            }
          />
        </Bar>
      </BarChart>
    </div>
  );
}
