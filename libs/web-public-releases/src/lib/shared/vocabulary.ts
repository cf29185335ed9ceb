/** Codes the public API sends as plain strings, narrowed so pages translate only what they know. */

const member =
  <T extends string>(values: readonly T[]) =>
  (value: string | null | undefined): T | null =>
    value != null && (values as readonly string[]).includes(value) ? (value as T) : null;

export const GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];
export const toGranularity = member(GRANULARITIES);

export const PUBLIC_STATUSES = ['published', 'withdrawn'] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];
export const toPublicStatus = member(PUBLIC_STATUSES);

/** Why a cell is withheld (privacy.md, rule 5). */
export const SUPPRESSION_REASONS = [
  'contributors',
  'dominance',
  'small_count',
  'secondary',
] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];
export const toSuppressionReason = member(SUPPRESSION_REASONS);

/** Why a cell changed against the previous version of its series (the release changelog). */
export const CHANGE_REASONS = [
  'corrected_submissions',
  'late_submissions',
  'definition_changed',
  'disclosure_control',
] as const;
export type ChangeReason = (typeof CHANGE_REASONS)[number];
export const toChangeReason = member(CHANGE_REASONS);

/** Who submits a metric; `other` collects values the app does not know yet. */
export const SUBMITTER_GROUPS = ['hotline', 'company', 'both', 'other'] as const;
export type SubmitterGroup = (typeof SUBMITTER_GROUPS)[number];
export const toSubmitterGroup = (value: string): SubmitterGroup =>
  member(['hotline', 'company', 'both'] as const)(value) ?? 'other';

/** A cell's scope: a group of organizations, one organization (by slug), or a code unknown here. */
export type Scope =
  | { kind: 'network' | 'hotlines' | 'companies' }
  | { kind: 'organization'; slug: string }
  | { kind: 'other'; code: string };

export function parseScope(code: string): Scope {
  if (code === 'network' || code === 'hotlines' || code === 'companies') return { kind: code };
  const prefix = 'organization:';
  if (code.startsWith(prefix) && code.length > prefix.length)
    return { kind: 'organization', slug: code.slice(prefix.length) };
  return { kind: 'other', code };
}
