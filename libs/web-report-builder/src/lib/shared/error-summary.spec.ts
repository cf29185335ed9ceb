import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { summarizeBuilderError } from './error-summary';

const graphqlError = (code: string | undefined, message = 'What the server said.') =>
  new CombinedGraphQLErrors({
    data: null,
    errors: [{ message, ...(code ? { extensions: { code } } : {}) }],
  });

describe('summarizeBuilderError', () => {
  it.each([
    'FORBIDDEN',
    'RELEASE_NOT_FOUND',
    'REPORT_NOT_FOUND',
    'BAD_USER_INPUT',
    'REASON_REQUIRED',
    'ALREADY_PUBLISHED',
    'NOT_ATTRIBUTED',
    'RELEASE_NOT_READY',
    'NOT_APPROVABLE',
  ])('reads %s and keeps the server’s sentence', (code) => {
    expect(summarizeBuilderError(graphqlError(code))).toEqual({
      kind: code,
      message: 'What the server said.',
    });
  });

  it('asks to sign in again without the server’s sentence', () => {
    expect(summarizeBuilderError(graphqlError('UNAUTHENTICATED'))).toEqual({
      kind: 'UNAUTHENTICATED',
      message: null,
    });
  });

  it('shows the sentence of another code given on purpose', () => {
    expect(summarizeBuilderError(graphqlError('PDF_UNAVAILABLE'))).toEqual({
      kind: 'REFUSED',
      message: 'What the server said.',
    });
  });

  it.each([
    ['an internal error', 'INTERNAL_SERVER_ERROR'],
    ['an error without a code', undefined],
  ])('never shows the text of %s', (_name, code) => {
    expect(summarizeBuilderError(graphqlError(code, 'stack trace'))).toEqual({
      kind: 'UNKNOWN',
      message: null,
    });
  });

  it.each<[string, unknown, string]>([
    [
      'a 401',
      new ServerError('Unauthorized', {
        response: new Response(null, { status: 401 }),
        bodyText: '',
      }),
      'UNAUTHENTICATED',
    ],
    [
      'a 502 from the proxy',
      new ServerError('Bad gateway', {
        response: new Response(null, { status: 502 }),
        bodyText: '',
      }),
      'NETWORK',
    ],
    ['a failed fetch', new TypeError('Failed to fetch'), 'NETWORK'],
    ['anything else', new Error('?'), 'UNKNOWN'],
  ])('reads %s', (_name, error, kind) => {
    expect(summarizeBuilderError(error)).toEqual({ kind, message: null });
  });
});
