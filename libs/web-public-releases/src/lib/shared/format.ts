import { formatNumber, formatPeriod } from '@candor/web-i18n';
import type { Words } from '../i18n';
import { interpolate } from './interpolate';

/** Numbers, periods and dates of the public pages in one language, through `Intl`. */
export interface PublicFormat {
  locale: string;
  /** A count in full: 4,700 · 4 700 · 4.700. */
  number: (value: number) => string;
  /** A change, always signed: +500 · −20. */
  signed: (value: number) => string;
  /** A parameter such as ρ, with at most `digits` decimals. */
  decimal: (value: number, digits?: number) => string;
  /** A small probability such as δ: 10⁻⁹ or 2.5 × 10⁻⁶. */
  scientific: (value: number) => string;
  /** A share: 0.85 → 85 %. */
  percent: (ratio: number) => string;
  /** A period code as people read it: March 2026, Q1 2026, 2026. */
  period: (code: string) => string;
  /** The calendar day of an instant, in UTC so every reader (and every citation) sees the same. */
  date: (iso: string) => string;
  /** Items joined as a sentence does: a, b and c. */
  list: (items: readonly string[]) => string;
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

export function createFormat(locale: string, words: Words): PublicFormat {
  const signed = new Intl.NumberFormat(locale, {
    signDisplay: 'exceptZero',
    maximumFractionDigits: 0,
  });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const decimal = (value: number, digits = 3) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);

  return {
    locale,
    number: (value) => formatNumber(value, locale),
    signed: (value) => signed.format(value),
    decimal,
    scientific: (value) => {
      if (!Number.isFinite(value) || value <= 0) return decimal(value);
      const exponent = Math.floor(Math.log10(value));
      const mantissa = Number((value / 10 ** exponent).toPrecision(2));
      const power = `10${[...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
      return mantissa === 1 ? power : `${decimal(mantissa, 1)} × ${power}`;
    },
    percent: (ratio) => percent.format(ratio),
    period: (code) =>
      formatPeriod(code, {
        locale,
        style: 'long',
        quarter: (quarter, year) => interpolate(words.period.quarter, { quarter, year }),
        half: (half, year) => interpolate(words.period.half, { half, year }),
      }),
    date: (iso) => {
      const instant = new Date(iso);
      return Number.isNaN(instant.getTime()) ? iso : date.format(instant);
    },
    list: (items) => list.format(items),
  };
}

/** A period range in words, or the single period when a release covers one. */
export function periodRange(
  from: string,
  to: string,
  format: Pick<PublicFormat, 'period'>,
  template: string,
): string {
  return from === to
    ? format.period(from)
    : interpolate(template, { from: format.period(from), to: format.period(to) });
}
