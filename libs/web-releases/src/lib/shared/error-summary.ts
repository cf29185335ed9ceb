import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** What a releases page says about a failed call; `REFUSED` shows the server's own sentence. */
export type ReleaseErrorKind =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RELEASE_NOT_FOUND'
  | 'ANNOTATION_NOT_FOUND'
  | 'NOT_PUBLISHABLE'
  | 'REASON_REQUIRED'
  | 'REFUSED'
  | 'NETWORK'
  | 'UNKNOWN';

const KNOWN: Record<string, ReleaseErrorKind> = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RELEASE_NOT_FOUND: 'RELEASE_NOT_FOUND',
  ANNOTATION_NOT_FOUND: 'ANNOTATION_NOT_FOUND',
  NOT_PUBLISHABLE: 'NOT_PUBLISHABLE',
  REASON_REQUIRED: 'REASON_REQUIRED',
  BAD_USER_INPUT: 'REFUSED',
  BAD_REQUEST: 'REFUSED',
};

export interface ReleaseErrorSummary {
  kind: ReleaseErrorKind;
  /** The server's sentence (English) when the page shows it: refused input, other domain errors. */
  message: string | null;
}

/** Sorts a GraphQL, HTTP or network failure into what the pages explain in their own words. */
export function summarizeReleaseError(error: unknown): ReleaseErrorSummary {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const raw = first?.extensions?.['code'];
    const code = typeof raw === 'string' ? raw : null;
    const known = code ? KNOWN[code] : undefined;
    if (known)
      return { kind: known, message: known === 'REFUSED' ? (first?.message ?? null) : null };
    // Another code the server gave on purpose (e.g. a privacy budget exceeded): its sentence.
    if (code && code !== 'INTERNAL_SERVER_ERROR' && first?.message)
      return { kind: 'REFUSED', message: first.message };
    return { kind: 'UNKNOWN', message: null };
  }
  if (ServerError.is(error)) {
    return { kind: error.statusCode === 401 ? 'UNAUTHENTICATED' : 'NETWORK', message: null };
  }
  if (error instanceof TypeError) return { kind: 'NETWORK', message: null };
  return { kind: 'UNKNOWN', message: null };
}
