import { wordsFor } from '../i18n';
import { createReportFormat } from './format';
import { fileKey, orderedFiles } from './files';
import { absoluteUrl, reportPath, reportPathFromKey } from './links';
import { toReport } from './report-meta';
import { scopeName } from './scope';

describe('report addresses', () => {
  it('keeps the scope readable and escapes the rest', () => {
    expect(reportPath('network-month-v4', 'country:NL', 'fr')).toBe(
      '/reports/network-month-v4/country:NL/fr',
    );
    expect(reportPath('a b', 'organization:acme', 'en')).toBe(
      '/reports/a%20b/organization:acme/en',
    );
    expect(reportPathFromKey('network-month-v4/network/de')).toBe(
      '/reports/network-month-v4/network/de',
    );
    expect(absoluteUrl('https://candor.example/', '/reports/x/network/en')).toBe(
      'https://candor.example/reports/x/network/en',
    );
  });
});

describe('scopeName', () => {
  const fr = createReportFormat('fr', wordsFor('fr'));
  it.each([
    ['network', null, 'Ensemble du réseau'],
    ['hotlines', null, 'Lignes de signalement'],
    ['country:NL', 'Country NL', 'Pays d’hébergement : Pays-Bas'],
    ['organization:acme', 'ACME Hotline', 'ACME Hotline (chiffres propres)'],
    ['organization:acme', null, 'acme (chiffres propres)'],
    ['something', 'Something', 'Something'],
  ])('names %s (label %p) as %p', (scope, label, expected) => {
    expect(scopeName(scope, wordsFor('fr'), fr, label)).toBe(expected);
  });
});

describe('files', () => {
  it('offers the PDF, CSV, JSON and data package in that order, unknown files last', () => {
    const files = ['datapackage.json', 'other.txt', 'report.json', 'report.pdf', 'report.csv'].map(
      (name) => ({ name }),
    );
    expect(orderedFiles(files).map((f) => f.name)).toEqual([
      'report.pdf',
      'report.csv',
      'report.json',
      'datapackage.json',
      'other.txt',
    ]);
    expect(fileKey('report.pdf')).toBe('pdf');
    expect(fileKey('other.txt')).toBeNull();
  });
});

describe('toReport', () => {
  it('accepts a report model and refuses anything else', () => {
    const report = {
      titlePage: { title: 'T' },
      keyFigures: [],
      trends: [],
      takedown: [],
      knownContent: [],
      corrections: [],
      appendix: [],
      countries: { countries: [] },
      methodology: { metrics: [] },
    };
    expect(toReport(report)).toBe(report);
    expect(toReport(null)).toBeNull();
    expect(toReport({ ...report, trends: null })).toBeNull();
    expect(toReport('report')).toBeNull();
  });
});
