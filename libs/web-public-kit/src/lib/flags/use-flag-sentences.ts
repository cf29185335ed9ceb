import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatChangeSize, useChartFormat } from '@candor/charts';
import { usePublicLabels } from '../labels/use-public-labels';
import type { Granularity } from '../url-state/view-params';
import { flagSentences, type FlagWords } from './flag-sentences';
import type { FlagView } from './flag-view';

/** Explains flags in the chosen language (see `flagSentences`). */
export function useFlagSentences(): (flag: FlagView, granularity: Granularity) => string {
  const { t } = useTranslation('public');
  const format = useChartFormat();
  const labels = usePublicLabels();
  const words = useMemo<FlagWords>(() => {
    const share = new Intl.NumberFormat(format.locale, {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    // i18next's typed `t` takes no key union with open-ended values; the sentence tests check
    // every key in every language instead.
    const translate = t as unknown as (key: string, values: Record<string, string>) => string;
    return {
      t: (key, values) => translate(`flag.${key}`, values),
      number: format.number,
      change: format.percent,
      size: (ratio) => formatChangeSize(ratio, format.locale),
      share: (ratio) => share.format(ratio),
      period: (code) => format.period(code, 'long'),
      per: labels.per,
    };
  }, [t, format, labels]);
  return useCallback((flag, granularity) => flagSentences(flag, granularity, words), [words]);
}
