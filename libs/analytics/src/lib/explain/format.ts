import { toPeriod } from '@candor/catalogue';

/** English number and period formatting for explanations (the web translates the data). */
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const threeDigits = new Intl.NumberFormat('en', { maximumSignificantDigits: 3 });
const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
const plural = new Intl.PluralRules('en');

/** A count as published: 1,240. */
export function formatCount(value: number): string {
  return whole.format(Math.round(value));
}

/** An estimate, rounded to a whole count and three significant digits: ~850, 1,010. */
export function formatApprox(value: number): string {
  return threeDigits.format(Math.round(value));
}

/** A percentage given in percent (45.9 → "46 %"), with the space the house style uses. */
export function formatPercent(percent: number): string {
  return `${whole.format(Math.round(percent))} %`;
}

/** A measure's singular and plural nouns: { one: 'confirmed report', other: 'confirmed reports' }. */
export interface Measure {
  one: string;
  other: string;
}

export function measureNoun(measure: Measure, value: number): string {
  return plural.select(Math.round(value)) === 'one' ? measure.one : measure.other;
}

/** "March 2026", "Q1 2026", "H2 2026", "2026"; without the year when `sameYearAs` shares it. */
export function periodLabel(code: string, sameYearAs?: string): string {
  const p = toPeriod(code);
  const omitYear =
    sameYearAs !== undefined && toPeriod(sameYearAs).year === p.year && p.grain !== 'year';
  const year = omitYear ? '' : ` ${p.year}`;
  switch (p.grain) {
    case 'month':
      return `${monthName.format(new Date(Date.UTC(p.year, p.index - 1, 1)))}${year}`;
    case 'quarter':
      return `Q${p.index}${year}`;
    case 'half':
      return `H${p.index}${year}`;
    case 'year':
      return String(p.year);
  }
}

/** "a month", "a quarter", … for rates of a period's grain. */
export function perPeriod(code: string): string {
  const grain = toPeriod(code).grain;
  return grain === 'half' ? 'a half-year' : `a ${grain}`;
}
