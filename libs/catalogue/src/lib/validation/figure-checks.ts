import { findDimension } from '../dimensions';
import { findMetric, metricsFor } from '../metrics';
import type { DimensionCode, Figure } from '../types';
import { checkDimension } from './dimension-values';
import { VALIDATION_CODES as C } from './error-codes';
import { describeFigure, figureKey } from './figure-key';
import { list, quote } from './format';
import type { LocatedFigure, OrganizationKind, RawFigure, ValidationIssue } from './types';
import { parseCount } from './value';

export interface FigureCheckResult {
  /** Figures without any figure-level error, normalized, in submission order. */
  located: LocatedFigure[];
  errors: ValidationIssue[];
  /** Metrics with at least one figure-level error: rules across figures skip them. */
  tainted: Set<string>;
}

/** The row an issue about this figure names: its CSV line, else its 1-based position. */
export function rowOf(figure: RawFigure | undefined, index: number): number {
  return typeof figure?.row === 'number' ? figure.row : index + 1;
}

const isSet = (value: unknown): boolean => value !== '' && value !== null && value !== undefined;

function metricProblem(
  metric: unknown,
  kind: OrganizationKind,
): { code: typeof C.UNKNOWN_METRIC | typeof C.METRIC_NOT_ALLOWED; message: string } | undefined {
  const definition = typeof metric === 'string' ? findMetric(metric) : undefined;
  const allowed = metricsFor(kind).map((m) => m.code);
  if (!definition) {
    const what = isSet(metric)
      ? `${quote(metric)} is not a metric of the catalogue`
      : 'The metric is empty';
    return {
      code: C.UNKNOWN_METRIC,
      message: `${what}: use one of the ${kind} metrics ${list(allowed, 'or')}.`,
    };
  }
  if (definition.submittedBy !== 'both' && definition.submittedBy !== kind) {
    return {
      code: C.METRIC_NOT_ALLOWED,
      message: `${definition.code} is a ${definition.submittedBy} metric and cannot be submitted by a ${kind}: leave it out, or use one of the ${kind} metrics ${list(allowed, 'or')}.`,
    };
  }
  return undefined;
}

function checkOne(raw: RawFigure | undefined, kind: OrganizationKind, row: number) {
  const issues: Omit<ValidationIssue, 'row'>[] = [];
  const metricCode: unknown = raw?.metric;
  const metricText = typeof metricCode === 'string' ? metricCode : undefined;
  const at = (column: string, code: ValidationIssue['code'], message: string) =>
    issues.push({ column, code, message, ...(metricText !== undefined && { metric: metricText }) });

  const metricIssue = metricProblem(metricCode, kind);
  if (metricIssue) at('metric', metricIssue.code, metricIssue.message);

  const definition = metricText !== undefined ? findMetric(metricText) : undefined;
  const dimensions: Partial<Record<DimensionCode, string>> = {};
  let identityOk = !metricIssue;
  if (definition) {
    for (const [code, value] of Object.entries(raw?.dimensions ?? {})) {
      if (!isSet(value)) continue;
      const problem = checkDimension(definition, code, value);
      if (problem) {
        at(code, problem.code, problem.message);
        identityOk = false;
      } else {
        dimensions[code as DimensionCode] = value as string;
      }
    }
    const required = definition.requiredDimension;
    if (required && !isSet(raw?.dimensions?.[required])) {
      const buckets = findDimension(required)?.values.map((v) => v.code) ?? [];
      at(
        required,
        C.DIMENSION_REQUIRED,
        `${describeFigure(definition.code, dimensions)} has no ${required}: ${definition.code} is a histogram, so give one figure per ${required} bucket (${list(buckets)}) instead of a total.`,
      );
      identityOk = false;
    }
  }

  const count = parseCount(raw?.value);
  if (!count.ok) at('value', count.code, count.message);

  const figure: Figure | undefined =
    definition && issues.length === 0 && count.ok
      ? { metric: definition.code, dimensions, value: count.value }
      : undefined;
  return {
    issues: issues.map((issue) => ({ row, ...issue })),
    figure,
    identity: identityOk && definition ? figureKey(definition.code, dimensions) : undefined,
    description: definition ? describeFigure(definition.code, dimensions) : '',
  };
}

/**
 * Checks each figure on its own (metric, dimensions, value) and finds duplicates. A figure with
 * an error is left out of `located`; the metric it belongs to is marked `tainted`.
 */
export function checkFigures(
  figures: readonly RawFigure[],
  kind: OrganizationKind,
): FigureCheckResult {
  const located: LocatedFigure[] = [];
  const errors: ValidationIssue[] = [];
  const tainted = new Set<string>();
  const firstRows = new Map<string, number>();

  figures.forEach((raw, index) => {
    const row = rowOf(raw, index);
    const checked = checkOne(raw, kind, row);
    errors.push(...checked.issues);
    const metric = typeof raw?.metric === 'string' ? raw.metric : '';
    if (checked.issues.length > 0) tainted.add(metric);

    if (checked.identity !== undefined) {
      const first = firstRows.get(checked.identity);
      if (first !== undefined) {
        errors.push({
          row,
          column: 'metric',
          code: C.DUPLICATE_FIGURE,
          metric,
          message: `${checked.description} is already given at row ${first}: send each metric and combination of dimension values once.`,
        });
        tainted.add(metric);
        return;
      }
      firstRows.set(checked.identity, row);
    }
    if (checked.figure) located.push({ figure: checked.figure, row });
  });
  return { located, errors, tainted };
}
