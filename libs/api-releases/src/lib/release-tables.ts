import { findMetric } from '@candor/catalogue';
import type { Contribution } from './contributions.query';

/** The residual part of a breakdown: figures of organizations that did not break the total down. */
export const NOT_BROKEN_DOWN = '_not_broken_down';

export interface CellKey {
  metric: string;
  scope: string;
  period: string;
  dimension: string | null;
  dimensionValue: string | null;
}

export interface TableCell extends CellKey {
  id: string;
  contributions: { contributorId: string; value: number; attributed: boolean }[];
}

export interface ReleaseTable {
  metric: string;
  period: string;
  cells: TableCell[];
  /** total cell id = sum of part cell ids */
  equations: { total: string; parts: string[] }[];
}

export const cellId = (k: CellKey): string =>
  [k.metric, k.scope, k.period, k.dimension ?? '', k.dimensionValue ?? ''].join('|');

/** Scopes a metric is published for: the network, and each organization kind where both submit. */
function scopesOf(metric: string): { scope: string; kinds: ('hotline' | 'company')[] }[] {
  const who = findMetric(metric)?.submittedBy ?? 'both';
  if (who !== 'both') return [{ scope: 'network', kinds: [who] }];
  return [
    { scope: 'network', kinds: ['hotline', 'company'] },
    { scope: 'hotlines', kinds: ['hotline'] },
    { scope: 'companies', kinds: ['company'] },
  ];
}

/**
 * One table per metric and period: the total and one-dimension breakdowns for every scope, with the
 * additivity a reader could use to recover a hidden cell: each breakdown (plus the residual of
 * organizations that did not break down) sums to its total, and for metrics both kinds submit,
 * network = hotlines + companies cell by cell. Attributed organizations get their own scope
 * (`organization:<slug>`), outside these sums, since their figures are published as their own.
 */
export function buildReleaseTables(contributions: readonly Contribution[]): ReleaseTable[] {
  const groups = new Map<string, { metric: string; period: string; rows: Contribution[] }>();
  for (const c of contributions) {
    const key = `${c.metric}\u0000${c.period}`;
    const group = groups.get(key) ?? { metric: c.metric, period: c.period, rows: [] };
    group.rows.push(c);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => tableFor(g.metric, g.period, g.rows));
}

function tableFor(metric: string, period: string, rows: Contribution[]): ReleaseTable {
  const cells = new Map<string, TableCell>();
  const equations: ReleaseTable['equations'] = [];
  const add = (key: CellKey, row: Contribution | null, value?: number) => {
    const id = cellId(key);
    const cell = cells.get(id) ?? { ...key, id, contributions: [] };
    if (row)
      cell.contributions.push({
        contributorId: row.organizationId,
        value: value ?? row.value,
        attributed: row.attributed,
      });
    cells.set(id, cell);
    return id;
  };

  const scopes = scopesOf(metric);
  for (const { scope, kinds } of scopes) {
    const mine = rows.filter((r) => kinds.includes(r.organizationKind));
    const totals = mine.filter((r) => r.dimension === null);
    if (totals.length === 0) continue;
    const totalId = add({ metric, scope, period, dimension: null, dimensionValue: null }, null);
    for (const row of totals)
      add({ metric, scope, period, dimension: null, dimensionValue: null }, row);

    const dimensions = [
      ...new Set(mine.filter((r) => r.dimension !== null).map((r) => r.dimension as string)),
    ];
    for (const dimension of dimensions) {
      const parts = new Set<string>();
      const brokenDown = new Map<string, number>();
      for (const row of mine.filter((r) => r.dimension === dimension)) {
        parts.add(
          add({ metric, scope, period, dimension, dimensionValue: row.dimensionValue }, row),
        );
        brokenDown.set(row.organizationId, (brokenDown.get(row.organizationId) ?? 0) + row.value);
      }
      const residualKey = { metric, scope, period, dimension, dimensionValue: NOT_BROKEN_DOWN };
      for (const total of totals) {
        const rest = total.value - (brokenDown.get(total.organizationId) ?? 0);
        if (rest > 0) parts.add(add(residualKey, total, rest));
      }
      equations.push({ total: totalId, parts: [...parts] });
    }
  }

  if (scopes.length === 3) {
    for (const cell of [...cells.values()].filter((c) => c.scope === 'network')) {
      const parts = ['hotlines', 'companies']
        .map((scope) => cellId({ ...cell, scope }))
        .filter((id) => cells.has(id));
      if (parts.length === 2) equations.push({ total: cell.id, parts });
    }
  }

  for (const row of rows.filter((r) => r.attributed)) {
    add(
      {
        metric,
        scope: `organization:${row.organizationSlug}`,
        period,
        dimension: row.dimension,
        dimensionValue: row.dimensionValue,
      },
      row,
    );
  }
  return { metric, period, cells: [...cells.values()], equations };
}
