import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, domainTranslations, type Language } from '@candor/web-i18n';
import { commonTranslations } from './common';

/** Namespaces in every language, as features export them: `{ trends: { en, fr, de, es } }`. */
export type TranslationBundle = Record<string, Record<Language, object>>;

/** Namespaces every page needs; features bring theirs when their page loads. */
export const CORE_TRANSLATIONS = {
  common: commonTranslations,
  domain: domainTranslations,
} satisfies TranslationBundle;

/** An i18next instance with the bundled core resources; no HTTP backend. */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(CORE_TRANSLATIONS),
    defaultNS: 'common',
    resources: {},
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  registerTranslations(instance, CORE_TRANSLATIONS);
  return instance;
}

/** Adds namespaces in every language, once; later calls for the same namespace do nothing. */
export function registerTranslations(instance: I18n, bundle: TranslationBundle): void {
  for (const [namespace, byLanguage] of Object.entries(bundle)) {
    for (const language of LANGUAGES) {
      if (!instance.hasResourceBundle(language, namespace)) {
        instance.addResourceBundle(language, namespace, byLanguage[language]);
      }
    }
  }
}
