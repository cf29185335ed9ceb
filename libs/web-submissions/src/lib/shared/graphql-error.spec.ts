import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { summarizeError } from './graphql-error';

const graphqlError = (code: string | undefined, message = 'What the server said.') =>
  new CombinedGraphQLErrors({
    data: null,
    errors: [{ message, ...(code ? { extensions: { code } } : {}) }],
  });

describe('summarizeError', () => {
  it.each([
    ['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'What the server said.'],
    ['RATE_LIMITED', 'RATE_LIMITED', 'What the server said.'],
    ['UNAUTHENTICATED', 'UNAUTHENTICATED', 'What the server said.'],
    ['FORBIDDEN', 'FORBIDDEN', 'What the server said.'],
    ['SUBMISSION_NOT_FOUND', 'NOT_FOUND', 'What the server said.'],
    ['REASON_REQUIRED', 'BAD_USER_INPUT', 'What the server said.'],
    ['INTERNAL_SERVER_ERROR', 'UNKNOWN', null],
  ])('reads the code %s as %s', (code, kind, message) => {
    expect(summarizeError(graphqlError(code))).toEqual({ kind, code, message });
  });

  it('treats an error without a code as unknown', () => {
    expect(summarizeError(graphqlError(undefined))).toEqual({
      kind: 'UNKNOWN',
      code: null,
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
      new ServerError('No', { response: new Response(null, { status: 401 }), bodyText: '' }),
      'UNAUTHENTICATED',
    ],
    ['a failed fetch', new TypeError('Failed to fetch'), 'NETWORK'],
    ['something else', new Error('?'), 'UNKNOWN'],
    ['nothing', undefined, 'UNKNOWN'],
  ])('reads %s', (_name, error, kind) => {
    expect(summarizeError(error).kind).toBe(kind);
  });
});
