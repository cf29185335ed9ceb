import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';

/** The page for an address no route matches. */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('notFound.title')} · Candor`}</title>
      <header className="page-header">
        <h1>{t('notFound.title')}</h1>
        <p className="lead">{t('notFound.body')}</p>
        <p>
          <Link to="/">{t('home')}</Link>
        </p>
      </header>
    </>
  );
}

/** Shown instead of the layout when rendering a route throws. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (error) console.error(error);
  return (
    <main id="main" className="site-main">
      <header className="page-header">
        <h1>{t('error.title')}</h1>
        <p className="lead">{t('error.body')}</p>
        <p>
          <a href="/">{t('home')}</a>
        </p>
      </header>
    </main>
  );
}
