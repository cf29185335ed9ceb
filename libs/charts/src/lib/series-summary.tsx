import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendPoint } from './series';
import { summarizeSeries } from './summary';
import { useChartFormat } from './use-chart-format';

/** The text summary every chart carries: what a reader without the picture needs to know. */
export function SeriesSummary({
  points,
  headingLevel = 3,
}: {
  points: readonly TrendPoint[];
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  const { t } = useTranslation('charts');
  const format = useChartFormat();
  const headingId = useId();
  const summary = useMemo(() => summarizeSeries(points), [points]);
  const period = (code: string) => format.period(code, 'long');

  const sentences: string[] = [];
  if (summary.periods === 0) sentences.push(t('summary.empty'));
  else if (!summary.first || !summary.last || !summary.min || !summary.max)
    sentences.push(t('summary.allWithheld'));
  else if (summary.shown === 1)
    sentences.push(
      t('summary.single', {
        period: period(summary.first.period),
        value: format.number(summary.first.value),
      }),
    );
  else {
    sentences.push(
      t('summary.range', {
        from: period(summary.first.period),
        to: period(summary.last.period),
        fromValue: format.number(summary.first.value),
        toValue: format.number(summary.last.value),
      }),
    );
    if (summary.change !== null)
      sentences.push(t('summary.change', { change: format.percent(summary.change) }));
    sentences.push(
      t('summary.extremes', {
        max: format.number(summary.max.value),
        maxPeriod: period(summary.max.period),
        min: format.number(summary.min.value),
        minPeriod: period(summary.min.period),
      }),
    );
  }
  if (summary.withheld > 0 && summary.shown > 0)
    sentences.push(
      t('summary.withheld', {
        withheld: format.number(summary.withheld),
        periods: format.number(summary.periods),
      }),
    );

  return (
    <section className="series-summary" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('summary.heading')}</Heading>
      <p>{sentences.join(' ')}</p>
    </section>
  );
}
