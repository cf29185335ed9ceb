/** Metric code → definition version a release used, from its `definitionVersions` JSON. */
export function definitionVersionsOf(value: unknown): Map<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return new Map();
  return new Map(
    Object.entries(value).filter(
      (entry): entry is [string, number] =>
        typeof entry[1] === 'number' && Number.isInteger(entry[1]),
    ),
  );
}

export interface DefinitionRow {
  code: string;
  label: string;
  /** Version the release used. */
  used: number;
  /** Version in today's catalogue; null when the metric left the catalogue. */
  current: number | null;
}

/**
 * The definition versions of a release next to today's catalogue: metrics in catalogue order,
 * then any the catalogue no longer has, by code.
 */
export function definitionRows(
  definitionVersions: unknown,
  catalogue: readonly { code: string; label: string; version: number }[],
): DefinitionRow[] {
  const used = definitionVersionsOf(definitionVersions);
  const known = catalogue.flatMap((metric) => {
    const version = used.get(metric.code);
    return version === undefined
      ? []
      : [{ code: metric.code, label: metric.label, used: version, current: metric.version }];
  });
  const inCatalogue = new Set(catalogue.map((m) => m.code));
  const gone = [...used.entries()]
    .filter(([code]) => !inCatalogue.has(code))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, version]) => ({ code, label: code, used: version, current: null }));
  return [...known, ...gone];
}
