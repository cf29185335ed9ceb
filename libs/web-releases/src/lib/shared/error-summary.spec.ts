import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { summarizeReleaseError } from './error-summary';

const graphqlError = (code: string | undefined, message = 'What the server said.') =>
  new CombinedGraphQLErrors({
    data: null,
    errors: [{ message, ...(code ? { extensions: { code } } : {}) }],
  });

describe('summarizeReleaseError', () => {
  it.each([
    ['UNAUTHENTICATED', 'UNAUTHENTICATED', null],
    ['FORBIDDEN', 'FORBIDDEN', null],
    ['RELEASE_NOT_FOUND', 'RELEASE_NOT_FOUND', null],
    ['ANNOTATION_NOT_FOUND', 'ANNOTATION_NOT_FOUND', null],
    ['NOT_PUBLISHABLE', 'NOT_PUBLISHABLE', null],
    ['REASON_REQUIRED', 'REASON_REQUIRED', null],
    ['BAD_USER_INPUT', 'REFUSED', 'What the server said.'],
    ['PRIVACY_BUDGET_EXCEEDED', 'REFUSED', 'What the server said.'],
    ['INTERNAL_SERVER_ERROR', 'UNKNOWN', null],
  ])('reads the code %s as %s', (code, kind, message) => {
    expect(summarizeReleaseError(graphqlError(code))).toEqual({ kind, message });
  });

  it('treats an error without a code as unknown, never showing its text', () => {
    expect(summarizeReleaseError(graphqlError(undefined, 'stack trace'))).toEqual({
      kind: 'UNKNOWN',
      message: null,
    });
  });

  it.each<[string, unknown, string]>([
    [
      'a 502 from the proxy',
      new ServerError('Bad gateway', {
        response: new Response(null, { status: 502 }),
        bodyText: '',
      }),
      'NETWORK',
    ],
    [
      'a 401',
      new ServerError('Unauthorized', {
        response: new Response(null, { status: 401 }),
        bodyText: '',
      }),
      'UNAUTHENTICATED',
    ],
    ['a failed fetch', new TypeError('Failed to fetch'), 'NETWORK'],
    ['anything else', new Error('boom'), 'UNKNOWN'],
  ])('reads %s as %s', (_name, error, kind) => {
    expect(summarizeReleaseError(error).kind).toBe(kind);
  });
});
