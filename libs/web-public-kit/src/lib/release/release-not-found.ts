import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The API's answer for a release id that is not published (or does not exist). */
export function isReleaseNotFound(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'RELEASE_NOT_FOUND')
  );
}
