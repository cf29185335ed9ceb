import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCompact, formatNumber, formatPercentChange, formatPeriod } from '@candor/web-i18n';

export interface ChartFormat {
  locale: string;
  number: (value: number) => string;
  compact: (value: number) => string;
  percent: (ratio: number) => string;
  /** `short` for axes, `long` for tables and sentences. */
  period: (code: string, style?: 'short' | 'long') => string;
}

/** Formatters for the language the user chose, through `Intl`. */
export function useChartFormat(): ChartFormat {
  const { t, i18n } = useTranslation('charts');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () => ({
      locale,
      number: (value) => formatNumber(value, locale),
      compact: (value) => formatCompact(value, locale),
      percent: (ratio) => formatPercentChange(ratio, locale),
      period: (code, style = 'short') =>
        formatPeriod(code, {
          locale,
          style,
          quarter: (quarter, year) => t('period.quarter', { quarter, year }),
          half: (half, year) => t('period.half', { half, year }),
        }),
    }),
    [locale, t],
  );
}
