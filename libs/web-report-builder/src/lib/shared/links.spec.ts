import { orderedFiles, reportPagePath, reportPagePathFromKey } from './links';

describe('reportPagePath', () => {
  it.each([
    ['r1', 'network', 'en', '/reports/r1/network/en'],
    ['r1', 'country:NL', 'fr', '/reports/r1/country%3ANL/fr'],
    ['r1', 'organization:hot line/x', 'de', '/reports/r1/organization%3Ahot%20line%2Fx/de'],
  ])('links %s / %s / %s', (releaseId, scope, language, path) => {
    expect(reportPagePath(releaseId, scope, language)).toBe(path);
  });
});

describe('reportPagePathFromKey', () => {
  it('reads a report key', () => {
    expect(reportPagePathFromKey('r1/organization:acme/es')).toBe(
      '/reports/r1/organization%3Aacme/es',
    );
  });

  it.each(['r1/network', 'r1//en', 'a/b/c/d', ''])('refuses %p', (key) => {
    expect(reportPagePathFromKey(key)).toBeNull();
  });
});

describe('orderedFiles', () => {
  it('offers the PDF, CSV, JSON and data package first, then the rest by name', () => {
    const names = ['z.txt', 'datapackage.json', 'report.json', 'a.txt', 'report.pdf', 'report.csv'];
    expect(orderedFiles(names.map((name) => ({ name }))).map((f) => f.name)).toEqual([
      'report.pdf',
      'report.csv',
      'report.json',
      'datapackage.json',
      'a.txt',
      'z.txt',
    ]);
  });
});
