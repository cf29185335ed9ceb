import type {
  Breakdown,
  BreakdownRow,
  CatalogueDimension,
  CatalogueMetric,
  FormState,
  StoredFigure,
} from './form-state';
import { EMPTY_FORM } from './form-state';

export const breakdownKey = (metric: string, dimension: string) => `${metric}~${dimension}`;

/** Dimensions a person chooses from a list of countries, row by row. */
export const isCountryDimension = (dimension: CatalogueDimension) =>
  dimension.kind === 'country' || dimension.values.length === 0;

function nextRowKey(rows: readonly BreakdownRow[]): string {
  const numbers = rows.map((r) => Number(/^r(\d+)$/.exec(r.key)?.[1] ?? 0));
  return `r${Math.max(0, ...numbers) + 1}`;
}

/** A new, empty breakdown: one row per value of a fixed list, or one empty row for countries. */
export function newBreakdown(metric: string, dimension: CatalogueDimension): Breakdown {
  return {
    key: breakdownKey(metric, dimension.code),
    metric,
    dimension: dimension.code,
    rows: isCountryDimension(dimension)
      ? [{ key: 'r1', value: '', count: '' }]
      : dimension.values.map((v) => ({ key: v.code, value: v.code, count: '' })),
  };
}

/** The form filled with stored figures, to start a correction from the current version. */
export function fromFigures(
  figures: readonly StoredFigure[],
  metrics: readonly CatalogueMetric[],
): FormState {
  const state: FormState = { totals: {}, buckets: {}, breakdowns: [], extras: [] };
  const byCode = new Map(metrics.map((m) => [m.code, m]));
  for (const figure of figures) {
    const metric = byCode.get(figure.metric);
    const [only, ...more] = figure.dimensions;
    const value = String(figure.value);
    if (!metric || more.length > 0) {
      state.extras.push(figure);
    } else if (!only) {
      if (metric.requiredDimension) state.extras.push(figure);
      else state.totals[metric.code] = value;
    } else if (only.dimension === metric.requiredDimension) {
      state.buckets[metric.code] = { ...state.buckets[metric.code], [only.value]: value };
    } else {
      const dimension = metric.dimensions.find((d) => d.code === only.dimension);
      if (!dimension || metric.requiredDimension) {
        state.extras.push(figure);
        continue;
      }
      const key = breakdownKey(metric.code, dimension.code);
      let breakdown = state.breakdowns.find((b) => b.key === key);
      if (!breakdown) {
        breakdown = newBreakdown(metric.code, dimension);
        if (isCountryDimension(dimension)) breakdown.rows = [];
        state.breakdowns.push(breakdown);
      }
      const row = breakdown.rows.find((r) => r.value === only.value && r.count === '');
      if (row && !isCountryDimension(dimension)) row.count = value;
      else
        breakdown.rows.push({ key: nextRowKey(breakdown.rows), value: only.value, count: value });
    }
  }
  return state;
}

/** Edits of the form, each returning a new state. */
export const edit = {
  total: (state: FormState, metric: string, count: string): FormState => ({
    ...state,
    totals: { ...state.totals, [metric]: count },
  }),

  bucket: (state: FormState, metric: string, bucket: string, count: string): FormState => ({
    ...state,
    buckets: { ...state.buckets, [metric]: { ...state.buckets[metric], [bucket]: count } },
  }),

  addBreakdown: (state: FormState, metric: string, dimension: CatalogueDimension): FormState =>
    state.breakdowns.some((b) => b.key === breakdownKey(metric, dimension.code))
      ? state
      : { ...state, breakdowns: [...state.breakdowns, newBreakdown(metric, dimension)] },

  removeBreakdown: (state: FormState, key: string): FormState => ({
    ...state,
    breakdowns: state.breakdowns.filter((b) => b.key !== key),
  }),

  row: (
    state: FormState,
    key: string,
    row: string,
    change: Partial<Pick<BreakdownRow, 'value' | 'count'>>,
  ): FormState => ({
    ...state,
    breakdowns: state.breakdowns.map((b) =>
      b.key === key
        ? { ...b, rows: b.rows.map((r) => (r.key === row ? { ...r, ...change } : r)) }
        : b,
    ),
  }),

  addRow: (state: FormState, key: string): FormState => ({
    ...state,
    breakdowns: state.breakdowns.map((b) =>
      b.key === key
        ? { ...b, rows: [...b.rows, { key: nextRowKey(b.rows), value: '', count: '' }] }
        : b,
    ),
  }),

  removeRow: (state: FormState, key: string, row: string): FormState => ({
    ...state,
    breakdowns: state.breakdowns.map((b) =>
      b.key === key ? { ...b, rows: b.rows.filter((r) => r.key !== row) } : b,
    ),
  }),

  dropExtras: (state: FormState): FormState => ({ ...state, extras: [] }),

  clear: (): FormState => EMPTY_FORM,
};
