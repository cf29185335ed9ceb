import {
  TAKEDOWN_DISCLOSURE,
  type DisclosureDecision,
  type TakedownContribution,
  takedownDisclosure,
} from './disclosure';
import {
  type TakedownHistogramInput,
  mergeTakedownHistograms,
  toTakedownHistogram,
  totalNotified,
} from './histogram';
import { type Interpolation, type TakedownQuantile, takedownQuantile } from './quantiles';
import { TAKEDOWN_HORIZONS, shareRemovedWithin } from './shares';

/**
 * What is published about a takedown distribution: shares are fractions of all notified items,
 * quantiles a bucket plus a point (or "beyond the cut-off"). The bucket counts themselves are
 * not part of it; the three totals are cells like any other for the disclosure rules.
 */
export interface TakedownDescription {
  notified: number;
  removed: number;
  notRemoved: number;
  within24h: number | null;
  within72h: number | null;
  within7d: number | null;
  median: TakedownQuantile | null;
  p90: TakedownQuantile | null;
}

export function describeTakedown(
  input: TakedownHistogramInput,
  options: { interpolation?: Interpolation } = {},
): TakedownDescription {
  const histogram = toTakedownHistogram(input);
  const notified = totalNotified(histogram);
  return {
    notified,
    removed: notified - histogram.not_removed,
    notRemoved: histogram.not_removed,
    within24h: shareRemovedWithin(histogram, TAKEDOWN_HORIZONS.within24h),
    within72h: shareRemovedWithin(histogram, TAKEDOWN_HORIZONS.within72h),
    within7d: shareRemovedWithin(histogram, TAKEDOWN_HORIZONS.within7d),
    median: takedownQuantile(histogram, 0.5, options.interpolation),
    p90: takedownQuantile(histogram, 0.9, options.interpolation),
  };
}

export type NetworkTakedown =
  | Extract<DisclosureDecision, { publishable: false }>
  | { publishable: true; description: TakedownDescription };

/** Gate, merge and describe the contributors' histograms of one network distribution. */
export function describeNetworkTakedown(
  contributions: readonly TakedownContribution[],
  options: { interpolation?: Interpolation; minContributors?: number; maxShare?: number } = {},
): NetworkTakedown {
  const decision = takedownDisclosure(contributions, {
    minContributors: options.minContributors ?? TAKEDOWN_DISCLOSURE.minContributors,
    maxShare: options.maxShare ?? TAKEDOWN_DISCLOSURE.maxShare,
  });
  if (!decision.publishable) return decision;
  const merged = mergeTakedownHistograms(contributions.map((c) => c.histogram));
  return {
    publishable: true,
    description: describeTakedown(
      merged,
      options.interpolation ? { interpolation: options.interpolation } : {},
    ),
  };
}
