import { findDimension, findMetric } from '@candor/catalogue';
import type { DimensionCode, Figure } from '@candor/catalogue';

function checkedMetric(metric: string): string {
  if (!findMetric(metric))
    throw new Error(`Demo data uses ${metric}, which is not in the catalogue.`);
  return metric;
}

/** The value codes of an enumeration or histogram dimension, in catalogue order. */
export function codesOf(dimension: DimensionCode): string[] {
  const definition = findDimension(dimension);
  if (!definition || definition.values.length === 0) {
    throw new Error(`Dimension ${dimension} has no fixed values in the catalogue.`);
  }
  return definition.values.map((v) => v.code);
}

/**
 * Weights in the order of `codes`, read from a table keyed by value code; a value without a
 * weight is a programming error (the catalogue grew a value the demo does not know yet).
 */
export function weightsOf(
  codes: readonly string[],
  table: Readonly<Record<string, number>>,
): number[] {
  return codes.map((code) => {
    const weight = table[code];
    if (weight === undefined) throw new Error(`No demo weight for dimension value "${code}".`);
    return weight;
  });
}

/** The total figure of a metric (no dimensions). */
export function total(metric: string, value: number): Figure {
  return { metric: checkedMetric(metric), dimensions: {}, value };
}

/** One figure per value of one dimension, optionally within fixed other dimension values. */
export function breakdown(
  metric: string,
  dimension: DimensionCode,
  codes: readonly string[],
  values: readonly number[],
  within: Readonly<Partial<Record<DimensionCode, string>>> = {},
): Figure[] {
  if (codes.length !== values.length) {
    throw new Error(
      `Breakdown of ${metric} by ${dimension}: ${codes.length} codes, ${values.length} values.`,
    );
  }
  checkedMetric(metric);
  return codes.map((code, i) => ({
    metric,
    dimensions: { ...within, [dimension]: code },
    value: values[i] as number,
  }));
}
