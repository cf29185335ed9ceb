import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatChangeSize, formatPoints, useFrameFormat } from '@candor/charts';
import type { SentenceWords } from './headline-sentence';

/** The headline sentences' words in the chosen language. */
export function useSentenceWords(): SentenceWords {
  const { t } = useTranslation('overview');
  const format = useFrameFormat();
  return useMemo(() => {
    // i18next's typed `t` takes no key union with open-ended values; the sentence tests check
    // every key in every language instead.
    const translate = t as unknown as (key: string, values: Record<string, string>) => string;
    return {
      t: (key, values) => translate(key, values ?? {}),
      value: format.value,
      period: format.period,
      gap: format.gap,
      changeSize: (ratio) => formatChangeSize(ratio, format.locale),
      points: (difference) => formatPoints(difference, format.locale),
    };
  }, [t, format]);
}
