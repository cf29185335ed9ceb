import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { usePublicText } from './use-public-text';

/** What a failed public query means to a reader: no such release, no connection, or other. */
export function errorKind(error: unknown): 'notFound' | 'network' | 'unknown' {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.['code'];
    return code === 'RELEASE_NOT_FOUND' ? 'notFound' : 'unknown';
  }
  if (ServerError.is(error) || error instanceof TypeError) return 'network';
  return 'unknown';
}

export function LoadError({ error }: { error: unknown }) {
  const { t } = usePublicText();
  return (
    <p className="message message--error" role="alert">
      {t(`errors.${errorKind(error)}`)}
    </p>
  );
}

export function Loading() {
  const { t } = usePublicText();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}
