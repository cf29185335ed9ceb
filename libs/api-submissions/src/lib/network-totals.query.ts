import type { EntityManager } from 'typeorm';

export type TotalsGrain = 'month' | 'quarter' | 'year';

export interface ContributionRow {
  bucket: string;
  organizationId: string;
  value: number;
}

/**
 * Per-organization totals of one metric's accepted figures, rolled up to `grain`. Only submissions
 * at the grain or finer are used: a quarter is never split into months.
 */
export async function queryContributions(
  manager: EntityManager,
  metric: string,
  grain: TotalsGrain,
): Promise<ContributionRow[]> {
  const finer = {
    month: ['month'],
    quarter: ['month', 'quarter'],
    year: ['month', 'quarter', 'half', 'year'],
  }[grain];
  const rows = await manager.query<{ bucket: string; organization_id: string; value: string }[]>(
    `SELECT to_char(date_trunc($3, s.period_start), 'YYYY-MM-DD') AS bucket,
            s.organization_id,
            sum(o.value)::text AS value
       FROM observation o
       JOIN submission s ON s.id = o.submission_id
      WHERE s.status = 'accepted' AND o.metric = $1 AND o.dimension_key = '' AND s.grain = ANY($2)
      GROUP BY 1, 2
      ORDER BY 1, 2`,
    [metric, finer, grain],
  );
  return rows.map((r) => ({
    bucket: r.bucket,
    organizationId: r.organization_id,
    value: Number(r.value),
  }));
}
