import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { languageSearch } from './links';
import { summarizeReleaseError } from './error-summary';

/** A failed query or mutation explained in an alert; refused input keeps the server's sentence. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation('releases');
  const location = useLocation();
  const { kind, message } = summarizeReleaseError(error);
  if (kind === 'UNAUTHENTICATED') {
    const search = new URLSearchParams(languageSearch(location.search));
    search.set('next', `${location.pathname}${location.search}`);
    return (
      <p className="message message--error" role="alert">
        {t('errors.sessionEnded')}{' '}
        <Link to={{ pathname: '/sign-in', search: `?${search.toString()}` }}>
          {t('errors.signInAgain')}
        </Link>
      </p>
    );
  }
  const text = {
    FORBIDDEN: t('errors.forbidden'),
    RELEASE_NOT_FOUND: t('errors.releaseNotFound'),
    ANNOTATION_NOT_FOUND: t('errors.annotationNotFound'),
    NOT_PUBLISHABLE: t('errors.notPublishable'),
    REASON_REQUIRED: t('errors.reasonRequired'),
    NETWORK: t('errors.network'),
    UNKNOWN: t('errors.unknown'),
    REFUSED: t('errors.refused'),
  }[kind];
  return (
    <p className="message message--error" role="alert">
      {text}
      {kind === 'REFUSED' && message && (
        <>
          {' '}
          <span lang="en">{message}</span>
        </>
      )}
    </p>
  );
}
