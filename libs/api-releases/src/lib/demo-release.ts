import type { DataSource } from 'typeorm';
import type { ReleasesService } from './releases.service';

const DEMO_ACTOR = { label: 'demo-seed' };

/**
 * After the demo network is seeded, publish a first monthly release over all its accepted months,
 * so the public API and dashboard have something to show from the first start.
 */
export async function publishDemoRelease(
  dataSource: DataSource,
  releases: ReleasesService,
): Promise<string | null> {
  const [range] = await dataSource.query<{ first: string | null; last: string | null }[]>(
    `SELECT min(period) AS first, max(period) AS last FROM submission WHERE status = 'accepted' AND grain = 'month'`,
  );
  if (!range?.first || !range.last) return null;
  const draft = await releases.create(
    {
      periodFrom: range.first,
      periodTo: range.last,
      granularity: 'month',
      title: 'Demo network, monthly figures',
    },
    DEMO_ACTOR,
    { buildNow: true },
  );
  const published = await releases.publish(draft.id, DEMO_ACTOR);
  return published.id;
}
