import { DOMINANCE_RULE } from '@candor/reports';
import { LANGUAGES } from '@candor/web-i18n';
import { reportsTranslations } from './index';

/** Every key path of a resource tree, e.g. `sections.trends`. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [prefix + key],
  );
}

function values(tree: object): unknown[] {
  return Object.values(tree).flatMap((value) =>
    typeof value === 'object' && value !== null ? values(value) : [value],
  );
}

const placeholders = (tree: object) =>
  values(tree)
    .flatMap((value) => [...String(value).matchAll(/\{\{?(\w+)(?:, \w+)?\}\}?/g)].map((m) => m[0]))
    .sort();

const others = LANGUAGES.filter((language) => language !== 'en');

describe('the reports namespace', () => {
  it.each(others)('has every English key in %s, and no other', (language) => {
    expect(keys(reportsTranslations[language]).sort()).toEqual(keys(reportsTranslations.en).sort());
  });

  it.each(others)('keeps the placeholders in %s ({{name}} and the footer’s {page})', (language) => {
    expect(placeholders(reportsTranslations[language])).toEqual(
      placeholders(reportsTranslations.en),
    );
  });

  it.each([...LANGUAGES])('has no empty message in %s', (language) => {
    expect(
      values(reportsTranslations[language]).filter((v) => typeof v !== 'string' || !v.trim()),
    ).toEqual([]);
  });

  it.each([...LANGUAGES])(
    'gives the PDF footer a page label with {page} and {pages} in %s',
    (language) => {
      const label = reportsTranslations[language].print.pageLabel;
      expect(label).toContain('{page}');
      expect(label).toContain('{pages}');
    },
  );

  it('states the dominance rule in English exactly as the report model does', () => {
    expect(reportsTranslations.en.methodology.dominanceRule).toBe(DOMINANCE_RULE);
  });
});
