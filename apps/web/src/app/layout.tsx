import { Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { DEFAULT_LANGUAGE, languageFromSearch } from '@candor/web-i18n';
import { allows, useSession } from '@candor/web-submissions';
import { AccountMenu } from './account-menu';
import { LanguageSwitch } from './language-switch';

/**
 * Page frame: skip link, header with navigation (submitter and reviewer entries by role), language
 * switch and account, main region, footer. A report's PDF layout (`?print=1`) gets the main
 * region alone.
 */
export function Layout() {
  const { t, i18n } = useTranslation();
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const language = languageFromSearch(search);
  const main = useRef<HTMLElement>(null);
  const { access } = useSession();
  const firstRender = useRef(true);

  // Before paint, so a language switch never shows a frame in the previous language.
  useLayoutEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  // After a client-side navigation, move focus to the new page, as a page load would.
  useEffect(() => {
    if (firstRender.current) firstRender.current = false;
    else main.current?.focus();
  }, [pathname]);

  // A report's PDF layout (`/reports/…?print=1`): the page alone, without header and footer.
  if (search.get('print') === '1' && pathname.startsWith('/reports/')) {
    return (
      <main id="main" ref={main} tabIndex={-1} className="site-main site-main--print">
        <Suspense fallback={null}>
          <Outlet />
        </Suspense>
      </main>
    );
  }

  const keepLanguage = language === DEFAULT_LANGUAGE ? '' : `?lang=${language}`;
  // Releases and the annotation log live under /review but have their own entry.
  const inReview = /^\/review(\/|$)/.test(pathname);
  const inReleases = /^\/review\/(releases|annotations)(\/|$)/.test(pathname);
  const inReportBuilder = /^\/reports\/builder(\/|$)/.test(pathname);
  const inReports = /^\/reports(\/|$)/.test(pathname) && !inReportBuilder;

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <header className="site-header">
        <div className="utility-bar">
          <div className="site-header__inner utility-bar__inner">
            <AccountMenu keepLanguage={keepLanguage} />
          </div>
        </div>
        <div className="site-header__inner">
          <Link to={{ pathname: '/', search: keepLanguage }} className="brand">
            <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="6" />
              <path d="M7 22l6-7 5 4 7-9" />
            </svg>
            <span className="brand__text">
              <span className="brand__name">{t('appName')}</span>
              <span className="brand__tagline">{t('tagline')}</span>
            </span>
          </Link>
          <nav className="site-nav" aria-label={t('nav.label')}>
            <ul>
              <li>
                <NavLink to={{ pathname: '/', search: keepLanguage }} end>
                  {t('nav.overview')}
                </NavLink>
              </li>
              <li>
                <NavLink to={{ pathname: '/trends', search: keepLanguage }}>
                  {t('nav.trends')}
                </NavLink>
              </li>
              <li>
                <NavLink to={{ pathname: '/catalogue', search: keepLanguage }}>
                  {t('nav.catalogue')}
                </NavLink>
              </li>
              <li>
                <NavLink to={{ pathname: '/countries', search: keepLanguage }}>
                  {t('nav.countries')}
                </NavLink>
              </li>
              <li>
                <NavLink to={{ pathname: '/takedown', search: keepLanguage }}>
                  {t('nav.takedown')}
                </NavLink>
              </li>
              <li>
                <NavLink to={{ pathname: '/known-content', search: keepLanguage }}>
                  {t('nav.knownContent')}
                </NavLink>
              </li>
              <li>
                <NavLink to={{ pathname: '/releases', search: keepLanguage }}>
                  {t('nav.publicReleases')}
                </NavLink>
              </li>
              <li>
                <Link
                  to={{ pathname: '/reports', search: keepLanguage }}
                  aria-current={inReports ? 'page' : undefined}
                >
                  {t('nav.reports')}
                </Link>
              </li>
              <li>
                <NavLink to={{ pathname: '/methodology', search: keepLanguage }}>
                  {t('nav.methodology')}
                </NavLink>
              </li>
              {allows(access, 'member') && (
                <li>
                  <NavLink to={{ pathname: '/submit', search: keepLanguage }}>
                    {t('nav.submit')}
                  </NavLink>
                </li>
              )}
              {allows(access, 'reporter') && (
                <li>
                  <Link
                    to={{ pathname: '/reports/builder', search: keepLanguage }}
                    aria-current={inReportBuilder ? 'page' : undefined}
                  >
                    {t('nav.reportBuilder')}
                  </Link>
                </li>
              )}
              {allows(access, 'staff') && (
                <>
                  <li>
                    <Link
                      to={{ pathname: '/review', search: keepLanguage }}
                      aria-current={inReview && !inReleases ? 'page' : undefined}
                    >
                      {t('nav.review')}
                    </Link>
                  </li>
                  <li>
                    <Link
                      to={{ pathname: '/review/releases', search: keepLanguage }}
                      aria-current={inReleases ? 'page' : undefined}
                    >
                      {t('nav.releases')}
                    </Link>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <LanguageSwitch current={language} />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <Suspense
          fallback={
            <p className="loading" role="status">
              {t('loading')}
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('footer.about')}</p>
          <p className="muted">{t('footer.preview')}</p>
        </div>
      </footer>
    </div>
  );
}
