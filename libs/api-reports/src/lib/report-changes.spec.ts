import { buildReport, type CellInput, type Report, type ReportInput } from '@candor/reports';
import { reportChanges } from './report-changes';

const received = (period: string, value: number): CellInput => ({
  metric: 'hotline.reports.received',
  scope: 'network',
  period,
  dimension: null,
  dimensionValue: null,
  value,
  suppression: null,
});

/** A small quarterly release with one corrected figure. */
function testInput(): ReportInput {
  return {
    release: {
      id: 'network-quarter-v3',
      series: 'network-quarter',
      version: 3,
      title: 'Network quarterly figures',
      periodFrom: '2025-Q4',
      periodTo: '2026-Q1',
      granularity: 'quarter',
      publishedAt: '2026-04-15T09:00:00.000Z',
      checksum: 'ab'.repeat(32),
      options: { minContributors: 3, roundingBase: null, noise: null },
      definitionVersions: {},
      changelog: [
        {
          metric: 'hotline.reports.received',
          scope: 'network',
          period: '2025-Q4',
          dimension: null,
          dimensionValue: null,
          before: 1190,
          after: 1200,
          delta: 10,
          reasons: ['corrected_submissions'],
        },
      ],
    },
    cells: [received('2025-Q4', 1200), received('2026-Q1', 1500)],
    statistics: [],
    metrics: [
      {
        code: 'hotline.reports.received',
        label: 'Reports received',
        unit: 'reports',
        definition: 'Reports received by the hotline in the period.',
        version: 1,
      },
    ],
    definition: { releaseId: 'network-quarter-v3', scope: 'network', language: 'en' },
  };
}

const label = (metric: string) => `«${metric}»`;

function withRelease(report: Report, version: number, periodTo: string): Report {
  return { ...report, titlePage: { ...report.titlePage, version, periodTo } };
}

describe('reportChanges', () => {
  it('says which release, which periods and which published counts changed', () => {
    const before = buildReport(testInput());
    const input = testInput();
    const after = buildReport({
      ...input,
      cells: input.cells.map((c) =>
        c.metric === 'hotline.reports.received' && c.scope === 'network' && c.dimension === null
          ? { ...c, value: (c.value ?? 0) + 7 }
          : c,
      ),
    });
    const lines = reportChanges(before, withRelease(after, 4, '2026-Q2'), label);
    expect(lines[0]).toBe('Built from release network-quarter v4 instead of network-quarter v3.');
    expect(lines[1]).toBe('Covers 2025-Q4–2026-Q2 instead of 2025-Q4–2026-Q1.');
    expect(lines).toContain('1 figure corrected since the previous release.');
    expect(lines.some((l) => l.startsWith('«hotline.reports.received», 2026-Q1:'))).toBe(true);
  });

  it('writes in the report’s language and says when nothing changed', () => {
    const report = buildReport({
      ...testInput(),
      release: { ...testInput().release, changelog: [] },
    });
    const french = { ...report, titlePage: { ...report.titlePage, language: 'fr' as const } };
    expect(reportChanges(french, french, label)).toEqual(['Aucun chiffre publié n’a changé.']);
  });

  it('shows a withheld figure by its reason, never a number', () => {
    const before = buildReport(testInput());
    const input = testInput();
    const after = buildReport({
      ...input,
      cells: input.cells.map((c) =>
        c.metric === 'hotline.reports.received' && c.scope === 'network' && c.dimension === null
          ? { ...c, value: 424_242, suppression: 'secondary' }
          : c,
      ),
    });
    const lines = reportChanges(before, after, label).join('\n');
    expect(lines).toContain('(secondary)');
    expect(lines).not.toContain('424');
  });
});
