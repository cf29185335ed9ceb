import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LANGUAGES, searchWithLanguage, type Language } from '@candor/web-i18n';

/**
 * Links to the same page in each language; the choice lives in the URL (`?lang=fr`), so a
 * shared link opens in the language it was copied in. Each name is written in its own language.
 */
export function LanguageSwitch({ current }: { current: Language }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <nav className="language-switch" aria-label={t('language.label')}>
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <Link
              to={{
                pathname: location.pathname,
                search: searchWithLanguage(location.search, language),
              }}
              lang={language}
              hrefLang={language}
              aria-current={language === current ? 'true' : undefined}
              replace
            >
              {t('language.name', { lng: language })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
