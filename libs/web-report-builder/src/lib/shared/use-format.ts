import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercentChange, formatPeriod } from '@candor/web-i18n';

export interface Format {
  number: (value: number) => string;
  /** A relative change (0.25 → +25 %). */
  change: (ratio: number) => string;
  /** A share (0.253 → 25.3 %). */
  share: (ratio: number) => string;
  /** A difference of shares in percentage points (0.021 → +2.1). */
  points: (difference: number) => string;
  /** Hours, with one decimal at most. */
  hours: (value: number) => string;
  /** A period code as people read it: `March 2026`, `Q1 2026`. */
  period: (code: string) => string;
  /** `Q1 2026 to Q4 2026`. */
  range: (from: string, to: string) => string;
  /** An instant, with the time in the person's time zone. */
  dateTime: (iso: string) => string;
}

/** Numbers, periods and dates in the page's language, through `Intl`. */
export function useFormat(): Format {
  const { t, i18n } = useTranslation('reportBuilder');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const points = new Intl.NumberFormat(locale, {
      signDisplay: 'exceptZero',
      maximumFractionDigits: 1,
    });
    const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const period = (code: string) =>
      formatPeriod(code, {
        locale,
        style: 'long',
        quarter: (quarter, year) => t('period.quarter', { quarter, year }),
        half: (half, year) => t('period.half', { half, year }),
      });
    return {
      number: (value) => formatNumber(value, locale),
      change: (ratio) => formatPercentChange(ratio, locale),
      share: (ratio) => share.format(ratio),
      points: (difference) => points.format(difference * 100),
      hours: (value) => hours.format(value),
      period,
      range: (from, to) =>
        from === to ? period(from) : t('period.range', { from: period(from), to: period(to) }),
      dateTime: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
      },
    };
  }, [locale, t]);
}
