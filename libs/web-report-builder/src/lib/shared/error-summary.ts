import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The error codes of the reports API that the page explains in its own words. */
export const BUILDER_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RELEASE_NOT_FOUND',
  'REPORT_NOT_FOUND',
  'BAD_USER_INPUT',
  'REASON_REQUIRED',
  'ALREADY_PUBLISHED',
  'NOT_ATTRIBUTED',
  'RELEASE_NOT_READY',
  'NOT_APPROVABLE',
] as const;
export type BuilderErrorCode = (typeof BUILDER_ERROR_CODES)[number];

/** A known code; `REFUSED` = another code the server gave on purpose (its sentence is shown). */
export type BuilderErrorKind = BuilderErrorCode | 'REFUSED' | 'NETWORK' | 'UNKNOWN';

export interface BuilderErrorSummary {
  kind: BuilderErrorKind;
  /** The server's own sentence (English), shown after the page's words; null when it has none to give. */
  message: string | null;
}

const isKnown = (code: string): code is BuilderErrorCode =>
  (BUILDER_ERROR_CODES as readonly string[]).includes(code);

/**
 * Sorts a GraphQL, HTTP or network failure into what the page explains. The server's message is
 * kept for every code it gave on purpose; an internal error's text is never shown.
 */
export function summarizeBuilderError(error: unknown): BuilderErrorSummary {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const raw = first?.extensions?.['code'];
    const code = typeof raw === 'string' ? raw : null;
    const message = first?.message || null;
    if (code === 'UNAUTHENTICATED') return { kind: 'UNAUTHENTICATED', message: null };
    if (code && isKnown(code)) return { kind: code, message };
    if (code && code !== 'INTERNAL_SERVER_ERROR' && message) return { kind: 'REFUSED', message };
    return { kind: 'UNKNOWN', message: null };
  }
  if (ServerError.is(error)) {
    return { kind: error.statusCode === 401 ? 'UNAUTHENTICATED' : 'NETWORK', message: null };
  }
  if (error instanceof TypeError) return { kind: 'NETWORK', message: null };
  return { kind: 'UNKNOWN', message: null };
}
