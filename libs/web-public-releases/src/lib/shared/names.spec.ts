import { cellNames } from './names';

const metrics = [
  {
    code: 'hotline.urls.csam',
    label: 'CSAM URLs',
    dimensions: [
      { code: 'hosting_country', label: 'Hosting country', kind: 'country', values: [] },
      {
        code: 'victim_age',
        label: 'Victim age',
        kind: 'enumeration',
        values: [{ code: '0-2', label: '0 to 2 years' }],
      },
    ],
  },
];
const countries = [
  { code: 'DE', name: 'Germany' },
  { code: 'NL', name: 'Netherlands' },
  { code: 'XK', name: 'Kosovo' },
];

describe('cellNames', () => {
  it('names metrics, dimensions and values from the catalogue, else shows the code', () => {
    const names = cellNames(metrics, countries, 'en', 'unknown');
    expect(names.metric('hotline.urls.csam')).toBe('CSAM URLs');
    expect(names.metric('x.y')).toBe('x.y');
    expect(names.dimension('victim_age')).toBe('Victim age');
    expect(names.dimension('nope')).toBe('nope');
    expect(names.dimensionValue('victim_age', '0-2')).toBe('0 to 2 years');
    expect(names.dimensionValue('victim_age', '99')).toBe('99');
    expect(names.dimensionValue('nope', 'v')).toBe('v');
  });

  it.each([
    ['en', 'DE', 'Germany'],
    ['fr', 'DE', 'Allemagne'],
    ['es', 'NL', 'Países Bajos'],
    ['de', 'unknown', 'unbekannt'],
    ['en', 'ZZ', 'ZZ'],
    ['en', 'FR', 'FR'],
    ['fr', 'XK', 'Kosovo'],
  ])('names the country %s/%s as %p', (locale, code, expected) => {
    const names = cellNames(metrics, countries, locale, locale === 'de' ? 'unbekannt' : 'unknown');
    expect(names.dimensionValue('hosting_country', code)).toBe(expected);
  });
});
