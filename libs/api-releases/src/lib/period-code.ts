import type { ReleaseGrain } from './contributions.query';

/** The period code of a bucket's first day at a release grain (`2026-03`, `2026-Q1`, `2026`). */
export function periodCode(bucketStart: string, grain: ReleaseGrain): string {
  const [year, month] = bucketStart.split('-');
  if (grain === 'month') return `${year}-${month}`;
  if (grain === 'quarter') return `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`;
  return `${year}`;
}
