import { wordsFor } from '../i18n';
import { createFormat } from '../shared/format';
import { citationText, releaseUrl, type CitedRelease } from './citation';

const release: CitedRelease = {
  id: '6e484479-4913-405d-8c5d-bf7f1f8d3ce0',
  title: 'Demo network, yearly figures',
  series: 'network-year',
  version: 2,
  publishedAt: '2026-11-27T02:02:12.556Z',
  withdrawnAt: null,
  checksum: '92615cf5b39d8bc8497ac2832aedd4f885e3b166942d11fa1e2d6056c1fcd9aa',
};

const cite = (language: 'en' | 'fr' | 'de' | 'es', overrides: Partial<CitedRelease> = {}) => {
  const words = wordsFor(language);
  const cited = { ...release, ...overrides };
  return citationText(
    cited,
    releaseUrl('https://candor.example/', cited.id),
    words,
    createFormat(language, words),
  );
};

describe('releaseUrl', () => {
  it('is the release page on the site', () => {
    expect(releaseUrl('http://127.0.0.1:4302', 'abc')).toBe('http://127.0.0.1:4302/releases/abc');
    expect(releaseUrl('https://x.org//', 'a b')).toBe('https://x.org/releases/a%20b');
  });
});

describe('citationText', () => {
  it('gives title, version, series, date, address and checksum', () => {
    expect(cite('en')).toBe(
      'Candor (2026). Demo network, yearly figures, version 2 [data set, series network-year]. Published November 27, 2026. https://candor.example/releases/6e484479-4913-405d-8c5d-bf7f1f8d3ce0. SHA-256 of cells.csv: 92615cf5b39d8bc8497ac2832aedd4f885e3b166942d11fa1e2d6056c1fcd9aa.',
    );
  });

  it.each([
    ['fr', 'version 2 [jeu de données, série network-year]. Publié le 27 novembre 2026.'],
    ['de', 'Version 2 [Datensatz, Reihe network-year]. Veröffentlicht am 27. November 2026.'],
    [
      'es',
      'versión 2 [conjunto de datos, serie network-year]. Publicado el 27 de noviembre de 2026.',
    ],
  ] as const)('is written in %s', (language, part) => {
    expect(cite(language)).toContain(part);
    expect(cite(language)).toContain(release.checksum!);
  });

  it('says when a release was withdrawn', () => {
    expect(cite('en', { withdrawnAt: '2027-01-05T10:00:00Z' })).toMatch(
      /\. Withdrawn on January 5, 2027\.$/,
    );
  });

  it('says when there is no checksum and keeps going without a date', () => {
    const text = cite('en', { checksum: null, publishedAt: null });
    expect(text).toContain('SHA-256 of cells.csv: none.');
    expect(text).toMatch(/^Candor \(\)\./);
  });
});
