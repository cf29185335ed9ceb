import { buildReport, type Report } from '@candor/reports';
import { testInput } from '../../../reports/src/lib/report-input.fixture';
import { reportChanges } from './report-changes';

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
