import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** Codes the pages explain in their own words; anything else is shown as a generic failure. */
export type ErrorKind =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'INVALID_CREDENTIALS'
  | 'RATE_LIMITED'
  | 'BAD_USER_INPUT'
  | 'NETWORK'
  | 'UNKNOWN';

const KNOWN: Record<string, ErrorKind> = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  SUBMISSION_NOT_FOUND: 'NOT_FOUND',
  ORGANIZATION_NOT_FOUND: 'NOT_FOUND',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  RATE_LIMITED: 'RATE_LIMITED',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  REASON_REQUIRED: 'BAD_USER_INPUT',
  NOT_REVIEWABLE: 'BAD_USER_INPUT',
  IDEMPOTENCY_CONFLICT: 'BAD_USER_INPUT',
};

export interface ErrorSummary {
  kind: ErrorKind;
  /** The server's code (`extensions.code`), when it gave one. */
  code: string | null;
  /** The server's sentence for a request error (English); null for network and server faults. */
  message: string | null;
}

/** What went wrong with a GraphQL call, in terms a page can branch on. */
export function summarizeError(error: unknown): ErrorSummary {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const raw = first?.extensions?.['code'];
    const code = typeof raw === 'string' ? raw : null;
    const kind = (code && KNOWN[code]) || 'UNKNOWN';
    return { kind, code, message: kind === 'UNKNOWN' ? null : (first?.message ?? null) };
  }
  if (ServerError.is(error)) {
    const kind = error.statusCode === 401 ? 'UNAUTHENTICATED' : 'NETWORK';
    return { kind, code: null, message: null };
  }
  if (error instanceof TypeError) return { kind: 'NETWORK', code: null, message: null };
  return { kind: 'UNKNOWN', code: null, message: null };
}
