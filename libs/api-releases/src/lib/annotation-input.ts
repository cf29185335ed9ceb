import { DomainError } from '@candor/api-platform';
import { parsePeriod } from '@candor/catalogue';
import { knownMetric, releaseError } from './release.errors';

export const MAX_ANNOTATION_LENGTH = 1000;

export interface AnnotationFields {
  period: string;
  text: string;
  metric: string | null;
}

/**
 * The checks every annotation write applies: a period code of the catalogue, 1 to 1,000
 * characters of text, and a metric of the catalogue or none (the note then concerns every series).
 */
export function validAnnotation(
  period: string,
  text: string,
  metric: string | null | undefined,
): AnnotationFields {
  const code = parsePeriod(period.trim())?.code;
  if (!code)
    throw releaseError(
      'BAD_USER_INPUT',
      `"${period}" is not a period such as 2026-03, 2026-Q1, 2026-H1 or 2026.`,
    );
  if (metric) knownMetric(metric);
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > MAX_ANNOTATION_LENGTH)
    throw releaseError('BAD_USER_INPUT', 'An annotation has 1 to 1,000 characters.');
  return { period: code, text: trimmed, metric: metric || null };
}

/** An annotation id that does not exist (or is not an id at all). */
export const annotationNotFound = (id: string) =>
  new DomainError('ANNOTATION_NOT_FOUND', `No annotation with id ${id}.`);
