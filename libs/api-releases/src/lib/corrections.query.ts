import type { EntityManager } from 'typeorm';
import { rollUp } from '@candor/catalogue';
import type { ReleaseGrain } from './contributions.query';

/** Why a period's figures may have moved since an earlier build. */
export type ChangeReason = 'corrected_submissions' | 'late_submissions';

/**
 * Periods (at the release grain) whose accepted figures changed after `since`: a correction (an
 * accepted version after the first) or a first submission accepted late. Only the kind of change
 * is returned, never who made it: naming the organization would disclose its share of a change.
 */
export async function changesSince(
  manager: EntityManager,
  since: Date,
  range: { start: string; end: string },
  grain: ReleaseGrain,
): Promise<Map<string, Set<ChangeReason>>> {
  const rows = await manager.query<{ period: string; corrected: boolean }[]>(
    `SELECT DISTINCT to_char(date_trunc($4, period_start), 'YYYY-MM-DD') AS period,
            version > 1 AS corrected
       FROM submission
      WHERE status = 'accepted' AND reviewed_at > $1
        AND period_start >= $2 AND period_end <= $3`,
    [since, range.start, range.end, grain],
  );
  const changes = new Map<string, Set<ChangeReason>>();
  for (const row of rows) {
    const period = rollUp(row.period.slice(0, 7), grain);
    const reasons = changes.get(period) ?? new Set<ChangeReason>();
    reasons.add(row.corrected ? 'corrected_submissions' : 'late_submissions');
    changes.set(period, reasons);
  }
  return changes;
}
