/**
 * Reporting periods: `2026-03` (month), `2026-Q1` (quarter), `2026-H1` (half-year), `2026` (year).
 * All dates are calendar dates in UTC; `end` is exclusive.
 */

export type Grain = 'month' | 'quarter' | 'half' | 'year';

/** Grains from the finest to the coarsest. */
export const GRAINS: readonly Grain[] = Object.freeze(['month', 'quarter', 'half', 'year']);

export const MIN_PERIOD_YEAR = 1990;
export const MAX_PERIOD_YEAR = 2999;

export interface Period {
  code: string;
  grain: Grain;
  year: number;
  /** 1-based position in the year (month 1–12, quarter 1–4, half 1–2); 1 for a year. */
  index: number;
  /** First day, `YYYY-MM-DD`, inclusive. */
  start: string;
  /** Day after the last day, `YYYY-MM-DD`, exclusive. */
  end: string;
  /** The `YYYY-MM` months the period covers, in order. */
  months: string[];
}

const MONTHS_PER: Record<Grain, number> = { month: 1, quarter: 3, half: 6, year: 12 };

const PATTERN = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$/;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function isGrain(grain: unknown): grain is Grain {
  return typeof grain === 'string' && (GRAINS as readonly string[]).includes(grain);
}

function codeOf(grain: Grain, year: number, index: number): string {
  switch (grain) {
    case 'month':
      return `${pad(year, 4)}-${pad(index, 2)}`;
    case 'quarter':
      return `${pad(year, 4)}-Q${index}`;
    case 'half':
      return `${pad(year, 4)}-H${index}`;
    case 'year':
      return pad(year, 4);
  }
}

function build(grain: Grain, year: number, index: number): Period {
  const size = MONTHS_PER[grain];
  const firstMonth = (index - 1) * size + 1;
  const after = firstMonth + size;
  return {
    code: codeOf(grain, year, index),
    grain,
    year,
    index,
    start: `${pad(year, 4)}-${pad(firstMonth, 2)}-01`,
    end: after > 12 ? `${pad(year + 1, 4)}-01-01` : `${pad(year, 4)}-${pad(after, 2)}-01`,
    months: Array.from({ length: size }, (_, i) => `${pad(year, 4)}-${pad(firstMonth + i, 2)}`),
  };
}

/** Parses a period code strictly (no spaces, no lower case, two-digit months, years 1990–2999). */
export function parsePeriod(text: string): Period | undefined {
  if (typeof text !== 'string') return undefined;
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) return undefined;
  const [, , month, quarter, half] = match;
  if (month) return build('month', year, Number(month));
  if (quarter) return build('quarter', year, Number(quarter));
  if (half) return build('half', year, Number(half));
  return build('year', year, 1);
}

/** A parsed period, or the parse of a code; throws a RangeError for an invalid code. */
export function toPeriod(period: Period | string): Period {
  if (typeof period !== 'string') return period;
  const parsed = parsePeriod(period);
  if (!parsed) throw new RangeError(`"${period}" is not a period code`);
  return parsed;
}

/** Whether the period is over at `now` (UTC): `now` is on or after its exclusive end. */
export function hasEnded(period: Period | string, now: Date): boolean {
  const p = toPeriod(period);
  const [year, month] = p.end.split('-').map(Number) as [number, number];
  return now.getTime() >= Date.UTC(year, month - 1, 1);
}

/** Whether two periods share at least one month. */
export function periodsOverlap(a: Period | string, b: Period | string): boolean {
  const pa = toPeriod(a);
  const pb = toPeriod(b);
  return pa.start < pb.end && pb.start < pa.end;
}

/**
 * The code of the period of `grain` containing `period` (its own code for the same grain).
 * Throws when `grain` is finer than the period's: a finer grain is never made from a coarser one.
 */
export function rollUp(period: Period | string, grain: Grain): string {
  const p = toPeriod(period);
  if (!isGrain(grain)) throw new RangeError(`"${String(grain)}" is not a grain`);
  if (GRAINS.indexOf(grain) < GRAINS.indexOf(p.grain)) {
    throw new RangeError(`${p.code} is a ${p.grain} and cannot be rolled up into a ${grain}`);
  }
  const firstMonth = (p.index - 1) * MONTHS_PER[p.grain] + 1;
  return codeOf(grain, p.year, Math.floor((firstMonth - 1) / MONTHS_PER[grain]) + 1);
}

function step(period: Period | string, by: 1 | -1): string {
  const p = toPeriod(period);
  const perYear = 12 / MONTHS_PER[p.grain];
  let year = p.year;
  let index = p.index + by;
  if (index < 1) {
    year -= 1;
    index = perYear;
  } else if (index > perYear) {
    year += 1;
    index = 1;
  }
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    throw new RangeError(`${p.code} has no ${by < 0 ? 'previous' : 'next'} period in range`);
  }
  return codeOf(p.grain, year, index);
}

/** The period of the same grain just before this one (`2026-01` → `2025-12`). */
export function previousPeriod(period: Period | string): string {
  return step(period, -1);
}

/** The period of the same grain just after this one (`2026-Q4` → `2027-Q1`). */
export function nextPeriod(period: Period | string): string {
  return step(period, 1);
}

/** Orders by start date, then by grain length (a month before the quarter it opens). */
export function comparePeriods(a: Period | string, b: Period | string): number {
  const pa = toPeriod(a);
  const pb = toPeriod(b);
  if (pa.start !== pb.start) return pa.start < pb.start ? -1 : 1;
  return GRAINS.indexOf(pa.grain) - GRAINS.indexOf(pb.grain);
}

/**
 * The codes of every period of `grain`, from the one containing the start of `from` to the one
 * containing the last month of `to`, inclusive; empty when `to` ends before `from` starts.
 * This enumerates calendar periods (e.g. the months of a year, for expected-cadence checks).
 */
export function periodRange(from: Period | string, to: Period | string, grain: Grain): string[] {
  const first = rollUp(toPeriod(from).months[0] as string, grain);
  const last = rollUp(toPeriod(to).months.at(-1) as string, grain);
  const codes: string[] = [];
  if (comparePeriods(first, last) > 0) return codes;
  for (let code = first; ; code = nextPeriod(code)) {
    codes.push(code);
    if (code === last) return codes;
  }
}
