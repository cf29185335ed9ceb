import { periodRange } from '@candor/catalogue';
import type { Granularity } from '@candor/web-public-kit';

const SHAPE: Readonly<Record<Granularity, RegExp>> = {
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  quarter: /^\d{4}-Q[1-4]$/,
  year: /^\d{4}$/,
};

/**
 * Every period a view shows, in order: the release's periods at its granularity, narrowed to
 * the URL's `from`–`to` when given. Bounds of another granularity are ignored rather than
 * converted; a release whose bounds are not periods of its granularity shows none.
 */
export function viewPeriods(
  release: { periodFrom: string; periodTo: string },
  granularity: Granularity,
  range: { from?: string | null; to?: string | null } = {},
): string[] {
  const shape = SHAPE[granularity];
  if (!shape.test(release.periodFrom) || !shape.test(release.periodTo)) return [];
  let periods: string[];
  try {
    periods = periodRange(release.periodFrom, release.periodTo, granularity);
  } catch {
    return []; // out of the catalogue's years: nothing sensible to list
  }
  const from = range.from && shape.test(range.from) ? range.from : null;
  const to = range.to && shape.test(range.to) ? range.to : null;
  // Codes of one granularity sort as their periods do.
  return periods.filter((period) => (!from || period >= from) && (!to || period <= to));
}
