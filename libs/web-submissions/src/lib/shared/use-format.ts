import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercentChange, formatPeriod } from '@candor/web-i18n';

export interface Format {
  locale: string;
  number: (value: number) => string;
  percent: (ratio: number) => string;
  /** A period code as people read it: `October 2026`, `Q3 2026`. */
  period: (code: string) => string;
  /** A calendar date (`2026-11-29`), as written in the language: `29 Nov 2026`. */
  date: (isoDate: string) => string;
  /** An instant, with the time in the person's time zone: `26 Nov 2026, 14:05`. */
  dateTime: (iso: string) => string;
  /** Days from today: `in 3 days`, `tomorrow`, `5 days ago`. */
  days: (days: number) => string;
}

const safe = (fn: () => string, fallback: string) => {
  try {
    return fn();
  } catch {
    return fallback;
  }
};

/** Numbers, dates and periods in the chosen language, through `Intl`. */
export function useFormat(): Format {
  const { t, i18n } = useTranslation('submissions');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const days = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    return {
      locale,
      number: (value) => formatNumber(value, locale),
      percent: (ratio) => formatPercentChange(ratio, locale),
      period: (code) =>
        formatPeriod(code, {
          locale,
          style: 'long',
          quarter: (quarter, year) => t('period.quarter', { quarter, year }),
          half: (half, year) => t('period.half', { half, year }),
        }),
      date: (iso) => safe(() => date.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)), iso),
      dateTime: (iso) => safe(() => dateTime.format(new Date(iso)), iso),
      days: (count) => days.format(count, 'day'),
    };
  }, [locale, t]);
}
