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
  const cellFor = (
    scope: string,
    dimension: string | null,
    dimensionValue: string | null,
  ): TableCell => {
    const key = { metric, scope, period, dimension, dimensionValue };
    const id = cellId(key);
    let cell = cells.get(id);
    if (!cell) {
      cell = { ...key, id, contributions: [] };
      cells.set(id, cell);
    }
    return cell;
  };
  const contribute = (cell: TableCell, row: Contribution, value = row.value) =>
    cell.contributions.push({
      contributorId: row.organizationId,
      value,
      attributed: row.attributed,
    });

  const scopes = scopesOf(metric);
  for (const { scope, kinds } of scopes) {
    // One pass: the totals, and each dimension's rows in order of first appearance.
    const totals: Contribution[] = [];
    const byDimension = new Map<string, Contribution[]>();
    for (const row of rows) {
      if (!kinds.includes(row.organizationKind)) continue;
      if (row.dimension === null) totals.push(row);
      else {
        const list = byDimension.get(row.dimension);
        if (list) list.push(row);
        else byDimension.set(row.dimension, [row]);
      }
    }
    if (totals.length === 0) continue;
    const total = cellFor(scope, null, null);
    for (const row of totals) contribute(total, row);

    for (const [dimension, dimensionRows] of byDimension) {
      const parts = new Set<string>();
      const brokenDown = new Map<string, number>();
      // Rows come ordered by value: consecutive rows of one value share a cell.
      let cell: TableCell | undefined;
      for (const row of dimensionRows) {
        if (cell?.dimensionValue !== row.dimensionValue || cell === undefined)
          cell = cellFor(scope, dimension, row.dimensionValue);
        contribute(cell, row);
        parts.add(cell.id);
        brokenDown.set(row.organizationId, (brokenDown.get(row.organizationId) ?? 0) + row.value);
      }
      for (const row of totals) {
        const rest = row.value - (brokenDown.get(row.organizationId) ?? 0);
        if (rest > 0) {
          const residual = cellFor(scope, dimension, NOT_BROKEN_DOWN);
          contribute(residual, row, rest);
          parts.add(residual.id);
        }
      }
      equations.push({ total: total.id, parts: [...parts] });
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

  for (const row of rows) {
    if (!row.attributed) continue;
    const scope = `organization:${row.organizationSlug}`;
    contribute(cellFor(scope, row.dimension, row.dimensionValue), row);
  }
  return { metric, period, cells: [...cells.values()], equations };
}
