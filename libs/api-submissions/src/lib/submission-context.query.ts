import type { EntityManager } from 'typeorm';
import { parsePeriod, previousPeriod, type Figure } from '@candor/catalogue';
import { ObservationEntity, SubmissionEntity } from '@candor/db';
import { toFigure } from './observation-rows';

/** Other live periods of an organization that overlap the given one, with their metrics. */
export async function overlappingPeriods(
  manager: EntityManager,
  organizationId: string,
  periodCode: string,
): Promise<{ period: string; metrics: string[] }[]> {
  const period = parsePeriod(periodCode);
  if (!period) return [];
  return manager.query(
    `SELECT s.period, array_agg(DISTINCT o.metric) AS metrics
       FROM submission s JOIN observation o ON o.submission_id = s.id
      WHERE s.organization_id = $1 AND s.status IN ('submitted', 'accepted') AND s.period <> $2
        AND s.period_start < $4 AND s.period_end > $3
      GROUP BY s.period`,
    [organizationId, period.code, period.start, period.end],
  );
}

/** Accepted figures of the previous period of the same grain, for the soft rules. */
export async function previousFigures(
  manager: EntityManager,
  organizationId: string,
  periodCode: string,
): Promise<Figure[]> {
  const period = parsePeriod(periodCode);
  if (!period || period.year <= 1990) return []; // nothing before the first supported year
  const observations = await manager
    .getRepository(ObservationEntity)
    .createQueryBuilder('o')
    .innerJoin(SubmissionEntity, 's', 's.id = o.submission_id')
    .where('s.organization_id = :organizationId AND s.period = :period AND s.status = :status', {
      organizationId,
      period: previousPeriod(periodCode),
      status: 'accepted',
    })
    .getMany();
  return observations.map(toFigure);
}
