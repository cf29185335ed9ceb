import type { EntityManager } from 'typeorm';
import { toPeriod } from '@candor/catalogue';
import type { ReleaseEntity } from '@candor/db';
import { queryContributions, type ReleaseGrain } from './contributions.query';
import { buildReleaseTables, cellId } from './release-tables';
import type { OtherGrainRelease, OtherStatus } from './time-margins';

/**
 * The latest public release of every other network grain that overlaps `release`, with what it
 * shows of each cell and its tables rebuilt from the current figures over the overlap: what a
 * reader can combine with the new release by adding or subtracting periods. Only `metrics` (the
 * new release's) are aggregated when given: other metrics have no cell to tie to.
 */
export async function otherGrainReleases(
  manager: EntityManager,
  release: Pick<ReleaseEntity, 'series' | 'periodFrom' | 'periodTo'>,
  metrics?: readonly string[],
): Promise<OtherGrainRelease[]> {
  const others = await manager.query<
    { id: string; granularity: ReleaseGrain; period_from: string; period_to: string }[]
  >(
    `SELECT DISTINCT ON (series) id, granularity, period_from, period_to
       FROM release
      WHERE series LIKE 'network-%' AND series <> $1 AND status IN ('published', 'withdrawn')
      ORDER BY series, version DESC`,
    [release.series],
  );
  const own = { start: toPeriod(release.periodFrom).start, end: toPeriod(release.periodTo).end };
  const found: OtherGrainRelease[] = [];
  for (const other of others) {
    const start = maxOf(own.start, toPeriod(other.period_from).start);
    const end = minOf(own.end, toPeriod(other.period_to).end);
    if (start >= end) continue;
    const contributions = await queryContributions(
      manager,
      { start, end },
      other.granularity,
      metrics,
    );
    const rows = await manager.query<
      {
        metric: string;
        scope: string;
        period: string;
        dimension: string | null;
        dimension_value: string | null;
        hidden: boolean;
      }[]
    >(
      `SELECT metric, scope, period, dimension, dimension_value, value IS NULL AS hidden
         FROM release_cell WHERE release_id = $1`,
      [other.id],
    );
    const shown = new Map<string, OtherStatus>(
      rows.map((r) => [
        cellId({ ...r, dimensionValue: r.dimension_value }),
        r.hidden ? 'hidden' : 'published',
      ]),
    );
    found.push({
      grain: other.granularity,
      periodFrom: other.period_from,
      periodTo: other.period_to,
      tables: buildReleaseTables(contributions),
      shown,
    });
  }
  return found;
}

const maxOf = (a: string, b: string) => (a > b ? a : b);
const minOf = (a: string, b: string) => (a < b ? a : b);
