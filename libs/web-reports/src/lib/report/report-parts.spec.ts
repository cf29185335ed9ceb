import { wordsFor } from '../i18n';
import { testMeta, testReport } from '../fixtures/report.fixture';
import { createReportFormat } from '../shared/format';
import { chartRows, emptyPeriods } from './chart-rows';
import { citationText } from './citation';
import { correctionReasons, correctionSide } from './corrections-section';
import { versionEntries } from './versions';

const en = createReportFormat('en', wordsFor('en'));

describe('citationText', () => {
  it('cites title, scope, report version, the release, date, address and checksum', () => {
    expect(
      citationText(
        {
          title: 'Network monthly figures',
          scope: 'Whole network',
          version: 2,
          releaseSeries: 'network-month',
          releaseVersion: 4,
          publishedAt: '2026-04-16T10:00:00.000Z',
          checksum: 'ab'.repeat(32),
        },
        'https://candor.example/reports/network-month-v4/network/en',
        wordsFor('en'),
        en,
      ),
    ).toBe(
      'Candor (2026). Network monthly figures: Whole network, report version 2 [transparency report on release network-month, version 4]. Published April 16, 2026. https://candor.example/reports/network-month-v4/network/en. Release checksum (SHA-256): ' +
        'ab'.repeat(32) +
        '.',
    );
  });
});

describe('versionEntries', () => {
  it('lists the versions newest first, this one marked', () => {
    const entries = versionEntries(testMeta(), 4);
    expect(entries.map((e) => [e.version, e.current])).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  it('adds a version awaiting approval, which is not among the published ones', () => {
    const meta = testMeta({
      key: 'network-month-v5/network/en',
      version: 3,
      status: 'awaiting_approval',
      publishedAt: null,
    });
    expect(versionEntries(meta, 5).map((e) => [e.version, e.releaseVersion, e.current])).toEqual([
      [3, 5, true],
      [2, 4, false],
      [1, 3, false],
    ]);
  });
});

describe('corrections', () => {
  it('shows each side as a number or in words, and translates the reasons', () => {
    expect(correctionSide(1180, en)).toBe('1,180');
    expect(correctionSide('withheld (dominance)', en)).toBe('withheld (one contributor dominates)');
    expect(correctionSide(null, en)).toBe('not published');
    expect(correctionReasons(['late_submissions', 'new_reason'], wordsFor('de'))).toEqual([
      'verspätete Meldungen',
      'new_reason',
    ]);
  });
});

describe('chart rows', () => {
  it('keeps a withheld figure as a gap, never a zero, and finds periods with no figure at all', () => {
    const series = [
      {
        id: 'a.b',
        label: 'A',
        points: [
          { period: '1', value: 5 },
          { period: '2', value: null },
        ],
      },
      { id: 'c.d', label: 'C', points: [{ period: '1', value: 0 }] },
    ];
    expect(chartRows(series, ['1', '2'])).toEqual([
      { period: '1', s0: 5, s1: 0 },
      { period: '2', s0: null, s1: null },
    ]);
    expect(emptyPeriods(series, ['1', '2'])).toEqual(['2']);
  });

  it('draws the trends of the fixture with the withheld month as a gap', () => {
    const trend = testReport().trends[0]!;
    const rows = chartRows(
      [{ id: trend.metric, label: trend.label, points: trend.points }],
      trend.points.map((p) => p.period),
    );
    expect(rows.map((r) => r['s0'])).toEqual([1200, 1250, 1180, null, 1320, 1900]);
  });
});
