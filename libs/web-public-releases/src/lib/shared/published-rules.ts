/**
 * Public parameters of disclosure control and analytics, as the methodology text states them.
 * They mirror `@candor/privacy` and `@candor/analytics` (which the browser does not load: they
 * carry solvers and samplers); `published-rules.spec.ts` fails when the two drift apart. The p
 * of the p% rule is deliberately not here: it is not public.
 */
export const PUBLISHED_RULES = {
  /** Values 1 … threshold − 1 are shown as "fewer than 10". */
  smallCountThreshold: 10,
  /** Units whose counts get the small-count rule: they count people or their reports. */
  smallCountUnits: ['reports', 'notices', 'accounts', 'appeals'],
  /** Minimum contributors when no release is chosen (each release states its own). */
  minContributors: 3,
  spike: { level: 0.99, minRelativeIncrease: 0.2, minAbsoluteIncrease: 10, minPoints: 12 },
  cusum: { k: 0.5, h: 5 },
  takedown: { minContributors: 3, maxShare: 0.85 },
} as const;

/** Whether counts in a catalogue unit are shown as "fewer than 10" when small. */
export const smallCountApplies = (unit: string): boolean =>
  (PUBLISHED_RULES.smallCountUnits as readonly string[]).includes(unit);
