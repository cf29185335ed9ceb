import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFrameFormat } from '@candor/charts';
import type { HeadlineFigure } from './headline-figures';
import { HeadlineCard } from './headline-card';
import { useSentenceWords } from './use-sentence-words';

/** The six headline figures of the latest period, as a grid of cards. */
export function HeadlineGrid({
  figures,
  csvPrefix,
}: {
  figures: readonly HeadlineFigure[];
  csvPrefix: readonly string[];
}) {
  const { t } = useTranslation('overview');
  const format = useFrameFormat();
  const words = useSentenceWords();
  const headingId = useId();
  const period = figures[0]?.period;
  return (
    <section className="headlines" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('headlines.heading', { period: period ? format.period(period) : '' })}
      </h2>
      <div className="headline-grid">
        {figures.map((figure) => (
          <HeadlineCard key={figure.id} figure={figure} csvPrefix={csvPrefix} words={words} />
        ))}
      </div>
    </section>
  );
}
