import { languageSearch } from './links';

describe('languageSearch', () => {
  it.each([
    ['?lang=fr&org=x', '?lang=fr'],
    ['?lang=en', ''],
    ['', ''],
    ['?lang=xx', ''],
  ])('keeps only a language other than English from %j', (search, expected) => {
    expect(languageSearch(search)).toBe(expected);
  });
});
