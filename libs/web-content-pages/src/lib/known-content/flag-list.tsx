import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFormat } from '@candor/charts';
import { useFlagSentences, type FlagView, type Granularity } from '@candor/web-public-kit';

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
  const { t: tPublic } = useTranslation('public');
  const format = useChartFormat();
  const explain = useFlagSentences();
  const headingId = useId();
  return (
    <section className="content-flags" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {flags.length === 0 ? (
        <p className="muted">{t('known.flags.none')}</p>
      ) : (
        <ul className="flag-cards">
          {flags.map((flag) => (
            <li
              key={`${flag.kind}|${flag.metric}|${flag.period}`}
              className="flag-card"
              data-kind={flag.kind}
              data-period={flag.period}
            >
              <h4>
                <span className={`flag-card__kind flag-card__kind--${flag.kind}`}>
                  <svg viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                    {flag.kind === 'spike' ? (
                      <path d="M1 11 L6 1 L11 11 Z" />
                    ) : (
                      <path d="M1 9 H5 V3 H11" fill="none" strokeWidth="2" />
                    )}
                  </svg>
                  {tPublic(flag.kind === 'spike' ? 'flag.spike' : 'flag.levelShift')}
                </span>{' '}
                <span className="flag-card__period">{format.period(flag.period, 'long')}</span>
              </h4>
              <p>{explain(flag, granularity)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
