import { groupReportVersions, seriesAnchor, type GroupableReport } from './report-groups';

const report = (
  releaseSeries: string,
  scope: string,
  language: string,
  version: number,
  publishedAt: string | null,
): GroupableReport => ({
  key: `${releaseSeries}-v${version}/${scope}/${language}`,
  series: `${releaseSeries}/${scope}/${language}`,
  version,
  scope,
  scopeLabel: scope,
  language,
  releaseSeries,
  publishedAt,
});

describe('groupReportVersions', () => {
  it('groups versions by release series, scope and language, newest version first', () => {
    const groups = groupReportVersions([
      report('network-month', 'network', 'en', 1, '2026-02-01T00:00:00Z'),
      report('network-month', 'network', 'fr', 1, '2026-02-01T00:00:00Z'),
      report('network-month', 'network', 'en', 3, '2026-04-01T00:00:00Z'),
      report('network-quarter', 'network', 'en', 1, '2026-01-10T00:00:00Z'),
      report('network-month', 'network', 'en', 2, '2026-03-01T00:00:00Z'),
    ]);
    expect(groups.map((g) => [g.key, g.versions.map((v) => v.version)])).toEqual([
      ['network-month/network/en', [3, 2, 1]],
      ['network-month/network/fr', [1]],
      ['network-quarter/network/en', [1]],
    ]);
    expect(groups[0]).toMatchObject({
      scope: 'network',
      language: 'en',
      releaseSeries: 'network-month',
    });
  });

  it('puts the series published most recently first, then by key', () => {
    const groups = groupReportVersions([
      report('network-month', 'hotlines', 'en', 1, '2026-02-01T00:00:00Z'),
      report('network-month', 'country:NL', 'de', 1, '2026-05-01T00:00:00Z'),
      report('network-month', 'companies', 'en', 1, '2026-02-01T00:00:00Z'),
      report('network-month', 'organization:acme', 'en', 1, null),
    ]);
    expect(groups.map((g) => g.key)).toEqual([
      'network-month/country:NL/de',
      'network-month/companies/en',
      'network-month/hotlines/en',
      'network-month/organization:acme/en',
    ]);
  });

  it('falls back to release series, scope and language when the series is blank', () => {
    const a = { ...report('s', 'network', 'en', 1, null), series: '' };
    const b = { ...report('s', 'network', 'en', 2, null), series: '' };
    expect(groupReportVersions([a, b]).map((g) => [g.key, g.versions.length])).toEqual([
      ['s/network/en', 2],
    ]);
  });

  it('gives nothing for no report', () => {
    expect(groupReportVersions([])).toEqual([]);
  });
});

describe('seriesAnchor', () => {
  it('makes an element id of a series key', () => {
    expect(seriesAnchor('network-month/country:NL/fr')).toBe('series-network-month-country-NL-fr');
  });
});
