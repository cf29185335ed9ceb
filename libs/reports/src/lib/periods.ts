import { parsePeriod, periodRange, previousPeriod } from '@candor/catalogue';
import type { ReleaseInput } from './types';

/** Every period of the release, in order; empty when its bounds are not valid periods. */
export function releasePeriods(release: ReleaseInput): string[] {
  const from = parsePeriod(release.periodFrom);
  const to = parsePeriod(release.periodTo);
  if (!from || !to || from.grain !== release.granularity || to.grain !== release.granularity)
    return [];
  return periodRange(from, to, release.granularity);
}

/** The period before, or null for a code that is not a period. */
export function periodBefore(period: string): string | null {
  return parsePeriod(period) ? previousPeriod(period) : null;
}
