import type { EntityManager } from 'typeorm';
import { rollUp } from '@candor/catalogue';

export type ReleaseGrain = 'month' | 'quarter' | 'year';

/** One organization's figure for one cell of the release, before disclosure control. */
export interface Contribution {
  metric: string;
  /** Period code at the release's grain (`2026-03`, `2026-Q1`, `2026`). */
  period: string;
  /** Null for the metric's total. */
  dimension: string | null;
  dimensionValue: string | null;
  organizationId: string;
  organizationKind: 'hotline' | 'company';
  organizationSlug: string;
  attributed: boolean;
  value: number;
}

const MONTHS = { month: 1, quarter: 3, year: 12 } as const;

/**
 * Totals and one-dimension breakdowns of the accepted current versions in [from, to), rolled up
 * to the release grain. An organization counts for a period only when its accepted submissions
 * cover every month of it: a quarter is never built from two of its three months, and a finer
 * grain is never made from a coarser one. `metrics` limits the rows to those metrics (all when
 * omitted).
 */
export async function queryContributions(
  manager: EntityManager,
  range: { start: string; end: string },
  grain: ReleaseGrain,
  metrics?: readonly string[],
): Promise<Contribution[]> {
  const rows = await manager.query<
    {
      metric: string;
      bucket: string;
      dimension: string | null;
      dimension_value: string | null;
      organization_id: string;
      kind: 'hotline' | 'company';
      slug: string;
      attributed: boolean;
      value: string;
    }[]
  >(
    `WITH accepted AS (
       SELECT s.id, s.organization_id, s.attributed,
              date_trunc($3, s.period_start)::date AS bucket,
              CASE s.grain WHEN 'month' THEN 1 WHEN 'quarter' THEN 3 WHEN 'half' THEN 6 ELSE 12 END AS months
         FROM submission s
        WHERE s.status = 'accepted' AND s.period_start >= $1 AND s.period_end <= $2
          AND (CASE s.grain WHEN 'month' THEN 1 WHEN 'quarter' THEN 3 WHEN 'half' THEN 6 ELSE 12 END) <= $4
     ),
     complete AS (
       SELECT organization_id, bucket, bool_and(attributed) AS attributed
         FROM accepted GROUP BY organization_id, bucket HAVING sum(months) = $4
     )
     SELECT o.metric,
            to_char(a.bucket, 'YYYY-MM-DD') AS bucket,
            NULLIF(split_part(o.dimension_key, '=', 1), '') AS dimension,
            NULLIF(substr(o.dimension_key, strpos(o.dimension_key, '=') + 1), o.dimension_key) AS dimension_value,
            a.organization_id, org.kind, org.slug, c.attributed,
            sum(o.value)::text AS value
       FROM accepted a
       JOIN complete c ON c.organization_id = a.organization_id AND c.bucket = a.bucket
       JOIN organization org ON org.id = a.organization_id
       JOIN observation o ON o.submission_id = a.id
      WHERE strpos(o.dimension_key, ';') = 0
        AND ($5::text[] IS NULL OR o.metric = ANY ($5::text[]))
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
      ORDER BY 1, 2, 3, 4, 5`,
    [range.start, range.end, grain, MONTHS[grain], metrics ? [...metrics] : null],
  );
  // Millions of rows share a few dozen buckets: derive each period code once.
  const periods = new Map<string, string>();
  const periodOf = (bucket: string) => {
    let code = periods.get(bucket);
    if (code === undefined) periods.set(bucket, (code = rollUp(bucket.slice(0, 7), grain)));
    return code;
  };
  return rows.map((r) => ({
    metric: r.metric,
    period: periodOf(r.bucket),
    dimension: r.dimension,
    dimensionValue: r.dimension ? r.dimension_value : null,
    organizationId: r.organization_id,
    organizationKind: r.kind,
    organizationSlug: r.slug,
    attributed: r.attributed,
    value: Number(r.value),
  }));
}
