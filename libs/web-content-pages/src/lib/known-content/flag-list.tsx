import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FlagCards, type FlagView, type Granularity } from '@candor/web-public-kit';

/**
 * The spikes and level shifts of one figure, each explained in the reader's language from its
 * numbers, including how much of a rise is known content shared again.
 */
export function FlagList({
  flags,
  heading,
  granularity,
}: {
  flags: readonly FlagView[];
  heading: string;
  granularity: Granularity;
}) {
  const { t } = useTranslation('contentPages');
  const headingId = useId();
  return (
    <section className="content-flags" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {flags.length === 0 ? (
        <p className="muted">{t('known.flags.none')}</p>
      ) : (
        <FlagCards flags={flags} granularity={granularity} headingLevel="h4" />
      )}
    </section>
  );
}
