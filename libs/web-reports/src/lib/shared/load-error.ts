import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

const NOT_FOUND = new Set(['REPORT_NOT_FOUND', 'RELEASE_NOT_FOUND', 'BAD_USER_INPUT']);

/** What a failed query means to a reader: no such report, no connection, or something else. */
export function errorKind(error: unknown): 'notFound' | 'network' | 'unknown' {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.['code'];
    return typeof code === 'string' && NOT_FOUND.has(code) ? 'notFound' : 'unknown';
  }
  if (ServerError.is(error) || error instanceof TypeError) return 'network';
  return 'unknown';
}
