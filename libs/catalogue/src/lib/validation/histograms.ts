import { DIMENSIONS } from '../dimensions';
import { VALIDATION_CODES as C } from './error-codes';
import { describeFigure, figureKey } from './figure-key';
import { list, plural } from './format';
import { type Table, project, tablesByMetric } from './tables';
import type { LocatedFigure, ValidationIssue } from './types';

const BUCKETS = new Map<string, string[]>(
  DIMENSIONS.filter((d) => d.kind === 'histogram').map((d) => [
    d.code,
    d.values.map((v) => v.code),
  ]),
);

/** The buckets of a histogram dimension, or undefined for other dimensions. */
export function histogramBuckets(dimension: string): readonly string[] | undefined {
  return BUCKETS.get(dimension);
}

function checkTable(
  table: Table,
  histogram: string,
  buckets: readonly string[],
): ValidationIssue[] {
  const rest = table.dims.filter((d) => d !== histogram);
  const groups = new Map<
    string,
    { dims: Record<string, string>; present: Set<string>; row: number }
  >();
  for (const cell of table.cells) {
    const dims = project(cell, rest);
    const key = figureKey(table.metric, dims);
    const group = groups.get(key) ?? { dims, present: new Set<string>(), row: cell.row };
    group.present.add(cell.dims[histogram] as string);
    group.row = Math.min(group.row, cell.row);
    groups.set(key, group);
  }
  const issues: ValidationIssue[] = [];
  for (const group of groups.values()) {
    const missing = buckets.filter((b) => !group.present.has(b));
    if (missing.length === 0) continue;
    issues.push({
      row: group.row,
      column: histogram,
      code: C.HISTOGRAM_INCOMPLETE,
      metric: table.metric,
      message: `${describeFigure(table.metric, group.dims)} gives ${group.present.size} of the ${buckets.length} ${histogram} buckets and lacks ${plural(missing.length, 'bucket', 'buckets')}, ${list(missing)}: give every bucket (0 where there were none) or none of them.`,
    });
  }
  return issues;
}

/**
 * HISTOGRAM_INCOMPLETE: a histogram dimension has every bucket or none, for each combination of
 * the other dimensions of the same cross-table.
 */
export function checkHistograms(figures: readonly LocatedFigure[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const tables of tablesByMetric(figures).values()) {
    for (const table of tables) {
      for (const dim of table.dims) {
        const buckets = BUCKETS.get(dim);
        if (buckets) issues.push(...checkTable(table, dim, buckets));
      }
    }
  }
  return issues;
}

/** Whether the figures of `metric` by `dimension` alone give every bucket of the histogram. */
export function isCompleteHistogram(
  figures: readonly LocatedFigure[],
  metric: string,
  dimension: string,
): boolean {
  const buckets = BUCKETS.get(dimension) ?? [];
  const present = new Set(
    figures
      .filter(
        (f) => f.figure.metric === metric && Object.keys(f.figure.dimensions).join() === dimension,
      )
      .map((f) => f.figure.dimensions[dimension as keyof typeof f.figure.dimensions]),
  );
  return buckets.length > 0 && buckets.every((b) => present.has(b));
}
