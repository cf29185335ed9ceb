import { formatNumber } from '@candor/web-i18n';
import { DECIMALS, roundValue, type ValueKind } from './chart-table';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/**
 * A value as the table and the chart's labels show it, in the reader's language: counts in full
 * (76,308 · 76 308), shares as percentages (61.3 %), hours with their unit (36.4 hours). It is
 * rounded exactly as the CSV is, so the two always agree.
 */
export function formatValue(value: number, kind: ValueKind, locale: string): string {
  const rounded = roundValue(value, kind);
  if (rounded === null) return '';
  const digits = DECIMALS[kind];
  switch (kind) {
    case 'count':
      return formatNumber(rounded, locale);
    case 'share':
      return numberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: digits - 2,
        maximumFractionDigits: digits - 2,
      }).format(rounded);
    case 'hours':
      return numberFormat(locale, {
        style: 'unit',
        unit: 'hour',
        unitDisplay: 'long',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(rounded);
    case 'ratio':
      return numberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(rounded);
  }
}

/** A difference of two shares in percentage points, unsigned: 0.021 → "2.1". */
export function formatPoints(difference: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
    Math.abs(difference * 100),
  );
}

/** A relative change, unsigned: 0.254 → "25 %", 0.034 → "3.4 %". */
export function formatChangeSize(ratio: number, locale: string): string {
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: Math.abs(ratio) < 0.1 ? 1 : 0,
  }).format(Math.abs(ratio));
}
