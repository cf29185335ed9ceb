import { countryNamer } from '@candor/web-public-kit';

/** What the pages need of the catalogue to name a cell: metric, dimension and value labels. */
export interface CatalogueMetricNames {
  code: string;
  label: string;
  dimensions: readonly {
    code: string;
    label: string;
    kind: string;
    values: readonly { code: string; label: string }[];
  }[];
}

export interface CellNames {
  metric: (code: string) => string;
  dimension: (code: string) => string;
  dimensionValue: (dimension: string, value: string) => string;
}

/**
 * Names of cells from the catalogue. Labels stay as the catalogue gives them (English); countries
 * are named by the public kit's `countryNamer` (the reader's language, else the list's English
 * name). Codes the catalogue does not know are shown as they are.
 */
export function cellNames(
  metrics: readonly CatalogueMetricNames[],
  countries: readonly { code: string; name: string }[],
  locale: string,
  unknownWord: string,
): CellNames {
  const metricLabels = new Map(metrics.map((m) => [m.code, m.label]));
  const dimensions = new Map(metrics.flatMap((m) => m.dimensions.map((d) => [d.code, d] as const)));
  const country = countryNamer({ locale, countries, unknown: unknownWord });
  return {
    metric: (code) => metricLabels.get(code) ?? code,
    dimension: (code) => dimensions.get(code)?.label ?? code,
    dimensionValue: (dimension, value) => {
      const found = dimensions.get(dimension);
      if (found?.kind === 'country') return country(value);
      return found?.values.find((v) => v.code === value)?.label ?? value;
    },
  };
}
