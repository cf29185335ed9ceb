import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame, csvFileName, seriesTable, Sparkline, useFrameFormat } from '@candor/charts';
import type { Comparison, HeadlineFigure } from './headline-figures';
import { changePhrase, headlineSentence, type SentenceWords } from './headline-sentence';

/** The change against one earlier period: arrow and words, so it never relies on color. */
function ChangeLine({
  figure,
  comparison,
  words,
}: {
  figure: HeadlineFigure;
  comparison: Comparison;
  words: SentenceWords;
}) {
  const { t } = useTranslation('overview');
  const phrase = changePhrase(figure.kind, comparison, words);
  const change = comparison.change ?? 0;
  const trend =
    phrase === null
      ? 'none'
      : Math.round(Math.abs(change) * 1000) === 0
        ? 'same'
        : change > 0
          ? 'up'
          : 'down';
  const arrow = { up: '▲', down: '▼', same: '■', none: '–' }[trend];
  return (
    <div className="headline__change" data-trend={trend}>
      <dt>{t('compare.against', { period: words.period(comparison.period) })}</dt>
      <dd>
        <span className="headline__arrow" aria-hidden="true">
          {arrow}
        </span>{' '}
        {phrase ?? t('compare.noFigure')}
      </dd>
    </div>
  );
}

/**
 * One headline figure in a chart frame: the value for the latest period, its changes, a
 * sparkline of every period of the release, one sentence saying it, and its table and CSV.
 */
export function HeadlineCard({
  figure,
  csvPrefix,
  words,
}: {
  figure: HeadlineFigure;
  /** Release series and version, e.g. `network-quarter`, `v1`. */
  csvPrefix: readonly string[];
  words: SentenceWords;
}) {
  const { t } = useTranslation('overview');
  const { t: tCharts } = useTranslation('charts');
  const format = useFrameFormat();
  const title = t(`figure.${figure.id}.title`);
  const table = useMemo(
    () =>
      seriesTable(
        figure.points,
        { id: 'value', label: title, kind: figure.kind },
        { keyLabel: tCharts('table.period') },
      ),
    [figure, title, tCharts],
  );
  const sparkPoints = useMemo(
    () => figure.points.map((point) => ({ key: point.period, value: point.value })),
    [figure.points],
  );
  const first = figure.points[0]?.period ?? figure.period;
  // Without a figure now there is no change to state; the sentence says why instead.
  const comparisons =
    figure.current.value === null
      ? []
      : [figure.previous, figure.yearAgo].filter(
          (comparison): comparison is Comparison => comparison !== null,
        );

  return (
    <ChartFrame
      className="headline"
      title={title}
      headingLevel={3}
      table={table}
      csvName={csvFileName(...csvPrefix, figure.id)}
      summary={headlineSentence(figure, words)}
      graphicLabel={t('spark', {
        what: title,
        from: format.period(first),
        to: format.period(figure.period),
      })}
      lead={
        <div className="headline__figure" data-headline={figure.id}>
          <p
            className={
              figure.current.value === null
                ? 'headline__value headline__value--none'
                : 'headline__value'
            }
          >
            {figure.current.value === null
              ? t('noFigure')
              : format.value(figure.current.value, figure.kind)}
          </p>
          <p className="headline__period">{format.period(figure.period)}</p>
          {comparisons.length > 0 && (
            <dl className="headline__changes">
              {comparisons.map((comparison) => (
                <ChangeLine
                  key={comparison.period}
                  figure={figure}
                  comparison={comparison}
                  words={words}
                />
              ))}
            </dl>
          )}
        </div>
      }
    >
      <Sparkline points={sparkPoints} />
    </ChartFrame>
  );
}
