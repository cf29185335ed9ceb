import { countryNamer } from './country-names';

const countries = [
  { code: 'DE', name: 'Germany' },
  { code: 'NL', name: 'Netherlands' },
  { code: 'US', name: 'United States' },
];
const residuals = {
  unknown: 'Unknown hosting country',
  notBrokenDown: 'Not broken down by country',
};

describe('countryNamer', () => {
  it('names countries in the reader’s language', () => {
    const french = countryNamer({ locale: 'fr', countries, ...residuals });
    expect(['DE', 'NL', 'US'].map(french)).toEqual(['Allemagne', 'Pays-Bas', 'États-Unis']);
    const german = countryNamer({ locale: 'de', countries, ...residuals });
    expect(german('NL')).toBe('Niederlande');
    const spanish = countryNamer({ locale: 'es', countries, ...residuals });
    expect(spanish('DE')).toBe('Alemania');
  });

  it('names the residual values with the words it is given', () => {
    const name = countryNamer({
      locale: 'fr',
      countries,
      unknown: 'Pays d’hébergement inconnu',
      notBrokenDown: 'Non ventilé par pays',
    });
    expect(name('unknown')).toBe('Pays d’hébergement inconnu');
    expect(name('_not_broken_down')).toBe('Non ventilé par pays');
  });

  it('shows the not-broken-down value as its code when given no words for it', () => {
    const name = countryNamer({ locale: 'de', countries, unknown: 'Land unbekannt' });
    expect(['DE', 'unknown', '_not_broken_down'].map(name)).toEqual([
      'Deutschland',
      'Land unbekannt',
      '_not_broken_down',
    ]);
  });

  it('shows a code the catalogue does not list as it is', () => {
    const name = countryNamer({ locale: 'en', countries, ...residuals });
    expect(name('ZZ')).toBe('ZZ');
    expect(name('nl')).toBe('nl');
  });

  it('falls back to the catalogue’s name when the language is not one Intl knows', () => {
    const name = countryNamer({ locale: 'not a locale!', countries, ...residuals });
    expect(name('NL')).toBe('Netherlands');
  });
});
