/** Codes the API sends as plain strings, narrowed so pages translate only what they know. */

export const RELEASE_STATUSES = ['building', 'draft', 'failed', 'published', 'withdrawn'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

export const BUILD_STEPS = [
  'queued',
  'aggregate',
  'disclosure',
  'analytics',
  'write',
  'done',
] as const;
export type BuildStep = (typeof BUILD_STEPS)[number];

export const SUPPRESSION_REASONS = [
  'contributors',
  'dominance',
  'small_count',
  'secondary',
] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

export const GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

const member =
  <T extends string>(values: readonly T[]) =>
  (value: string | null | undefined): T | null =>
    value != null && (values as readonly string[]).includes(value) ? (value as T) : null;

export const toReleaseStatus = member(RELEASE_STATUSES);
export const toBuildStep = member(BUILD_STEPS);
export const toSuppressionReason = member(SUPPRESSION_REASONS);
export const toGranularity = member(GRANULARITIES);

/** A release scope: a group of organizations, one organization (by slug), or a code unknown here. */
export type Scope =
  | { kind: 'network' | 'hotlines' | 'companies' }
  | { kind: 'organization'; slug: string }
  | { kind: 'other'; code: string };

export function parseScope(code: string): Scope {
  if (code === 'network' || code === 'hotlines' || code === 'companies') return { kind: code };
  if (code.startsWith('organization:') && code.length > 'organization:'.length)
    return { kind: 'organization', slug: code.slice('organization:'.length) };
  return { kind: 'other', code };
}
