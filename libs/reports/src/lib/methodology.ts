import type { CatalogueMetricInput, CellInput, Methodology, ReleaseInput } from './types';

/** Disclosure control in words: the p of the p% rule stays secret, so it is not stated. */
export const DOMINANCE_RULE =
  'A figure is withheld when one contributor dominates it (p% rule; the parameter is not disclosed) ' +
  'or when fewer than the minimum number of organizations contribute to it; ' +
  'figures that would reveal a withheld one are withheld too.';

/** What the release's disclosure control and the catalogue definitions say about the report's metrics. */
export function methodology(
  release: ReleaseInput,
  cells: readonly CellInput[],
  extraMetrics: readonly string[],
  catalogue: readonly CatalogueMetricInput[],
): Methodology {
  const { minContributors, roundingBase, noise } = release.options;
  const used = new Set([...cells.map((c) => c.metric), ...extraMetrics]);
  return {
    minContributors,
    roundingBase,
    dominanceRule: DOMINANCE_RULE,
    noise: noise
      ? {
          mechanism: noise.mechanism,
          rho: noise.rho,
          epsilon: noise.epsilon,
          delta: noise.delta,
          seriesSpentRho: noise.seriesSpentRho,
          seriesLimitRho: noise.seriesLimitRho,
        }
      : null,
    metrics: catalogue
      .filter((m) => used.has(m.code))
      .map((m) => ({
        code: m.code,
        label: m.label,
        unit: m.unit,
        definition: m.definition,
        version: release.definitionVersions[m.code] ?? m.version,
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  };
}
