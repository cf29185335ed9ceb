import type { CountUnit } from '@candor/catalogue';

/** Values 1 … SMALL_COUNT_THRESHOLD − 1 are small counts ("fewer than 10"); 0 is not. */
export const SMALL_COUNT_THRESHOLD = 10;

/**
 * Which catalogue units count people or acts of people, and so get the small-count rule.
 * A `Record` over every unit: adding a unit to the catalogue fails to compile until it is
 * decided here. Reports, notices (reports from users and flaggers), accounts and appeals (each
 * brought by one account holder) count people or their reports; URLs, files and items count
 * content.
 */
export const SMALL_COUNT_RULE_BY_UNIT: Readonly<Record<CountUnit, boolean>> = {
  reports: true,
  notices: true,
  accounts: true,
  appeals: true,
  urls: false,
  files: false,
  items: false,
};

/**
 * Units that get the small-count rule: the catalogue units above plus units the catalogue may
 * gain for people (victims, people).
 */
export const DEFAULT_SMALL_COUNT_UNITS: readonly string[] = [
  ...Object.entries(SMALL_COUNT_RULE_BY_UNIT)
    .filter(([, applies]) => applies)
    .map(([unit]) => unit),
  'victims',
  'people',
];

/** Whether cells measured in `unit` get the small-count rule. */
export function smallCountRuleApplies(
  unit: string,
  units: readonly string[] = DEFAULT_SMALL_COUNT_UNITS,
): boolean {
  return units.includes(unit);
}

/** A value in 1 … threshold − 1. */
export function isSmallCount(value: number, threshold = SMALL_COUNT_THRESHOLD): boolean {
  return value >= 1 && value < threshold;
}
