import { type TakedownHistogramInput, toTakedownHistogram, totalNotified } from './histogram';

/**
 * The disclosure gate for a network takedown distribution (privacy.md): at least 3
 * contributors with items, and no contributor holding more than 85 % of the items.
 * Only the reason is returned, never a contributor's count or share.
 */
export interface TakedownContribution {
  /** One organization (all its services and brands together). */
  contributor: string;
  histogram: TakedownHistogramInput;
}

export type DisclosureDecision =
  { publishable: true } | { publishable: false; reason: 'contributors' | 'dominance' };

export const TAKEDOWN_DISCLOSURE = { minContributors: 3, maxShare: 0.85 } as const;

export function takedownDisclosure(
  contributions: readonly TakedownContribution[],
  rules: { minContributors?: number; maxShare?: number } = {},
): DisclosureDecision {
  const minContributors = rules.minContributors ?? TAKEDOWN_DISCLOSURE.minContributors;
  const maxShare = rules.maxShare ?? TAKEDOWN_DISCLOSURE.maxShare;
  const items = new Map<string, number>();
  for (const { contributor, histogram } of contributions) {
    const n = totalNotified(toTakedownHistogram(histogram));
    items.set(contributor, (items.get(contributor) ?? 0) + n);
  }
  const counts = [...items.values()].filter((n) => n > 0);
  if (counts.length < minContributors) return { publishable: false, reason: 'contributors' };
  const total = counts.reduce((s, n) => s + n, 0);
  if (Math.max(...counts) > maxShare * total) return { publishable: false, reason: 'dominance' };
  return { publishable: true };
}
