import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame, csvFileName, useFrameFormat } from '@candor/charts';
import { countryNamer, usePublicLabels } from '@candor/web-public-kit';
import { CountryBars } from './chart/country-bars';
import {
  chartBars,
  countryRanking,
  rankingTable,
  type BreakdownRow,
  type PeriodTotal,
} from './ranking/country-ranking';
import { rankingSummary, type SummaryWords } from './ranking/ranking-summary';
import { RankedTable } from './ranking/ranked-table';

export interface CountryRankingViewProps {
  metric: string;
  scope: string;
  period: string;
  rows: readonly BreakdownRow[];
  total: PeriodTotal | null;
  countries: readonly { code: string; name: string }[];
  /** Release series and version, the start of the CSV's name. */
  csvPrefix: readonly string[];
}

/** One period's breakdown by hosting country: the chart of the largest, then the full ranking. */
export function CountryRankingView({
  metric,
  scope,
  period,
  rows,
  total,
  countries,
  csvPrefix,
}: CountryRankingViewProps) {
  const { t } = useTranslation('countries');
  const labels = usePublicLabels();
  const format = useFrameFormat();
  const metricName = labels.metric(metric);
  const periodName = format.period(period);

  const ranking = useMemo(() => {
    const name = countryNamer({
      locale: format.locale,
      countries,
      unknown: t('residual.unknown'),
      notBrokenDown: t('residual.notBrokenDown'),
    });
    return countryRanking(rows, total, { name, locale: format.locale });
  }, [rows, total, countries, format.locale, t]);

  const table = useMemo(
    () => rankingTable(ranking, { key: t('chart.country'), count: metricName }),
    [ranking, t, metricName],
  );

  const summary = useMemo(() => {
    // i18next's typed `t` takes no key union with open-ended values; the summary's spec checks
    // its keys and placeholders against the English messages instead.
    const translate = t as unknown as (key: string, values: Record<string, string>) => string;
    const words: SummaryWords = {
      text: (key, values) => translate(`summary.${key}`, values),
      count: (value) => format.value(value, 'count'),
      share: (value) => format.value(value, 'share'),
      list: (items) => format.list(items),
      gap: (reason) => format.gap(reason),
    };
    return rankingSummary(ranking, periodName, words);
  }, [ranking, periodName, t, format]);

  if (rows.length === 0) return <p className="note">{t('noBreakdown', { period: periodName })}</p>;

  const bars = chartBars(ranking);
  const title = t('chart.title', { metric: metricName, period: periodName });
  return (
    <div className="countries">
      <ChartFrame
        title={title}
        graphicLabel={t('chart.label', { metric: metricName, period: periodName })}
        table={table}
        csvName={csvFileName(...csvPrefix, metric, 'hosting-country', scope, period)}
        summary={summary}
        lead={
          bars.length < ranking.ranked.length ? (
            <p className="countries__top">
              {t('chart.top', {
                shown: format.value(bars.length, 'count'),
                ranked: format.value(ranking.ranked.length, 'count'),
              })}
            </p>
          ) : undefined
        }
      >
        {bars.length > 0 ? (
          <CountryBars bars={bars} />
        ) : (
          <p className="countries__none">{t('chart.none')}</p>
        )}
      </ChartFrame>
      <RankedTable
        ranking={ranking}
        caption={t('ranking.caption', { metric: metricName, period: periodName })}
        countLabel={metricName}
      />
    </div>
  );
}
