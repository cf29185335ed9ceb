import type { Figure, FigureKind, KeyFigure } from '@candor/reports';
import { formatNumber, formatPercentChange, formatPeriod, type Language } from '@candor/web-i18n';
import type { Words } from '../i18n';
import { interpolate } from './interpolate';

/** Numbers, periods, dates and withheld reasons of a report, in one language, through `Intl`. */
export interface ReportFormat {
  locale: Language;
  /** A count in full: 4,700 · 4 700 · 4.700. */
  number: (value: number) => string;
  /** A ratio or parameter with at most `digits` decimals. */
  decimal: (value: number, digits?: number) => string;
  /** A share: 0.625 → 62.5 %. */
  share: (ratio: number) => string;
  /** A duration in hours: 30 hours · 30 heures · 30 Stunden. */
  hours: (value: number) => string;
  /** A relative change, always signed: +25 %. */
  relativeChange: (ratio: number) => string;
  /** A difference of two shares in percentage points: 0.1 → +10 points. */
  points: (difference: number) => string;
  /** A small positive number such as δ: 10⁻⁹ or 2.5 × 10⁻⁶. */
  scientific: (value: number) => string;
  /** A period code as people read it: March 2026, Q1 2026, 2026. */
  period: (code: string) => string;
  /** A period code in short, for chart axes: Mar 2026, Q1 2026. */
  periodShort: (code: string) => string;
  /** A range of periods, or the single period when both ends are the same. */
  periodRange: (from: string, to: string) => string;
  /** The calendar day of an instant, in UTC so every reader sees the same day. */
  date: (iso: string) => string;
  /** Items joined as a sentence does: a, b and c. */
  list: (items: readonly string[]) => string;
  /** A country's name from its ISO code; the code when the name is unknown. */
  country: (code: string) => string;
  /** A language's name from its code, in this language. */
  language: (code: string) => string;
  /** Why a figure is not shown, in words: never a number. */
  reason: (code: string | null | undefined) => string;
  /** A figure as shown: its value in the kind's format, or the reason it is withheld. */
  figure: (kind: FigureKind, figure: Figure) => string;
  /** The change of a key figure: in % for counts and hours, in points for shares, or why not. */
  change: (figure: Pick<KeyFigure, 'change' | 'changeKind' | 'changeWithheld'>) => {
    text: string;
    withheld: boolean;
  };
  /** A value of the data appendix, formatted by its measure (`share_within_72h`, `count`…). */
  measure: (measure: string, value: number) => string;
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

const SHARE_MEASURES = new Set([
  'share',
  'known_share',
  'top10_share',
  'share_within_24h',
  'share_within_72h',
  'share_within_7d',
]);
const HOUR_MEASURES = new Set(['hours', 'median_hours', 'p90_hours']);
const DECIMAL_MEASURES = new Set(['files_per_item', 'noise_rho', 'noise_epsilon']);

/** The reason code of a value the changelog writes as `withheld (<reason>)`, or the text itself. */
export function reasonCode(value: string): string {
  return /^withheld \((\w+)\)$/.exec(value)?.[1] ?? value;
}

export function createReportFormat(locale: Language, words: Words): ReportFormat {
  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const hours = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'hour',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  });
  const signed = new Intl.NumberFormat(locale, {
    signDisplay: 'exceptZero',
    maximumFractionDigits: 1,
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const regions = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' });
  const languages = new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' });
  const decimal = (value: number, digits = 2) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  const number = (value: number) =>
    Number.isInteger(value) ? formatNumber(value, locale) : decimal(value, 2);

  const reason = (code: string | null | undefined): string => {
    const key = code ? reasonCode(code) : 'not_published';
    return Object.hasOwn(words.withheld, key)
      ? words.withheld[key as keyof Words['withheld']]
      : words.withheld.other;
  };
  const period = (code: string) =>
    formatPeriod(code, {
      locale,
      style: 'long',
      quarter: (quarter, year) => interpolate(words.period.quarter, { quarter, year }),
      half: (half, year) => interpolate(words.period.half, { half, year }),
    });
  const periodShort = (code: string) =>
    formatPeriod(code, {
      locale,
      style: 'short',
      quarter: (quarter, year) => interpolate(words.period.quarter, { quarter, year }),
      half: (half, year) => interpolate(words.period.half, { half, year }),
    });
  const plural = new Intl.PluralRules(locale);
  const points = (difference: number) => {
    const value = Math.round(difference * 1000) / 10;
    const template =
      plural.select(Math.abs(value)) === 'one' ? words.change.point : words.change.points;
    return interpolate(template, { value: signed.format(value) });
  };
  const scientific = (value: number) => {
    if (!Number.isFinite(value) || value <= 0) return decimal(value, 6);
    const exponent = Math.floor(Math.log10(value));
    if (exponent >= -2) return decimal(value, 4);
    const mantissa = Number((value / 10 ** exponent).toPrecision(2));
    const power = `10${[...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
    return mantissa === 1 ? power : `${decimal(mantissa, 1)} × ${power}`;
  };

  return {
    locale,
    number,
    decimal,
    share: (ratio) => share.format(ratio),
    hours: (value) => hours.format(value),
    relativeChange: (ratio) => formatPercentChange(ratio, locale),
    points,
    scientific,
    period,
    periodShort,
    periodRange: (from, to) =>
      from === to
        ? period(from)
        : interpolate(words.period.range, { from: period(from), to: period(to) }),
    date: (iso) => {
      const instant = new Date(iso);
      return Number.isNaN(instant.getTime()) ? iso : date.format(instant);
    },
    list: (items) => list.format(items),
    country: (code) => {
      try {
        return /^[A-Z]{2}$/.test(code) ? (regions.of(code) ?? code) : code;
      } catch {
        return code;
      }
    },
    language: (code) => {
      try {
        return languages.of(code) ?? code;
      } catch {
        return code;
      }
    },
    reason,
    figure: (kind, figure) => {
      if (figure.value === null) return reason(figure.withheld);
      if (kind === 'share') return share.format(figure.value);
      if (kind === 'hours') return hours.format(figure.value);
      return number(figure.value);
    },
    change: (figure) => {
      if (figure.change === null)
        return { text: reason(figure.changeWithheld ?? 'not_comparable'), withheld: true };
      return {
        text:
          figure.changeKind === 'difference'
            ? points(figure.change)
            : formatPercentChange(figure.change, locale),
        withheld: false,
      };
    },
    measure: (measure, value) => {
      if (SHARE_MEASURES.has(measure)) return share.format(value);
      if (HOUR_MEASURES.has(measure)) return hours.format(value);
      if (measure === 'change_relative') return formatPercentChange(value, locale);
      if (measure === 'change_difference') return points(value);
      if (measure === 'delta') return signed.format(value);
      if (measure === 'noise_delta') return scientific(value);
      if (DECIMAL_MEASURES.has(measure) || measure.startsWith('noise_')) return decimal(value, 4);
      return number(value);
    },
  };
}
