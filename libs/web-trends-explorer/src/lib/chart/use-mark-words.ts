import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFormat } from '@candor/charts';
import { useFlagSentences, type Granularity } from '@candor/web-public-kit';
import type { TrendMark } from '../model/trend-marks';

/** The i18n key of a kind of mark (i18next reads `_` in a key as a suffix). */
export const MARK_KEY = {
  spike: 'spike',
  level_shift: 'levelShift',
  annotation: 'annotation',
} as const satisfies Record<TrendMark['kind'], string>;

export interface MarkWords {
  /** Short name: "Spike, March 2025". */
  label: (mark: TrendMark) => string;
  /** The explanation, in full sentences. */
  explanation: (mark: TrendMark) => string;
}

/** What a mark says, in the reader's language (flags from their numbers, notes as written). */
export function useMarkWords(granularity: Granularity): MarkWords {
  const { t } = useTranslation('trends');
  const format = useChartFormat();
  const explain = useFlagSentences();
  return useMemo(
    () => ({
      label: (mark) => {
        const period = format.period(
          mark.kind === 'annotation' ? mark.annotation.period : mark.period,
          'long',
        );
        return t(`mark.${MARK_KEY[mark.kind]}`, { period });
      },
      // A note is shown as written in the log (its label says what and when).
      explanation: (mark) =>
        mark.kind === 'annotation' ? mark.annotation.text : explain(mark.flag, granularity),
    }),
    [t, format, explain, granularity],
  );
}
