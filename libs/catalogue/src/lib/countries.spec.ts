import { COUNTRIES, countryCodes, countryName, isCountryCode } from './countries';

describe('countries', () => {
  it('lists the 249 officially assigned codes once each, sorted', () => {
    const codes = COUNTRIES.map((c) => c.code);
    expect(codes).toHaveLength(249);
    expect(new Set(codes).size).toBe(249);
    expect([...codes].sort()).toEqual(codes);
    expect(countryCodes()).toEqual(codes);
  });

  it('uses two upper-case letters and a non-empty name for every country', () => {
    for (const { code, name } of COUNTRIES) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(name.trim()).not.toBe('');
    }
  });

  it.each([
    ['NL', 'Netherlands'],
    ['US', 'United States'],
    ['GB', 'United Kingdom'],
    ['DE', 'Germany'],
    ['CI', "Côte d'Ivoire"],
    ['AX', 'Åland Islands'],
    ['SS', 'South Sudan'],
    ['BQ', 'Bonaire, Sint Eustatius and Saba'],
    ['TW', 'Taiwan, Province of China'],
    ['AQ', 'Antarctica'],
  ])('names %s %s', (code, name) => {
    expect(isCountryCode(code)).toBe(true);
    expect(countryName(code)).toBe(name);
  });

  it.each([
    ['lower case', 'nl'],
    ['mixed case', 'Nl'],
    ['reserved UK', 'UK'],
    ['reserved EU', 'EU'],
    ['user-assigned XK', 'XK'],
    ['withdrawn AN', 'AN'],
    ['withdrawn YU', 'YU'],
    ['alpha-3', 'NLD'],
    ['unknown', 'unknown'],
    ['empty', ''],
    ['padded', ' NL'],
  ])('rejects %s (%j)', (_label, code) => {
    expect(isCountryCode(code)).toBe(false);
    expect(countryName(code)).toBeUndefined();
  });
});
