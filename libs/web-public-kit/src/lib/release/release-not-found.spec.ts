import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { isReleaseNotFound } from './release-not-found';

describe('isReleaseNotFound', () => {
  it('recognizes the API’s RELEASE_NOT_FOUND error', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'No published release', extensions: { code: 'RELEASE_NOT_FOUND' } }],
    });
    expect(isReleaseNotFound(error)).toBe(true);
  });

  it.each([
    [
      'another GraphQL error',
      new CombinedGraphQLErrors({
        errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      }),
    ],
    [
      'a server error',
      new ServerError('down', { response: new Response('', { status: 502 }), bodyText: '' }),
    ],
    ['nothing', undefined],
  ])('does not mistake %s for it', (_name, error) => {
    expect(isReleaseNotFound(error)).toBe(false);
  });
});
