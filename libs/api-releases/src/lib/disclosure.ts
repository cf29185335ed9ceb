import { findMetric } from '@candor/catalogue';
import {
  assessCell,
  ProtectionError,
  protectTable,
  smallCountRuleApplies,
  type PublishedCell as ProtectedCell,
} from '@candor/privacy';
import type { ReleaseOptions } from '@candor/db';
import type { PublishedCell } from './canonical-csv';
import type { ProtectionUnit } from './time-margins';

export interface RoundingSecret {
  key: string;
}

/**
 * Disclosure control of every table of a release (libs/privacy): primary rules per cell, secondary
 * suppression audited by LP over the table's additivity, optional stable random rounding. Only
 * values or suppression reasons come out; contributions never leave this function.
 */
export function protectReleaseTables(
  tables: readonly ProtectionUnit[],
  options: ReleaseOptions,
  series: string,
  rounding?: RoundingSecret,
): PublishedCell[] {
  const published: PublishedCell[] = [];
  for (const table of tables) {
    const unit = findMetric(table.metric)?.unit ?? 'reports';
    let outcomes: readonly ProtectedCell[];
    try {
      outcomes = protectTable({
        unit,
        cells: table.cells.map((c) => ({
          id: c.id,
          ...(c.contributions ? { contributions: c.contributions } : {}),
          ...(c.external ? { external: c.external } : {}),
        })),
        equations: table.equations,
        options: {
          p: options.p,
          minContributors: options.minContributors,
          ...(options.roundingBase && rounding
            ? { rounding: { base: options.roundingBase, key: rounding.key, series } }
            : {}),
        },
      }).cells;
    } catch (error) {
      if (!(error instanceof ProtectionError)) throw error;
      // No set of extra suppressions protects this table: withhold all of it rather than risk one cell.
      const rules = {
        p: options.p,
        minContributors: options.minContributors,
        smallCountRule: smallCountRuleApplies(unit),
      };
      outcomes = table.cells
        .filter((c) => !c.external)
        .map((c) => ({
          id: c.id,
          value: null,
          suppression: assessCell(c.contributions ?? [], rules).reason ?? 'secondary',
        }));
    }
    const byId = new Map(outcomes.map((c) => [c.id, c]));
    for (const cell of table.cells) {
      const outcome = cell.external ? undefined : byId.get(cell.id);
      if (!outcome) continue;
      published.push({
        metric: cell.metric,
        scope: cell.scope,
        period: cell.period,
        dimension: cell.dimension,
        dimensionValue: cell.dimensionValue,
        value: outcome.value,
        suppression: outcome.suppression,
      });
    }
  }
  return published;
}
