/** Months and quarters of the demo span, as absolute month numbers (year · 12 + month − 1). */

export interface DemoMonth {
  /** Period code, `YYYY-MM`. */
  code: string;
  /** Absolute month number: year · 12 + (month − 1). */
  index: number;
  /** 1–12. */
  monthOfYear: number;
}

export interface DemoQuarter {
  /** Period code, `YYYY-Qn`. */
  code: string;
  /** The three months of the quarter, in order. */
  months: readonly DemoMonth[];
}

const MONTH_CODE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Parses `YYYY-MM` into an absolute month number; throws a RangeError otherwise. */
export function parseMonth(code: string): number {
  const match = MONTH_CODE.exec(code);
  if (!match) throw new RangeError(`"${code}" is not a month: use YYYY-MM, such as "2026-09".`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function monthAt(index: number): DemoMonth {
  const year = Math.floor(index / 12);
  const monthOfYear = index - year * 12 + 1;
  return {
    code: `${String(year).padStart(4, '0')}-${String(monthOfYear).padStart(2, '0')}`,
    index,
    monthOfYear,
  };
}

/** The `count` consecutive months ending with `lastMonth`, oldest first. */
export function monthSpan(lastMonth: string, count: number): DemoMonth[] {
  const last = parseMonth(lastMonth);
  return Array.from({ length: count }, (_, i) => monthAt(last - count + 1 + i));
}

/** The quarter code (`YYYY-Qn`) of a month. */
export function quarterCode(month: DemoMonth): string {
  const year = Math.floor(month.index / 12);
  return `${year}-Q${Math.floor((month.monthOfYear - 1) / 3) + 1}`;
}

/** The quarters whose three months all lie in the span, oldest first. */
export function completeQuarters(months: readonly DemoMonth[]): DemoQuarter[] {
  const quarters: DemoQuarter[] = [];
  for (let i = 0; i + 2 < months.length; i++) {
    const first = months[i] as DemoMonth;
    if ((first.monthOfYear - 1) % 3 !== 0) continue;
    quarters.push({ code: quarterCode(first), months: months.slice(i, i + 3) });
  }
  return quarters;
}
