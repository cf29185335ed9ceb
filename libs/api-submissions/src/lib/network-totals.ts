import { rollUp } from '@candor/catalogue';
import type { ContributionRow, TotalsGrain } from './network-totals.query';

export interface TotalPoint {
  period: string;
  /** Null when the point is withheld. */
  value: number | null;
  withheld: boolean;
}

/** Fewer contributors than this and a total would reveal its contributors' figures to each other. */
export const MIN_CONTRIBUTORS = 3;
/** p% rule: withheld when the others' sum could estimate the largest contribution within p %. */
export const P_PERCENT = 15;

/**
 * Preview-grade protection for the internal trend view: a point is withheld when it has fewer than
 * three contributors or fails the p% rule. Published figures go through the full disclosure control
 * of a release instead.
 */
export function isWithheld(contributions: readonly number[]): boolean {
  if (contributions.length < MIN_CONTRIBUTORS) return true;
  const sorted = [...contributions].sort((a, b) => b - a);
  const total = sorted.reduce((sum, x) => sum + x, 0);
  const [x1 = 0, x2 = 0] = sorted;
  return total - x1 - x2 < (P_PERCENT / 100) * x1;
}

const periodCode = (bucketStart: string, grain: TotalsGrain): string => {
  const month = bucketStart.slice(0, 7);
  return grain === 'month' ? month : rollUp(month, grain);
};

export function toTotalPoints(rows: readonly ContributionRow[], grain: TotalsGrain): TotalPoint[] {
  const buckets = new Map<string, number[]>();
  for (const row of rows) {
    const list = buckets.get(row.bucket) ?? [];
    list.push(row.value);
    buckets.set(row.bucket, list);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([bucket, contributions]) => {
      const withheld = isWithheld(contributions);
      return {
        period: periodCode(bucket, grain),
        value: withheld ? null : contributions.reduce((sum, x) => sum + x, 0),
        withheld,
      };
    });
}
