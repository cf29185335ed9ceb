import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { languageSearch } from '@candor/web-public-kit';
import { summarizeBuilderError, type BuilderErrorKind } from './error-summary';

/**
 * A failed query or mutation explained in an alert: the page's words for the error, then the
 * server's own sentence (in English) whenever it gave one on purpose.
 */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation('reportBuilder');
  const location = useLocation();
  const { kind, message } = summarizeBuilderError(error);
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
  const words: Record<Exclude<BuilderErrorKind, 'UNAUTHENTICATED'>, string> = {
    FORBIDDEN: t('errors.forbidden'),
    RELEASE_NOT_FOUND: t('errors.releaseNotFound'),
    REPORT_NOT_FOUND: t('errors.reportNotFound'),
    BAD_USER_INPUT: t('errors.badUserInput'),
    REASON_REQUIRED: t('errors.reasonRequired'),
    ALREADY_PUBLISHED: t('errors.alreadyPublished'),
    NOT_ATTRIBUTED: t('errors.notAttributed'),
    RELEASE_NOT_READY: t('errors.releaseNotReady'),
    NOT_APPROVABLE: t('errors.notApprovable'),
    REFUSED: t('errors.refused'),
    NETWORK: t('errors.network'),
    UNKNOWN: t('errors.unknown'),
  };
  return (
    <p className="message message--error" role="alert">
      {words[kind]}
      {message && (
        <>
          {' '}
          {t('errors.serverSaid')} <span lang="en">{message}</span>
        </>
      )}
    </p>
  );
}
