import { DIMENSIONS } from '../dimensions';

export type DimensionInput = Readonly<Record<string, string | null | undefined>>;

const ORDER = new Map<string, number>(DIMENSIONS.map((d, i) => [d.code, i]));

const escape = (text: string): string => text.replace(/[%;={}]/g, (c) => encodeURIComponent(c));

/** The dimensions that are set (a non-empty value), sorted by dimension code. */
export function setDimensions(dimensions: DimensionInput | undefined): [string, string][] {
  return Object.entries(dimensions ?? {})
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The canonical identity of a figure: its metric and the dimension values it sets, in code order.
 * Two figures with the same key are the same series (duplicates within a period, or the same
 * series across periods). Unset dimensions (empty, null, undefined) are left out.
 */
export function figureKey(metric: string, dimensions: DimensionInput | undefined): string {
  const parts = setDimensions(dimensions).map(
    ([code, value]) => `${escape(code)}=${escape(value)}`,
  );
  return `${escape(metric)}{${parts.join(';')}}`;
}

/**
 * A figure as people read it in messages: `hotline.urls.csam (hosting_country=NL, content_type=image)`,
 * or the bare metric for a total. Dimensions follow the catalogue's order.
 */
export function describeFigure(metric: string, dimensions: DimensionInput | undefined): string {
  const set = setDimensions(dimensions).sort(
    ([a], [b]) => (ORDER.get(a) ?? ORDER.size) - (ORDER.get(b) ?? ORDER.size) || (a < b ? -1 : 1),
  );
  if (set.length === 0) return metric;
  return `${metric} (${set.map(([code, value]) => `${code}=${value}`).join(', ')})`;
}
