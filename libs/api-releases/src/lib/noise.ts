import { findMetric } from '@candor/catalogue';
import {
  cryptoRandom,
  rational,
  sampleDiscreteGaussian,
  SMALL_COUNT_THRESHOLD,
  smallCountRuleApplies,
  type RandomSource,
} from '@candor/privacy';
import type { PublishedCell } from './canonical-csv';

/** The noise of one metric: its L2 sensitivity² and the variance that spends its share of ρ. */
export interface MetricNoise {
  metric: string;
  /** Cells one report can move, by one each (per period: periods are disjoint). */
  sensitivity2: number;
  /** σ² of the discrete Gaussian, rounded up to 1/1,000,000 (more noise, never less). */
  sigma2: number;
}

const SIGMA2_DENOMINATOR = 1_000_000;

/**
 * The metrics that get noise: counts of individual reports or people (the units the small-count
 * rule covers); counts of content are protected by the primary rules alone (privacy.md).
 */
export const noisyMetric = (metric: string): boolean =>
  smallCountRuleApplies(findMetric(metric)?.unit ?? 'reports');

/**
 * How many published cells of a period one report can move: every scope its organization is
 * counted in (the network, its kind, its own attributed scope) times the total and one cell per
 * breakdown dimension. Computed from the cells, so a new dimension raises it automatically.
 */
export function sensitivity2(cells: readonly PublishedCell[]): number {
  const dimensionsByScope = new Map<string, Set<string>>();
  for (const cell of cells) {
    const dimensions = dimensionsByScope.get(cell.scope) ?? new Set<string>();
    if (cell.dimension) dimensions.add(cell.dimension);
    dimensionsByScope.set(cell.scope, dimensions);
  }
  const scopes = [...dimensionsByScope.keys()];
  const scopesOfOneReport =
    (scopes.includes('network') ? 1 : 0) +
    (scopes.some((s) => s === 'hotlines' || s === 'companies') ? 1 : 0) +
    (scopes.some((s) => s.startsWith('organization:')) ? 1 : 0);
  const widest = Math.max(0, ...[...dimensionsByScope.values()].map((d) => d.size));
  return Math.max(1, scopesOfOneReport) * (1 + widest);
}

/**
 * Adds discrete Gaussian noise (exact sampler, cryptographic randomness) to every published cell
 * of the metrics that count reports, splitting ρ evenly between them (zCDP composition; periods
 * are disjoint, so each period spends the metric's share once). Post-processing keeps what the
 * rules promise: a noisy value below zero is published as 0, one in 1 … 9 as "fewer than 10".
 * Withheld cells stay withheld; their true values are never used.
 */
export function addNoise(
  cells: readonly PublishedCell[],
  rho: number,
  random: RandomSource = cryptoRandom,
): { cells: PublishedCell[]; metrics: MetricNoise[] } {
  const byMetric = new Map<string, PublishedCell[]>();
  for (const cell of cells) {
    if (!noisyMetric(cell.metric)) continue;
    const group = byMetric.get(cell.metric) ?? [];
    group.push(cell);
    byMetric.set(cell.metric, group);
  }
  const rhoPerMetric = rho / Math.max(1, byMetric.size);
  const metrics = [...byMetric].map(([metric, metricCells]) => {
    const s2 = sensitivity2(metricCells);
    const sigma2 = Math.ceil((s2 / (2 * rhoPerMetric)) * SIGMA2_DENOMINATOR) / SIGMA2_DENOMINATOR;
    return { metric, sensitivity2: s2, sigma2 };
  });
  const varianceOf = new Map(
    metrics.map((m) => [
      m.metric,
      rational(Math.round(m.sigma2 * SIGMA2_DENOMINATOR), SIGMA2_DENOMINATOR),
    ]),
  );
  const noisy = cells.map((cell): PublishedCell => {
    const variance = varianceOf.get(cell.metric);
    if (!variance || cell.value === null) return cell;
    const value = Math.max(0, cell.value + Number(sampleDiscreteGaussian(variance, random)));
    return value > 0 && value < SMALL_COUNT_THRESHOLD
      ? { ...cell, value: null, suppression: 'small_count' }
      : { ...cell, value };
  });
  return { cells: noisy, metrics };
}
