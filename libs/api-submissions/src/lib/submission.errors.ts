import { DomainError } from '@candor/api-platform';

export const SubmissionErrorCode = {
  ORGANIZATION_NOT_FOUND: 'ORGANIZATION_NOT_FOUND',
  ORGANIZATION_CANNOT_SUBMIT: 'ORGANIZATION_CANNOT_SUBMIT',
  IDEMPOTENCY_CONFLICT: 'IDEMPOTENCY_CONFLICT',
  REASON_REQUIRED: 'REASON_REQUIRED',
  SUBMISSION_NOT_FOUND: 'SUBMISSION_NOT_FOUND',
  NOT_REVIEWABLE: 'NOT_REVIEWABLE',
} as const;
export type SubmissionErrorCode = (typeof SubmissionErrorCode)[keyof typeof SubmissionErrorCode];

export class SubmissionError extends DomainError {
  constructor(
    readonly code: SubmissionErrorCode,
    message: string,
  ) {
    super(code, message);
  }
}
