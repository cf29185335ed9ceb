import { DomainError } from '@candor/api-platform';

export const releaseError = (
  code:
    | 'RELEASE_NOT_FOUND'
    | 'ANNOTATION_NOT_FOUND'
    | 'NOT_PUBLISHABLE'
    | 'BAD_USER_INPUT'
    | 'REASON_REQUIRED'
    | 'PRIVACY_BUDGET_EXCEEDED',
  message: string,
) => new DomainError(code, message);
