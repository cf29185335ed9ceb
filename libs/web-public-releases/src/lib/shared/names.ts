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
 * Names of cells from the catalogue. Labels stay as the catalogue gives them (English); country
 * codes of the catalogue's list are named in the reader's language by `Intl.DisplayNames`, else
 * by the list's (English) name. Codes the catalogue does not know are shown as they are.
 */
export function cellNames(
  metrics: readonly CatalogueMetricNames[],
  countries: readonly { code: string; name: string }[],
  locale: string,
  unknownWord: string,
): CellNames {
  const metricLabels = new Map(metrics.map((m) => [m.code, m.label]));
  const dimensions = new Map(metrics.flatMap((m) => m.dimensions.map((d) => [d.code, d] as const)));
  const countryNames = new Map(countries.map((c) => [c.code, c.name]));
  let regions: Intl.DisplayNames | null = null;
  try {
    regions = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
  } catch {
    regions = null;
  }
  const country = (code: string) => {
    if (code === 'unknown') return unknownWord;
    // Only codes the catalogue accepts: Intl names any well-formed code ("ZZ" → "Unknown Region").
    if (countryNames.size > 0 && !countryNames.has(code)) return code;
    let name: string | undefined;
    try {
      name = regions?.of(code);
    } catch {
      name = undefined;
    }
    return name ?? countryNames.get(code) ?? code;
  };
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
