import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFormat } from '@candor/charts';
import { countryNamer, metricKey } from '@candor/web-public-kit';
import type { BreakdownCode, ScopeCode } from './model/explorer-options';
import { en } from './i18n/en';

const has = <T extends object>(table: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(table, key);

/**
 * The i18n key of a catalogue code: `proactive_hash_match` → `proactiveHashMatch` (i18next
 * reads `_` in a key as a plural or context suffix).
 */
export const codeKey = metricKey;

export interface TrendLabels {
  scope: (code: ScopeCode) => string;
  dimension: (code: BreakdownCode) => string;
  /** A breakdown value in words: a country's name, "Videos", "User reports" …; else the code. */
  value: (dimension: BreakdownCode, code: string) => string;
}

/** Names of the explorer's choices in the reader's language. */
export function useTrendLabels(countries: readonly { code: string; name: string }[]): TrendLabels {
  const { t } = useTranslation('trends');
  const { locale } = useChartFormat();
  return useMemo(() => {
    const country = countryNamer({ locale, countries, unknown: t('value.unknownCountry') });
    return {
      scope: (code) => t(`scope.${code}`),
      dimension: (code) => {
        const key = codeKey(code);
        return has(en.dimension, key) ? t(`dimension.${key}`) : code;
      },
      value: (dimension, code) => {
        if (dimension === 'hosting_country' || dimension === 'user_country') return country(code);
        const key = codeKey(code);
        if (dimension === 'content_type')
          return has(en.value.contentType, key) ? t(`value.contentType.${key}`) : code;
        return has(en.value.detection, key) ? t(`value.detection.${key}`) : code;
      },
    };
  }, [t, locale, countries]);
}
