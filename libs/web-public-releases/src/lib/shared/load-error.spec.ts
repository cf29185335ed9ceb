import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { errorKind } from './load-error';

const graphqlError = (code?: string) =>
  new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'm', ...(code ? { extensions: { code } } : {}) }],
  });

describe('errorKind', () => {
  it.each<[string, unknown, ReturnType<typeof errorKind>]>([
    ['no such release', graphqlError('RELEASE_NOT_FOUND'), 'notFound'],
    ['another GraphQL error', graphqlError('INTERNAL_SERVER_ERROR'), 'unknown'],
    ['a GraphQL error without a code', graphqlError(), 'unknown'],
    [
      'a 502',
      new ServerError('Bad gateway', {
        response: new Response(null, { status: 502 }),
        bodyText: '',
      }),
      'network',
    ],
    ['a failed fetch', new TypeError('Failed to fetch'), 'network'],
    ['anything else', new Error('boom'), 'unknown'],
  ])('reads %s', (_name, error, kind) => {
    expect(errorKind(error)).toBe(kind);
  });
});
