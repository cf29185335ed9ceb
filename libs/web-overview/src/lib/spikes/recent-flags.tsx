import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFormat } from '@candor/charts';
import {
  useFlagSentences,
  usePublicLabels,
  type FlagView,
  type Granularity,
} from '@candor/web-public-kit';

/** The newest spikes and level shifts of the release, each explained in the reader's language. */
export function RecentFlags({
  flags,
  granularity,
}: {
  flags: readonly FlagView[];
  granularity: Granularity;
}) {
  const { t } = useTranslation('overview');
  const { t: tPublic } = useTranslation('public');
  const labels = usePublicLabels();
  const format = useChartFormat();
  const explain = useFlagSentences();
  const headingId = useId();
  return (
    <section className="recent-flags" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('flags.heading')}</h2>
      <p className="lead recent-flags__lead">{t('flags.lead')}</p>
      {flags.length === 0 ? (
        <p className="muted">{t('flags.none')}</p>
      ) : (
        <ul className="flag-cards">
          {flags.map((flag) => (
            <li
              key={`${flag.kind}|${flag.metric}|${flag.period}`}
              className="flag-card"
              data-kind={flag.kind}
            >
              <h3>
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
                {labels.metric(flag.metric)}
                <span className="flag-card__period">{format.period(flag.period, 'long')}</span>
              </h3>
              <p>{explain(flag, granularity)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
