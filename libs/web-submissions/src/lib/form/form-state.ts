import type {
  CurrentFiguresQuery,
  FigureInput,
  SubmissionCatalogueQuery,
  SubmissionReportFieldsFragment,
} from '@candor/web-graphql';

export type CatalogueMetric = SubmissionCatalogueQuery['metrics'][number];
export type CatalogueDimension = CatalogueMetric['dimensions'][number];
export type StoredFigure = CurrentFiguresQuery['submission']['figures'][number];
export type Issue = SubmissionReportFieldsFragment['errors'][number];

/** One line of a breakdown: a dimension value and its count, as typed. */
export interface BreakdownRow {
  key: string;
  value: string;
  count: string;
}

/** A metric broken down by one dimension. */
export interface Breakdown {
  key: string;
  metric: string;
  dimension: string;
  rows: BreakdownRow[];
}

/** What the person typed. Text, not numbers: the server says what is wrong with `1,5`. */
export interface FormState {
  totals: Record<string, string>;
  /** Histogram metrics: metric → bucket → count. */
  buckets: Record<string, Record<string, string>>;
  breakdowns: Breakdown[];
  /** Stored figures the form cannot show (several dimensions); sent again unchanged. */
  extras: StoredFigure[];
}

export const EMPTY_FORM: FormState = { totals: {}, buckets: {}, breakdowns: [], extras: [] };

/** Ids of the inputs, also used as element ids. */
export const fieldId = {
  total: (metric: string) => `field-total-${metric}`,
  bucket: (metric: string, bucket: string) => `field-bucket-${metric}-${bucket}`,
  rowValue: (breakdown: string, row: string) => `field-row-${breakdown}-${row}-value`,
  rowCount: (breakdown: string, row: string) => `field-row-${breakdown}-${row}-count`,
  extra: (index: number) => `field-extra-${index}`,
};

export interface FigureList {
  figures: FigureInput[];
  /** The input each figure came from: `fields[i]` for `figures[i]` (the report's row i + 1). */
  fields: string[];
  /** Breakdown rows with a count but no dimension value: not sent, the person must choose one. */
  missingValues: string[];
}

const text = (value: string | undefined) => (value ?? '').trim();

/**
 * The figures to send, in catalogue order: each metric's total or histogram buckets, then its
 * breakdowns, then the figures the form keeps unchanged. Empty inputs are left out (not measured).
 */
export function toFigureList(state: FormState, metrics: readonly CatalogueMetric[]): FigureList {
  const list: FigureList = { figures: [], fields: [], missingValues: [] };
  const push = (field: string, figure: FigureInput) => {
    list.figures.push(figure);
    list.fields.push(field);
  };
  for (const metric of metrics) {
    const required = metric.requiredDimension;
    if (required) {
      const dimension = metric.dimensions.find((d) => d.code === required);
      for (const bucket of dimension?.values ?? []) {
        const count = text(state.buckets[metric.code]?.[bucket.code]);
        if (count)
          push(fieldId.bucket(metric.code, bucket.code), {
            metric: metric.code,
            dimensions: [{ dimension: required, value: bucket.code }],
            value: count,
          });
      }
      continue;
    }
    const total = text(state.totals[metric.code]);
    if (total) push(fieldId.total(metric.code), { metric: metric.code, value: total });
    for (const breakdown of state.breakdowns.filter((b) => b.metric === metric.code)) {
      for (const row of breakdown.rows) {
        const count = text(row.count);
        if (!count) continue;
        if (!row.value) {
          list.missingValues.push(fieldId.rowValue(breakdown.key, row.key));
          continue;
        }
        push(fieldId.rowCount(breakdown.key, row.key), {
          metric: metric.code,
          dimensions: [{ dimension: breakdown.dimension, value: row.value }],
          value: count,
        });
      }
    }
  }
  state.extras.forEach((figure, index) =>
    push(fieldId.extra(index), {
      metric: figure.metric,
      dimensions: figure.dimensions.map(({ dimension, value }) => ({ dimension, value })),
      value: figure.value,
    }),
  );
  return list;
}

export interface FieldIssues {
  /** Issues by input id. */
  byField: Map<string, { errors: Issue[]; warnings: Issue[] }>;
  /** Issues that name no input (the whole period, or a row the form did not send). */
  general: { errors: Issue[]; warnings: Issue[] };
}

/** Puts each issue of a report next to the input of the figure it names (row = position + 1). */
export function fieldIssues(
  report: Pick<SubmissionReportFieldsFragment, 'errors' | 'warnings'> | null,
  fields: readonly string[],
): FieldIssues {
  const result: FieldIssues = { byField: new Map(), general: { errors: [], warnings: [] } };
  const place = (issue: Issue, kind: 'errors' | 'warnings') => {
    const field = issue.row !== null && issue.row >= 1 ? fields[issue.row - 1] : undefined;
    if (!field) {
      result.general[kind].push(issue);
      return;
    }
    const entry = result.byField.get(field) ?? { errors: [], warnings: [] };
    entry[kind].push(issue);
    result.byField.set(field, entry);
  };
  for (const issue of report?.errors ?? []) place(issue, 'errors');
  for (const issue of report?.warnings ?? []) place(issue, 'warnings');
  return result;
}
