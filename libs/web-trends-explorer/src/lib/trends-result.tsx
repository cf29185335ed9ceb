import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ChartFrame, csvFileName, useChartFormat, useFrameFormat } from '@candor/charts';
import { changeView, toSearch, usePublicLabels } from '@candor/web-public-kit';
import { ExplorerChart } from './chart/explorer-chart';
import { markTextId, MarksList } from './chart/marks-list';
import { TrendLegend } from './chart/trend-legend';
import { useMarkWords } from './chart/use-mark-words';
import { annotationMarks, flagMarks, trendMarks } from './model/trend-marks';
import { chartPoints, nothingPublished, trendTable } from './model/trend-table';
import type { TrendLabels } from './use-trend-labels';
import type { ReadyTrends, SeriesData } from './use-trends';

/**
 * The chart of the selection in its frame (summary, gaps with their reasons, table, CSV), with
 * its legend, and every spike, level shift and note listed in words underneath.
 */
export function TrendsResult({
  trends,
  series,
  labels,
}: {
  trends: ReadyTrends;
  series: SeriesData;
  labels: TrendLabels;
}) {
  const { t } = useTranslation('trends');
  const { t: tCharts } = useTranslation('charts');
  const publicLabels = usePublicLabels();
  const format = useChartFormat();
  const frame = useFrameFormat();
  const location = useLocation();
  const words = useMarkWords(trends.granularity);
  const listId = useId();
  const { selection, release, range, granularity, value } = trends;
  const { metric, scope, breakdown, scale } = selection;
  const metricName = publicLabels.metric(metric.code);

  const table = useMemo(
    () =>
      trendTable(series.points, range.periods, {
        key: tCharts('table.period'),
        series: metricName,
      }),
    [series.points, range.periods, tCharts, metricName],
  );
  const marks = useMemo(
    () =>
      trendMarks(
        flagMarks(series.points, { metric: metric.code, scope }, range.periods),
        annotationMarks(series.annotations, granularity, range.periods),
        range.periods,
      ),
    [series, metric.code, scope, range.periods, granularity],
  );
  const zeros = useMemo(
    () =>
      scale === 'log'
        ? chartPoints(table).flatMap((point) =>
            point.value !== null && point.value <= 0 ? [format.period(point.period, 'long')] : [],
          )
        : [],
    [scale, table, format],
  );

  const first = range.periods[0];
  const last = range.periods.at(-1);
  const selectionText = [
    labels.scope(scope),
    breakdown && value
      ? t('chart.breakdown', {
          dimension: labels.dimension(breakdown.code),
          value: labels.value(breakdown.code, value),
        })
      : null,
    first && last
      ? t('chart.range', {
          granularity: publicLabels.granularity(granularity),
          from: format.period(first, 'long'),
          to: format.period(last, 'long'),
        })
      : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const csvName = csvFileName(
    release.series,
    `v${release.version}`,
    metric.code,
    scope,
    ...(breakdown && value ? [breakdown.code, value] : []),
  );
  const empty = table.rows.length > 0 && nothingPublished(table);

  return (
    <>
      <ChartFrame
        className="trends-frame"
        title={metricName}
        table={table}
        csvName={csvName}
        graphicRole="group"
        graphicLabel={t('chart.graphic', {
          metric: metricName,
          selection: selectionText,
          marks: format.number(marks.length),
        })}
        lead={<p className="trends-selection">{selectionText}</p>}
      >
        <ExplorerChart
          table={table}
          marks={marks}
          scale={scale}
          words={words}
          describedBy={(mark) => markTextId(listId, mark)}
        />
        <TrendLegend
          seriesLabel={metricName}
          hasGaps={table.rows.some((row) => Object.values(row.cells).some((c) => c.value === null))}
          marks={marks}
        />
        {scale === 'log' && (
          <p className="trends-chart__note">
            {t('chart.logNote')}{' '}
            {zeros.length > 0 && t('chart.zeroHidden', { periods: frame.list(zeros) })}
          </p>
        )}
      </ChartFrame>
      {empty && (
        <p className="note trends-nothing">
          {granularity === 'month' && metric.submittedBy === 'company' ? (
            <>
              {t('nothing.monthly')}{' '}
              <Link
                to={{
                  pathname: location.pathname,
                  search: toSearch(changeView(location.search, { granularity: 'quarter' })),
                }}
              >
                {t('nothing.showQuarterly')}
              </Link>
            </>
          ) : (
            t('nothing.other')
          )}
        </p>
      )}
      <MarksList
        listId={listId}
        marks={marks}
        words={words}
        flagsAnalysed={scope === 'network' && !breakdown}
      />
    </>
  );
}
