import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FlagCards, type FlagView, type Granularity } from '@candor/web-public-kit';

/** The newest spikes and level shifts of the release, each explained in the reader's language. */
export function RecentFlags({
  flags,
  granularity,
}: {
  flags: readonly FlagView[];
  granularity: Granularity;
}) {
  const { t } = useTranslation('overview');
  const headingId = useId();
  return (
    <section className="recent-flags" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('flags.heading')}</h2>
      <p className="lead recent-flags__lead">{t('flags.lead')}</p>
      {flags.length === 0 ? (
        <p className="muted">{t('flags.none')}</p>
      ) : (
        <FlagCards flags={flags} granularity={granularity} headingLevel="h3" withMetric />
      )}
    </section>
  );
}
