import type { RawDocument, ValidationIssue } from '@candor/catalogue';
import type { SubmissionInput } from './dto/submission.inputs';
import type { SubmissionReport } from './submissions.service';

/** GraphQL input → the raw document the validator takes (dimension list → record). */
export function toRawDocument(input: SubmissionInput): RawDocument {
  return {
    period: input.period,
    figures: input.figures.map((figure) => ({
      metric: figure.metric,
      dimensions: Object.fromEntries((figure.dimensions ?? []).map((d) => [d.dimension, d.value])),
      value: figure.value,
    })),
  };
}

/** A report for input that never reached the validator (a file that could not be read). */
export function rejectedReport(
  errors: ValidationIssue[],
  warnings: ValidationIssue[] = [],
): SubmissionReport {
  return { ok: false, submissions: [], replayed: false, errors, warnings };
}

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** The one FILE_TOO_LARGE sentence, for multipart uploads and request bodies alike. */
export function uploadTooLargeMessage(maxBytes: number): string {
  const megabytes = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  return `The upload is larger than the limit of ${megabytes} MB: split it into smaller files (one per period works) or ask the operator to raise CANDOR_MAX_UPLOAD_MB.`;
}
