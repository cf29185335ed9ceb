import { UNKNOWN, findDimension } from '../dimensions';
import { VALIDATION_CODES as C } from './error-codes';
import { describeFigure, figureKey } from './figure-key';
import { list } from './format';
import { type Table, isSubset, project, tablesByMetric } from './tables';
import type { LocatedFigure, ValidationIssue } from './types';

const hasUnknown = (dim: string): boolean => {
  const definition = findDimension(dim);
  return definition?.kind === 'country' || !!definition?.values.some((v) => v.code === UNKNOWN);
};

const unknownHint = (dims: readonly string[]): string =>
  dims.length > 0 && dims.every(hasUnknown)
    ? ` (count what cannot be attributed as "${UNKNOWN}")`
    : '';

const mismatch = (metric: string, row: number, message: string): ValidationIssue => ({
  row,
  column: 'value',
  code: C.BREAKDOWN_MISMATCH,
  metric,
  message,
});

/** The tables a table refines directly: the largest subsets of its dimensions that are given. */
function parentsOf(table: Table, tables: readonly Table[]): Table[] {
  const subsets = tables.filter(
    (t) => t.dims.length < table.dims.length && isSubset(t.dims, table.dims),
  );
  return subsets.filter(
    (p) => !subsets.some((q) => q.dims.length > p.dims.length && isSubset(p.dims, q.dims)),
  );
}

/** Cells of `table` summed over the dimensions it adds to `parent`, compared with the parent. */
function checkAgainstParent(table: Table, parent: Table): ValidationIssue[] {
  const { metric } = table;
  const added = table.dims.filter((d) => !parent.dims.includes(d));
  const groups = new Map<string, { dims: Record<string, string>; sum: bigint; row: number }>();
  for (const cell of table.cells) {
    const dims = project(cell, parent.dims);
    const key = figureKey(metric, dims);
    const group = groups.get(key) ?? { dims, sum: 0n, row: cell.row };
    group.sum += cell.value;
    group.row = Math.min(group.row, cell.row);
    groups.set(key, group);
  }
  const issues: ValidationIssue[] = [];
  const parentKeys = new Set<string>();
  for (const cell of parent.cells) {
    const key = figureKey(metric, cell.dims);
    parentKeys.add(key);
    const sum = groups.get(key)?.sum ?? 0n;
    if (sum === cell.value) continue;
    issues.push(
      mismatch(
        metric,
        cell.row,
        parent.dims.length === 0
          ? `${metric} by ${list(table.dims)} adds up to ${sum}, but its total is ${cell.value}: a breakdown must add up to the total${unknownHint(added)}.`
          : `${describeFigure(metric, cell.dims)} is ${cell.value}, but the figures by ${list(table.dims)} for it add up to ${sum}: cross-table cells must add up to the figures they refine${unknownHint(added)}.`,
      ),
    );
  }
  for (const [key, group] of groups) {
    if (parentKeys.has(key) || group.sum === 0n) continue;
    issues.push(
      mismatch(
        metric,
        group.row,
        `The figures by ${list(table.dims)} for ${describeFigure(metric, group.dims)} add up to ${group.sum}, but the breakdown by ${list(parent.dims)} has no figure for it (0): cross-table cells must add up to the figures they refine.`,
      ),
    );
  }
  return issues;
}

/**
 * BREAKDOWN_MISMATCH: every breakdown adds up to the total of its metric; cross-table cells add
 * up to the figures they refine; without a total, the breakdowns of a metric agree with each other.
 * A mismatch is reported at the row of the figure refined (the total, when there is one).
 */
export function checkBreakdowns(figures: readonly LocatedFigure[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [metric, tables] of tablesByMetric(figures)) {
    const orphans: Table[] = [];
    for (const table of tables) {
      if (table.dims.length === 0) continue;
      const parents = parentsOf(table, tables);
      if (parents.length === 0) orphans.push(table);
      for (const parent of parents) issues.push(...checkAgainstParent(table, parent));
    }
    const reference = orphans.find((t) => t.dims.length === 1) ?? orphans[0];
    for (const table of orphans) {
      if (!reference || table === reference || table.sum === reference.sum) continue;
      issues.push(
        mismatch(
          metric,
          table.firstRow,
          `${metric} by ${list(table.dims)} adds up to ${table.sum}, but by ${list(reference.dims)} to ${reference.sum}: breakdowns of the same metric must add up to the same total.`,
        ),
      );
    }
  }
  return issues;
}
