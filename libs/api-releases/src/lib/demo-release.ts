import type { DataSource } from 'typeorm';
import { comparePeriods, nextPeriod, previousPeriod, rollUp, toPeriod } from '@candor/catalogue';
import type { ReleaseGrain } from './contributions.query';
import type { ReleasesService } from './releases.service';

const DEMO_ACTOR = { label: 'demo-seed' };
const TITLES: Record<ReleaseGrain, string> = {
  month: 'Demo network, monthly figures',
  quarter: 'Demo network, quarterly figures',
  year: 'Demo network, yearly figures',
};

/** The first and last whole periods of a grain inside a range of months. */
export function wholePeriods(
  firstMonth: string,
  lastMonth: string,
  grain: ReleaseGrain,
): { from: string; to: string } | null {
  let from = rollUp(firstMonth, grain);
  let to = rollUp(lastMonth, grain);
  // Step past a first or last period the range covers only in part.
  if (toPeriod(from).months[0] !== firstMonth) from = nextPeriod(from);
  if (toPeriod(to).months.at(-1) !== lastMonth) to = previousPeriod(to);
  return comparePeriods(from, to) <= 0 ? { from, to } : null;
}

/**
 * After the demo network is seeded, publish a first release of each grain (months, then the whole
 * quarters and years they cover), so the public API and dashboard have something to show from
 * the first start. Later grains are protected together with the months (time margins).
 */
export async function publishDemoRelease(
  dataSource: DataSource,
  releases: ReleasesService,
): Promise<string | null> {
  const [range] = await dataSource.query<{ first: string | null; last: string | null }[]>(
    `SELECT min(period) AS first, max(period) AS last FROM submission WHERE status = 'accepted' AND grain = 'month'`,
  );
  if (!range?.first || !range.last) return null;
  let monthly: string | null = null;
  for (const granularity of ['month', 'quarter', 'year'] as const) {
    const periods = wholePeriods(range.first, range.last, granularity);
    if (!periods) continue;
    const draft = await releases.create(
      {
        periodFrom: periods.from,
        periodTo: periods.to,
        granularity,
        title: TITLES[granularity],
      },
      DEMO_ACTOR,
      { buildNow: true },
    );
    const published = await releases.publish(draft.id, DEMO_ACTOR);
    monthly ??= published.id;
  }
  return monthly;
}
