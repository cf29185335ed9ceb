import { isLanguage, languageFromSearch, searchWithLanguage } from './languages';

describe('languageFromSearch', () => {
  it.each([
    ['', 'en'],
    ['?lang=fr', 'fr'],
    ['?lang=DE', 'de'],
    ['?metric=x&lang=es', 'es'],
    ['?lang=xx', 'en'],
    ['?lang=', 'en'],
  ])('reads %p as %p', (search, expected) => {
    expect(languageFromSearch(search)).toBe(expected);
  });
});

describe('searchWithLanguage', () => {
  it('sets lang and keeps the other parameters', () => {
    expect(searchWithLanguage('?metric=a.b&grain=month', 'fr')).toBe(
      '?metric=a.b&grain=month&lang=fr',
    );
    expect(searchWithLanguage('?lang=de', 'en')).toBe('?lang=en');
  });
});

describe('isLanguage', () => {
  it.each([
    ['en', true],
    ['fr', true],
    ['it', false],
    [undefined, false],
  ])('%p → %p', (value, expected) => {
    expect(isLanguage(value)).toBe(expected);
  });
});
