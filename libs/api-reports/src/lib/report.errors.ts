import { DomainError } from '@candor/api-platform';

export const reportError = (
  code:
    | 'REPORT_NOT_FOUND'
    | 'RELEASE_NOT_FOUND'
    | 'BAD_USER_INPUT'
    | 'FORBIDDEN'
    | 'REASON_REQUIRED'
    | 'ALREADY_PUBLISHED'
    | 'NOT_APPROVABLE'
    | 'NOT_ATTRIBUTED'
    | 'RELEASE_NOT_READY'
    | 'PDF_UNAVAILABLE',
  message: string,
) => new DomainError(code, message);
