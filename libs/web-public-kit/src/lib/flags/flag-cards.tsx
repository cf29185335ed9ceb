import { useTranslation } from 'react-i18next';
import { useChartFormat } from '@candor/charts';
import type { Granularity } from '../url-state/view-params';
import { usePublicLabels } from '../labels/use-public-labels';
import type { FlagView } from './flag-view';
import { useFlagSentences } from './use-flag-sentences';

/**
 * Spikes and level shifts as cards: the kind (a marker and a word, never colour alone), the
 * period, and the flag explained in the reader's language from its numbers.
 */
export function FlagCards({
  flags,
  granularity,
  headingLevel,
  withMetric = false,
}: {
  flags: readonly FlagView[];
  granularity: Granularity;
  /** The cards' heading level under the section's own heading. */
  headingLevel: 'h3' | 'h4';
  /** Name the metric too, when the list mixes metrics. */
  withMetric?: boolean;
}) {
  const { t } = useTranslation('public');
  const labels = usePublicLabels();
  const format = useChartFormat();
  const explain = useFlagSentences();
  const Heading = headingLevel;
  return (
    <ul className="flag-cards">
      {flags.map((flag) => (
        <li
          key={`${flag.kind}|${flag.metric}|${flag.period}`}
          className="flag-card"
          data-kind={flag.kind}
          data-period={flag.period}
        >
          <Heading>
            <span className={`flag-card__kind flag-card__kind--${flag.kind}`}>
              <svg viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                {flag.kind === 'spike' ? (
                  <path d="M1 11 L6 1 L11 11 Z" />
                ) : (
                  <path d="M1 9 H5 V3 H11" fill="none" strokeWidth="2" />
                )}
              </svg>
              {t(flag.kind === 'spike' ? 'flag.spike' : 'flag.levelShift')}
            </span>{' '}
            {withMetric && labels.metric(flag.metric)}
            <span className="flag-card__period">{format.period(flag.period, 'long')}</span>
          </Heading>
          <p>{explain(flag, granularity)}</p>
        </li>
      ))}
    </ul>
  );
}
