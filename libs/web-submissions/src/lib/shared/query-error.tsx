import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { summarizeError } from './graphql-error';
import { keptSearch } from './links';

/** A failed query or mutation explained: session ended, not allowed, not found, or unreachable. */
export function QueryError({ error }: { error: unknown }) {
  const { t } = useTranslation('submissions');
  const location = useLocation();
  const { kind, message } = summarizeError(error);
  if (kind === 'UNAUTHENTICATED') {
    const next = `${location.pathname}${location.search}`;
    return (
      <p className="message message--error" role="alert">
        {t('errors.sessionEnded')}{' '}
        <Link to={{ pathname: '/sign-in', search: keptSearch(location.search, { next }) }}>
          {t('errors.signInAgain')}
        </Link>
      </p>
    );
  }
  const text =
    kind === 'FORBIDDEN'
      ? t('errors.forbidden')
      : kind === 'NOT_FOUND'
        ? t('errors.notFound')
        : kind === 'NETWORK'
          ? t('errors.network')
          : kind === 'UNKNOWN'
            ? t('errors.unknown')
            : null;
  return (
    <p className="message message--error" role="alert">
      {text ?? <span lang="en">{message}</span>}
    </p>
  );
}
