import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvLink, useFrameFormat } from '@candor/charts';
import { latestPublished, quantilesTable, type TakedownPeriod } from './takedown-data';
import { quantileWords, type QuantileWords } from './takedown-words';
import { useDurationWords } from './use-duration-words';

type RowView =
  | { key: string; label: string; gap: string }
  | { key: string; label: string; median: QuantileWords | null; p90: QuantileWords | null };

/**
 * The median and 90th percentile per period, as a table in words (the estimate and the band it
 * lies in, or "more than 30 days" beyond the longest time measured), a sentence on the latest
 * period, and the CSV of the same figures in hours with reason codes.
 */
export function QuantileSection({
  periods,
  csvName,
}: {
  periods: readonly TakedownPeriod[];
  csvName: string;
}) {
  const { t } = useTranslation('contentPages');
  const { t: tCharts } = useTranslation('charts');
  const format = useFrameFormat();
  const words = useDurationWords();
  const headingId = useId();
  const title = t('takedown.quantiles.title');
  const median = t('takedown.quantiles.median');
  const p90 = t('takedown.quantiles.p90');

  const rows = useMemo<RowView[]>(
    () =>
      periods.map((entry) => {
        const label = format.period(entry.period);
        if (entry.status === 'gap')
          return { key: entry.period, label, gap: format.gap(entry.reason) };
        const { median: m, p90: p } = entry.figures;
        return {
          key: entry.period,
          label,
          median: m ? quantileWords(m, words) : null,
          p90: p ? quantileWords(p, words) : null,
        };
      }),
    [periods, format, words],
  );

  const csvTable = useMemo(
    () => quantilesTable(periods, { keyLabel: tCharts('table.period') }),
    [periods, tCharts],
  );

  const summary = useMemo(() => {
    const latest = latestPublished(periods);
    if (!latest) return t('takedown.quantiles.none');
    const period = format.period(latest.period);
    const { median: m, p90: p } = latest.figures;
    if (!m || !p) return t('takedown.quantiles.none');
    if (m.kind === 'beyond_cutoff') return t('takedown.quantiles.summaryMedianBeyond', { period });
    const medianWords = quantileWords(m, words);
    if (p.kind === 'beyond_cutoff')
      return t('takedown.quantiles.summaryP90Beyond', {
        period,
        median: medianWords.estimate,
        medianBand: medianWords.band,
      });
    const p90Words = quantileWords(p, words);
    return t('takedown.quantiles.summary', {
      period,
      median: medianWords.estimate,
      medianBand: medianWords.band,
      p90: p90Words.estimate,
      p90Band: p90Words.band,
    });
  }, [periods, format, words, t]);

  const noFigure = format.gap('not_published');
  const cells = (quantile: QuantileWords | null) =>
    quantile ? (
      <>
        <td className="data-table__number">{quantile.estimate}</td>
        <td className="data-table__number">{quantile.band}</td>
      </>
    ) : (
      <td colSpan={2} className="data-table__withheld">
        {noFigure}
      </td>
    );

  return (
    <section className="chart-frame quantiles" aria-labelledby={headingId}>
      <h2 id={headingId} className="chart-frame__title">
        {title}
      </h2>
      <p className="chart-frame__summary">{t('takedown.quantiles.lead')}</p>
      <p className="chart-frame__summary quantiles__latest">{summary}</p>
      <div
        className="data-table"
        role="region"
        aria-label={t('takedown.quantiles.tableLabel', { title })}
        tabIndex={0}
      >
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{tCharts('table.period')}</th>
              <th scope="col" className="data-table__number">
                {t('takedown.quantiles.estimate', { what: median })}
              </th>
              <th scope="col" className="data-table__number">
                {t('takedown.quantiles.band', { what: median })}
              </th>
              <th scope="col" className="data-table__number">
                {t('takedown.quantiles.estimate', { what: p90 })}
              </th>
              <th scope="col" className="data-table__number">
                {t('takedown.quantiles.band', { what: p90 })}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-key={row.key}>
                <th scope="row">{row.label}</th>
                {'gap' in row ? (
                  <td colSpan={4} className="data-table__withheld">
                    {row.gap}
                  </td>
                ) : (
                  <>
                    {cells(row.median)}
                    {cells(row.p90)}
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="chart-frame__actions">
        <CsvLink table={csvTable} fileName={csvName} title={title} />
      </div>
    </section>
  );
}
