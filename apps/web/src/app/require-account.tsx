import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { DEFAULT_LANGUAGE, languageFromSearch } from '@candor/web-i18n';
import { allows, useSession, type Need } from '@candor/web-submissions';

/**
 * A route guard: waits for the session, sends people who are not signed in to the sign-in page
 * (which brings them back here), and tells signed-in people without the role that it is closed.
 */
export function RequireAccount({ need }: { need: Need }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { access, loading, failed } = useSession();

  if (loading) {
    return (
      <p className="loading" role="status">
        {t('session.checking')}
      </p>
    );
  }
  if (failed) {
    return (
      <p className="message message--error" role="alert">
        {t('session.failed')}
      </p>
    );
  }
  if (!access.signedIn) {
    const search = new URLSearchParams();
    const language = languageFromSearch(location.search);
    if (language !== DEFAULT_LANGUAGE) search.set('lang', language);
    search.set('next', `${location.pathname}${location.search}`);
    return <Navigate to={{ pathname: '/sign-in', search: `?${search.toString()}` }} replace />;
  }
  if (!allows(access, need)) {
    return (
      <>
        <title>{`${t('session.closedTitle')} · Candor`}</title>
        <header className="page-header">
          <h1>{t('session.closedTitle')}</h1>
          <p className="lead">
            {t(
              need === 'staff'
                ? 'session.closedStaff'
                : need === 'reporter'
                  ? 'session.closedReporter'
                  : 'session.closedMember',
            )}
          </p>
          <p>
            <Link to="/">{t('home')}</Link>
          </p>
        </header>
      </>
    );
  }
  return <Outlet />;
}
