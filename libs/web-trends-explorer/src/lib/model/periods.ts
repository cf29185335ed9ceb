import { parsePeriod } from '@candor/web-i18n';
import type { Granularity } from '@candor/web-public-kit';

// Period arithmetic for the three release granularities. The catalogue has the same, but its
// module-level tables (countries, validation) would ride into this page's chunk.

const PER_YEAR: Readonly<Record<Granularity, number>> = { month: 12, quarter: 4, year: 1 };
const MONTHS: Readonly<Record<Granularity, number>> = { month: 1, quarter: 3, year: 12 };

/** The first month (1–12) and year a period code covers; null for a code that is not a period. */
function firstMonth(code: string): { year: number; month: number } | null {
  const period = parsePeriod(code);
  if (!period) return null;
  switch (period.kind) {
    case 'month':
      return { year: period.year, month: period.month };
    case 'quarter':
      return { year: period.year, month: (period.quarter - 1) * 3 + 1 };
    case 'half':
      return { year: period.year, month: (period.half - 1) * 6 + 1 };
    case 'year':
      return { year: period.year, month: 1 };
  }
}

/** The grain of a period code, or null when it is not a period. */
export function grainOf(code: string): Granularity | 'half' | null {
  const period = parsePeriod(code);
  if (!period) return null;
  return period.kind;
}

function codeOf(granularity: Granularity, year: number, index: number): string {
  if (granularity === 'month') return `${year}-${String(index).padStart(2, '0')}`;
  if (granularity === 'quarter') return `${year}-Q${index}`;
  return String(year);
}

/**
 * The period of `granularity` that contains the start of `code`: `2025-03` is in `2025-Q1`, and
 * a coarser period is placed at its first period (`2025` on a monthly chart is `2025-01`).
 */
export function periodAt(code: string, granularity: Granularity): string | null {
  const start = firstMonth(code);
  if (!start) return null;
  return codeOf(granularity, start.year, Math.floor((start.month - 1) / MONTHS[granularity]) + 1);
}

/** Whether `code` is longer than one period of `granularity` (a year noted on a monthly chart). */
export function spansSeveral(code: string, granularity: Granularity): boolean {
  const grain = grainOf(code);
  if (!grain) return false;
  const months = grain === 'half' ? 6 : MONTHS[grain];
  return months > MONTHS[granularity];
}

/**
 * Every period a release covers, in order; empty when its bounds are not periods of its
 * granularity or end before they start.
 */
export function releasePeriods(from: string, to: string, granularity: Granularity): string[] {
  if (grainOf(from) !== granularity || grainOf(to) !== granularity) return [];
  const first = firstMonth(from);
  const last = firstMonth(to);
  if (!first || !last) return [];
  const size = MONTHS[granularity];
  let year = first.year;
  let index = Math.floor((first.month - 1) / size) + 1;
  const end = codeOf(granularity, last.year, Math.floor((last.month - 1) / size) + 1);
  const codes: string[] = [];
  // A release spans a few hundred periods at most; the bound guards against bad input.
  while (codes.length <= 1200 && year <= last.year) {
    const code = codeOf(granularity, year, index);
    codes.push(code);
    if (code === end) return codes;
    index += 1;
    if (index > PER_YEAR[granularity]) {
      index = 1;
      year += 1;
    }
  }
  return [];
}

/**
 * The periods shown between `from` and `to`, both included. A bound that is not one of the
 * periods is ignored, and bounds given in the wrong order are swapped, so a URL edited by hand
 * still shows something sensible.
 */
export function periodsBetween(
  periods: readonly string[],
  from: string | null,
  to: string | null,
): { periods: string[]; from: string | null; to: string | null } {
  let start = from ? periods.indexOf(from) : -1;
  let end = to ? periods.indexOf(to) : -1;
  if (start >= 0 && end >= 0 && start > end) [start, end] = [end, start];
  const first = start >= 0 ? start : 0;
  const last = end >= 0 ? end : periods.length - 1;
  return {
    periods: periods.slice(first, last + 1),
    from: start >= 0 ? (periods[start] ?? null) : null,
    to: end >= 0 ? (periods[end] ?? null) : null,
  };
}
