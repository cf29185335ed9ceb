import { buildReport } from './build-report';
import { reportKey } from './report-key';
import { LEAKED, SECRET_P, cell, testInput } from './report-input.fixture';
import { reportCsv, reportJson, sha256 } from './serialize';
import type { KeyFigure, ReportInput } from './types';

const byId = (figures: KeyFigure[]) => Object.fromEntries(figures.map((f) => [f.id, f]));
const forScope = (scope: ReportInput['definition']['scope']) =>
  buildReport(
    testInput({ definition: { releaseId: 'network-quarter-v3', scope, language: 'en' } }),
  );

describe('reportKey', () => {
  it.each([
    ['network', 'network-month-v3/network/en'],
    [{ country: 'NL' }, 'network-month-v3/country:NL/en'],
    [{ organization: 'acme' }, 'network-month-v3/organization:acme/en'],
  ] as const)('keys scope %p as %s', (scope, key) => {
    expect(reportKey({ releaseId: 'network-month-v3', scope, language: 'en' })).toBe(key);
  });
});

describe('buildReport', () => {
  it('gives byte-identical JSON and CSV for the same input, whatever the input order', () => {
    const input = testInput();
    const shuffled = testInput({
      cells: [...input.cells].reverse(),
      statistics: [...input.statistics].reverse(),
    });
    const first = buildReport(input);
    expect(reportJson(buildReport(shuffled))).toBe(reportJson(first));
    expect(reportCsv(buildReport(input))).toBe(reportCsv(first));
    expect(sha256(reportJson(first))).toMatch(/^[0-9a-f]{64}$/);
    expect(reportJson(first).endsWith('}\n')).toBe(true);
  });

  it('fills the title page from the release', () => {
    expect(buildReport(testInput()).titlePage).toEqual({
      key: 'network-quarter-v3/network/en',
      title: 'Network quarterly figures',
      releaseId: 'network-quarter-v3',
      series: 'network-quarter',
      version: 3,
      periodFrom: '2025-Q4',
      periodTo: '2026-Q1',
      granularity: 'quarter',
      publishedAt: '2026-04-15T09:00:00.000Z',
      checksum: 'ab'.repeat(32),
      scope: 'network',
      language: 'en',
    });
  });

  it('never shows a withheld value, in JSON or CSV', () => {
    const report = buildReport(testInput());
    expect(reportJson(report)).not.toContain(String(LEAKED));
    expect(reportCsv(report)).not.toContain(String(LEAKED));
    expect(report.countries.countries).toEqual([
      { country: 'DE', value: null, withheld: 'small_count' },
      { country: 'NL', value: 300, withheld: null },
    ]);
    expect(reportCsv(report)).toContain(
      'countries,DE,hotline.urls.csam,2026-Q1,hosting_country,DE,count,,small_count\n',
    );
  });

  it('never states p of the p% rule, nor the unpublished takedown counts', () => {
    const report = buildReport(testInput());
    for (const text of [reportJson(report), reportCsv(report)]) {
      expect(text).not.toContain(String(SECRET_P));
      expect(text).not.toMatch(/"p"\s*:/);
      expect(text).not.toContain('4321');
    }
    expect(report.methodology).toMatchObject({ minContributors: 3, roundingBase: 5, noise: null });
  });

  it('gives the six key figures of the last period against the previous one', () => {
    const figures = byId(buildReport(testInput()).keyFigures);
    expect(Object.keys(figures)).toEqual([
      'reports',
      'csam',
      'actioned',
      'knownShare',
      'medianTakedown',
      'removedWithin3Days',
    ]);
    expect(figures['reports']).toMatchObject({
      period: '2026-Q1',
      value: 1500,
      previous: { period: '2025-Q4', value: 1200, withheld: null },
      change: 0.25,
      changeKind: 'relative',
      changeWithheld: null,
    });
    expect(figures['csam']).toMatchObject({
      value: 400,
      previous: { value: null, withheld: 'dominance' },
      change: null,
      changeWithheld: 'previous_withheld',
    });
    expect(figures['actioned']).toMatchObject({ change: null, changeWithheld: 'previous_zero' });
    expect(figures['knownShare']).toMatchObject({
      value: 0.6,
      previous: { value: null, withheld: 'not_published' },
      changeKind: 'difference',
    });
    expect(figures['medianTakedown']).toMatchObject({
      value: 30,
      previous: { value: 40 },
      change: -0.25,
    });
    expect(figures['removedWithin3Days']!.change).toBeCloseTo(0.1, 10);
  });

  it('keeps trend points with their gaps and the spike explanations of the metric', () => {
    const [received, csam] = buildReport(testInput()).trends;
    expect(received).toMatchObject({
      metric: 'hotline.reports.received',
      points: [
        { period: '2025-Q4', value: 1200, withheld: null },
        { period: '2026-Q1', value: 1500, withheld: null },
      ],
      explanations: [
        { kind: 'spike', period: '2026-Q1', text: 'Reports rose above the expected range.' },
      ],
    });
    expect(csam!.points[0]).toEqual({ period: '2025-Q4', value: null, withheld: 'dominance' });
    expect(csam!.explanations).toEqual([]);
  });

  it('reads takedown times, a withheld distribution whole and a quantile beyond the cut-off as gaps', () => {
    const takedown = buildReport(testInput()).takedown;
    expect(
      takedown.find((t) => t.metric === 'hotline.takedown' && t.period === '2026-Q1'),
    ).toMatchObject({
      withheld: null,
      medianHours: { value: 30, withheld: null },
      p90Hours: { value: null, withheld: 'beyond_cutoff' },
      within72h: { value: 0.7, withheld: null },
    });
    expect(
      takedown.find((t) => t.metric === 'company.takedown' && t.period === '2026-Q1'),
    ).toMatchObject({
      withheld: 'contributors',
      medianHours: { value: null, withheld: 'contributors' },
      within7d: { value: null, withheld: 'contributors' },
    });
  });

  it('lists corrections of the scope and the definitions of its metrics with the release versions', () => {
    const report = buildReport(testInput());
    expect(report.corrections.map((c) => [c.metric, c.scope])).toEqual([
      ['hotline.reports.received', 'network'],
    ]);
    expect(report.methodology.metrics.map((m) => [m.code, m.version])).toEqual([
      ['company.content.actioned', 1],
      ['hotline.reports.csam', 1],
      ['hotline.reports.received', 2],
    ]);
  });

  it('keeps only the figures of the scope', () => {
    const companies = forScope('companies');
    expect(byId(companies.keyFigures)['actioned']!.value).toBe(5000);
    // A companies' report leads with what companies submit, never with hotline figures.
    expect(companies.keyFigures.map((f) => f.id)).toEqual([
      'cybertipline',
      'actioned',
      'accounts',
      'knownShare',
      'medianTakedown',
      'removedWithin3Days',
    ]);
    expect(companies.keyFigures.every((f) => !f.metric.startsWith('hotline.'))).toBe(true);
    expect(companies.corrections.map((c) => c.scope)).toEqual(['companies']);
    expect(companies.takedown.map((t) => t.metric)).toEqual([
      'company.takedown',
      'company.takedown',
    ]);

    const hotlines = forScope('hotlines');
    expect(byId(hotlines.keyFigures)['reports']!.value).toBe(1500);
    expect(byId(hotlines.keyFigures)['actioned']).toBeUndefined();
    expect(hotlines.keyFigures.every((f) => !f.metric.startsWith('company.'))).toBe(true);

    const acme = forScope({ organization: 'acme' });
    expect(byId(acme.keyFigures)['reports']).toMatchObject({
      value: 70,
      previous: { withheld: 'not_published' },
    });
    expect(byId(acme.keyFigures)['csam']!.value).toBeNull();
    expect(acme.countries.countries).toEqual([]);
    expect(acme.takedown).toEqual([]);
    expect(reportCsv(acme)).not.toContain('1500');
  });

  it('reports one country from its hosting_country cells only', () => {
    const nl = forScope({ country: 'NL' });
    expect(nl.titlePage.key).toBe('network-quarter-v3/country:NL/en');
    expect(nl.countries.countries).toEqual([{ country: 'NL', value: 300, withheld: null }]);
    expect(
      nl.trends
        .find((t) => t.metric === 'hotline.reports.received')!
        .points.every((p) => p.value === null),
    ).toBe(true);
    expect(nl.takedown).toEqual([]);
    expect(reportCsv(nl)).not.toContain('1500');

    const de = forScope({ country: 'DE' });
    expect(de.countries.countries).toEqual([
      { country: 'DE', value: null, withheld: 'small_count' },
    ]);
    expect(reportJson(de)).not.toContain(String(LEAKED));
  });

  it('builds an empty release into gaps only', () => {
    const base = testInput();
    const report = buildReport({
      ...base,
      release: { ...base.release, changelog: [] },
      cells: [],
      statistics: [],
    });
    expect(report.keyFigures.every((f) => f.value === null && f.withheld === 'not_published')).toBe(
      true,
    );
    expect(report.knownContent).toEqual([]);
    expect(report.countries.countries).toEqual([]);
    expect(report.corrections).toEqual([]);
    expect(report.appendix.filter((r) => r.value !== null).map((r) => r.section)).toEqual([
      'methodology',
      'methodology',
      'methodology',
      'methodology',
      'methodology',
    ]);
  });

  it('has no periods and no key figures for a release whose bounds are not periods', () => {
    const base = testInput();
    const report = buildReport({ ...base, release: { ...base.release, periodFrom: 'soon' } });
    expect(report.keyFigures).toEqual([]);
    expect(report.trends[0]!.points).toEqual([]);
  });

  it('quotes CSV fields per RFC 4180', () => {
    const base = testInput();
    const report = buildReport({
      ...base,
      cells: [
        ...base.cells,
        cell({
          metric: 'hotline.urls.csam',
          dimension: 'hosting_country',
          dimensionValue: 'X,"Y"',
          value: 5,
        }),
      ],
    });
    expect(reportCsv(report)).toContain('countries,"X,""Y""",hotline.urls.csam');
  });
});
