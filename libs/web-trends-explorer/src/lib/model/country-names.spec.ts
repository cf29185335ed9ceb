import { byName, countryNamer } from './country-names';

const COUNTRIES = [
  { code: 'DE', name: 'Germany' },
  { code: 'NL', name: 'Netherlands' },
  { code: 'AT', name: 'Austria' },
];

describe('countryNamer', () => {
  it('names listed countries in the reader’s language', () => {
    const name = countryNamer('de', COUNTRIES, 'Land unbekannt');
    expect(['DE', 'NL', 'unknown'].map(name)).toEqual([
      'Deutschland',
      'Niederlande',
      'Land unbekannt',
    ]);
    expect(countryNamer('fr', COUNTRIES, '?')('DE')).toBe('Allemagne');
  });

  it('shows a code the catalogue does not list as it is', () => {
    expect(countryNamer('en', COUNTRIES, '?')('ZZ')).toBe('ZZ');
  });
});

describe('byName', () => {
  it('sorts by the names in the reader’s language', () => {
    const codes = ['DE', 'NL', 'AT'];
    expect(byName(codes, countryNamer('en', COUNTRIES, '?'), 'en')).toEqual(['AT', 'DE', 'NL']);
    // Deutschland, Niederlande, Österreich: Ö sorts with O in German.
    expect(byName(codes, countryNamer('de', COUNTRIES, '?'), 'de')).toEqual(['DE', 'NL', 'AT']);
  });
});
