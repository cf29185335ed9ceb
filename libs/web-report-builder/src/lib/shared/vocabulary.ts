/** Codes the API sends as plain strings, narrowed so the page translates only what it knows. */

export const RELEASE_STATUSES = ['building', 'draft', 'failed', 'published', 'withdrawn'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

export const REPORT_STATUSES = ['awaiting_approval', 'published'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** Why a figure of a report is not shown (`Figure.withheld` and `KeyFigure.changeWithheld`). */
export const WITHHELD_REASONS = [
  'contributors',
  'dominance',
  'small_count',
  'secondary',
  'not_published',
  'beyond_cutoff',
  'not_comparable',
  'none',
  'no_previous_period',
  'current_withheld',
  'previous_withheld',
  'previous_zero',
] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

/**
 * The key figures of a report (`keyFigureSpecs` of `@candor/reports`) by id; the takedown ones of
 * companies' reports get their own `…Companies` names.
 */
export const KEY_FIGURE_IDS = [
  'reports',
  'csam',
  'csamUrls',
  'cybertipline',
  'actioned',
  'accounts',
  'knownShare',
  'medianTakedown',
  'removedWithin3Days',
  'medianTakedownCompanies',
  'removedWithin3DaysCompanies',
] as const;
export type KeyFigureId = (typeof KEY_FIGURE_IDS)[number];

const member =
  <T extends string>(values: readonly T[]) =>
  (value: string | null | undefined): T | null =>
    value != null && (values as readonly string[]).includes(value) ? (value as T) : null;

export const toReleaseStatus = member(RELEASE_STATUSES);
export const toReportStatus = member(REPORT_STATUSES);
export const toGranularity = member(GRANULARITIES);
export const toWithheldReason = member(WITHHELD_REASONS);
export const toKeyFigureId = member(KEY_FIGURE_IDS);
