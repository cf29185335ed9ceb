import { languageSearch, releasePath } from './public-links';

describe('languageSearch', () => {
  it.each([
    ['', ''],
    ['?lang=en&metric=a.b', ''],
    ['?metric=a.b&lang=fr', '?lang=fr'],
    ['?lang=xx', ''],
  ])('keeps the language of %p as %p', (search, expected) => {
    expect(languageSearch(search)).toBe(expected);
  });
});

describe('releasePath', () => {
  it('links the release page in the same language', () => {
    expect(releasePath('6d05bc11-9337', '?granularity=quarter&lang=de')).toBe(
      '/releases/6d05bc11-9337?lang=de',
    );
    expect(releasePath('a/b', '')).toBe('/releases/a%2Fb');
  });
});
