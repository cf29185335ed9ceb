import type { Granularity } from '@candor/web-public-kit';

// Period arithmetic for the three release granularities, kept here rather than imported from
// the catalogue, whose module-level tables (countries, validation) would ride into the overview.

const PER_YEAR: Readonly<Record<Granularity, number>> = { month: 12, quarter: 4, year: 1 };

interface Parsed {
  granularity: Granularity;
  year: number;
  /** 1-based position in the year. */
  index: number;
}

function parse(code: string): Parsed | null {
  const match = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])))?$/.exec(code);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { granularity: 'month', year, index: month } : null;
  }
  if (match[3] !== undefined) return { granularity: 'quarter', year, index: Number(match[3]) };
  return { granularity: 'year', year, index: 1 };
}

function format({ granularity, year, index }: Parsed): string {
  if (granularity === 'month') return `${year}-${String(index).padStart(2, '0')}`;
  if (granularity === 'quarter') return `${year}-Q${index}`;
  return String(year);
}

function step(period: Parsed, by: 1 | -1): Parsed {
  const perYear = PER_YEAR[period.granularity];
  const index = period.index + by;
  if (index < 1) return { ...period, year: period.year - 1, index: perYear };
  if (index > perYear) return { ...period, year: period.year + 1, index: 1 };
  return { ...period, index };
}

/**
 * Every period a release covers, in order; empty when its bounds are not periods of its
 * granularity or end before they start.
 */
export function releasePeriods(from: string, to: string, granularity: Granularity): string[] {
  const first = parse(from);
  const last = parse(to);
  if (!first || !last || first.granularity !== granularity || last.granularity !== granularity)
    return [];
  const codes: string[] = [];
  const end = format(last);
  // A release spans a few hundred periods at most; the bound guards against bad input.
  for (let period = first; codes.length <= 1200; period = step(period, 1)) {
    codes.push(format(period));
    if (codes.at(-1) === end) return codes;
    if (period.year > last.year) return [];
  }
  return [];
}

/** The period before, or null when the code is not a month, quarter or year. */
export function periodBefore(period: string): string | null {
  const parsed = parse(period);
  return parsed ? format(step(parsed, -1)) : null;
}

/** The same period a year earlier: `2026-09` → `2025-09`, `2026-Q3` → `2025-Q3`. */
export function yearBefore(period: string): string | null {
  const parsed = parse(period);
  return parsed ? format({ ...parsed, year: parsed.year - 1 }) : null;
}
