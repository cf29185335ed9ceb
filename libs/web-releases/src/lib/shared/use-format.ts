import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercentChange, formatPeriod } from '@candor/web-i18n';

export interface Format {
  number: (value: number) => string;
  /** A relative change (0.25 → +25 %). */
  change: (ratio: number) => string;
  /** A share (0.25 → 25 %). */
  share: (ratio: number) => string;
  /** A period code as people read it: `October 2026`, `Q3 2026`. */
  period: (code: string) => string;
  /** An instant, with the time in the person's time zone. */
  dateTime: (iso: string) => string;
}

/** Numbers, periods and dates in the chosen language, through `Intl`. */
export function useFormat(): Format {
  const { t, i18n } = useTranslation('releases');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    return {
      number: (value) => formatNumber(value, locale),
      change: (ratio) => formatPercentChange(ratio, locale),
      share: (ratio) => share.format(ratio),
      period: (code) =>
        formatPeriod(code, {
          locale,
          style: 'long',
          quarter: (quarter, year) => t('period.quarter', { quarter, year }),
          half: (half, year) => t('period.half', { half, year }),
        }),
      dateTime: (iso) => {
        try {
          return dateTime.format(new Date(iso));
        } catch {
          return iso;
        }
      },
    };
  }, [locale, t]);
}
