/**
 * Locale-aware formatting with `Intl`. Counts are integers up to 2^53, so no rounding is ever
 * applied to a published figure; only axis ticks use the compact notation.
 */

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

/** A count in full, with the locale's grouping: 1,234,567 · 1 234 567 · 1.234.567. */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A short form for axis ticks: 1.2M · 1,2 M · 1,2 Mio. */
export function formatCompact(value: number, locale: string): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A relative change (0.25 = +25 %), always signed. */
export function formatPercentChange(ratio: number, locale: string): string {
  return numberFormat(locale, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: Math.abs(ratio) < 0.1 ? 1 : 0,
  }).format(ratio);
}

export type ParsedPeriod =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'half'; year: number; half: number }
  | { kind: 'year'; year: number };

/** Reads a period code of the catalogue: `2026-03`, `2026-Q1`, `2026-H2` or `2026`. */
export function parsePeriod(code: string): ParsedPeriod | null {
  const match = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?$/.exec(code);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { kind: 'month', year, month } : null;
  }
  if (match[3] !== undefined) return { kind: 'quarter', year, quarter: Number(match[3]) };
  if (match[4] !== undefined) return { kind: 'half', year, half: Number(match[4]) };
  return { kind: 'year', year };
}

export interface PeriodFormatOptions {
  locale: string;
  /** Translated quarter label, e.g. `Q1 2026` or `T1 2026`. */
  quarter: (quarter: number, year: number) => string;
  /** Translated half-year label, e.g. `H2 2026` or `S2 2026`. */
  half: (half: number, year: number) => string;
  /** `short` for axes (Mar 2026), `long` for tables and sentences (March 2026). */
  style?: 'short' | 'long';
}

/** A period code as people read it in the chosen language; unknown codes are shown as is. */
export function formatPeriod(code: string, options: PeriodFormatOptions): string {
  const period = parsePeriod(code);
  if (!period) return code;
  switch (period.kind) {
    case 'month':
      return new Intl.DateTimeFormat(options.locale, {
        month: options.style === 'long' ? 'long' : 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(Date.UTC(period.year, period.month - 1, 1));
    case 'quarter':
      return options.quarter(period.quarter, period.year);
    case 'half':
      return options.half(period.half, period.year);
    case 'year':
      return String(period.year);
  }
}
