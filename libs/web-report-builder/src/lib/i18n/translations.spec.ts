import { LANGUAGES } from '@candor/web-i18n';
import { reportBuilderTranslations } from './index';

/** Every key path of a resource tree, e.g. `steps.scope.legend`. */
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

const value = (tree: object, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);

const others = LANGUAGES.filter((language) => language !== 'en');

describe('the reportBuilder namespace', () => {
  const english = reportBuilderTranslations.en;

  it.each(others)('has every English key in %s, and no other', (language) => {
    expect(keys(reportBuilderTranslations[language]).sort()).toEqual(keys(english).sort());
  });

  it.each(others)('keeps the interpolation placeholders in %s', (language) => {
    expect(placeholders(reportBuilderTranslations[language]).sort()).toEqual(
      placeholders(english).sort(),
    );
  });

  it.each([...LANGUAGES])('has no empty string in %s', (language) => {
    const tree = reportBuilderTranslations[language];
    expect(
      keys(tree).filter((path) => {
        const text = value(tree, path);
        return typeof text !== 'string' || text.trim() === '';
      }),
    ).toEqual([]);
  });
});
