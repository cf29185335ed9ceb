import { loadContentPagesTranslations } from '@candor/web-content-pages';
import { LANGUAGES } from '@candor/web-i18n';
import { loadCountriesPage } from '@candor/web-countries';
import { loadOverviewPage } from '@candor/web-overview';
import { loadPublicReleasesTranslations } from '@candor/web-public-releases';
import { loadReleasesTranslations } from '@candor/web-releases';
import { loadReportsTranslations } from '@candor/web-reports';
import { loadReportBuilderTranslations } from '@candor/web-report-builder';
import { loadSubmissionsTranslations } from '@candor/web-submissions';
import { loadTrendsPage } from '@candor/web-trends-explorer';
import { CORE_TRANSLATIONS, createI18n, registerTranslations } from './i18n';

// Feature libraries are lazy-loaded by the app, so they are imported the same way here.
const { translations: overview } = await loadOverviewPage();
const { translations: trends } = await loadTrendsPage();
const { translations: countries } = await loadCountriesPage();
const { translations: catalogue } = await import('@candor/web-catalogue');
const contentPages = await loadContentPagesTranslations();
// The submissions library splits its own pages; its index (loaded with the shell) loads them.
const submissions = await loadSubmissionsTranslations();
const releases = await loadReleasesTranslations();
const publicReleases = await loadPublicReleasesTranslations();
const reports = await loadReportsTranslations();
const reportBuilder = await loadReportBuilderTranslations();

const ALL = {
  ...CORE_TRANSLATIONS,
  ...overview,
  ...trends,
  ...countries,
  ...catalogue,
  ...contentPages,
  ...submissions,
  ...releases,
  ...publicReleases,
  ...reports,
  ...reportBuilder,
};

/** Every key path of a resource tree, e.g. `nav.trends`. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [prefix + key],
  );
}

function placeholders(tree: object): string[] {
  return Object.values(tree).flatMap((value) =>
    typeof value === 'object' && value !== null
      ? placeholders(value)
      : [...String(value).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!),
  );
}

describe.each(Object.entries(ALL))('the %s namespace', (_namespace, byLanguage) => {
  const english = byLanguage.en;

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    'has every English key in %s, and no other',
    (language) => {
      expect(keys(byLanguage[language]).sort()).toEqual(keys(english).sort());
    },
  );

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    'keeps the interpolation placeholders in %s',
    (language) => {
      expect(placeholders(byLanguage[language]).sort()).toEqual(placeholders(english).sort());
    },
  );

  it.each([...LANGUAGES])('has no empty string in %s', (language) => {
    const empty = keys(byLanguage[language]).filter((path) => {
      const value = path
        .split('.')
        .reduce<unknown>(
          (node, key) => (node as Record<string, unknown>)[key],
          byLanguage[language],
        );
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});

describe('createI18n', () => {
  it('starts in the chosen language and falls back to English', () => {
    const i18n = createI18n('fr');
    expect(i18n.language).toBe('fr');
    expect(i18n.t('nav.trends')).toBe('Tendances');
    expect(i18n.t('language.name', { lng: 'de' })).toBe('Deutsch');
  });

  it('registers a feature namespace in every language, once', () => {
    const i18n = createI18n('es');
    registerTranslations(i18n, overview);
    registerTranslations(i18n, overview);
    expect(i18n.t('title', { ns: 'overview' })).toBe('Resumen');
    expect(i18n.t('frame.showTable', { ns: 'charts', lng: 'de' })).toBe('Als Tabelle anzeigen');
  });
});
