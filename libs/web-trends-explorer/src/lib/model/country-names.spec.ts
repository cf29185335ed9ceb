import { countryNamer } from '@candor/web-public-kit';
import { byName } from './country-names';

const COUNTRIES = [
  { code: 'DE', name: 'Germany' },
  { code: 'NL', name: 'Netherlands' },
  { code: 'AT', name: 'Austria' },
];

describe('byName', () => {
  it('sorts by the names in the reader’s language', () => {
    const codes = ['DE', 'NL', 'AT'];
    expect(
      byName(codes, countryNamer({ locale: 'en', countries: COUNTRIES, unknown: '?' }), 'en'),
    ).toEqual(['AT', 'DE', 'NL']);
    // Deutschland, Niederlande, Österreich: Ö sorts with O in German.
    expect(
      byName(codes, countryNamer({ locale: 'de', countries: COUNTRIES, unknown: '?' }), 'de'),
    ).toEqual(['DE', 'NL', 'AT']);
  });
});
