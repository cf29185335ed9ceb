import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFormat } from '@candor/charts';
import type { DurationWords } from './takedown-words';

/** Duration words in the chosen language (see `takedown-words`). */
export function useDurationWords(): DurationWords {
  const { t } = useTranslation('contentPages');
  const { locale } = useChartFormat();
  return useMemo(() => {
    // i18next's typed `t` takes no key union with open-ended values; the words tests check
    // every key in every language instead.
    const translate = t as unknown as (key: string, values: Record<string, string>) => string;
    return { locale, t: (key, values) => translate(`duration.${key}`, values ?? {}) };
  }, [locale, t]);
}
