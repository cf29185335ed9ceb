import type { ChartSeries, ChartTable } from './chart-table';
import { seriesTable } from './chart-table';
import { csvColumns, csvFileName, csvNumber, toCsv } from './csv';

const REPORTS: ChartSeries = { id: 'reports', label: 'Reports received', kind: 'count' };
const table = (points: { period: string; value: number | null; suppression?: string | null }[]) =>
  seriesTable(points, REPORTS, { keyLabel: 'Period' });

describe('toCsv', () => {
  it('has only the header for an empty series', () => {
    expect(toCsv(table([]))).toBe('period,reports,suppression\n');
  });

  it('writes one point', () => {
    expect(toCsv(table([{ period: '2026-Q3', value: 76_308 }]))).toBe(
      'period,reports,suppression\n2026-Q3,76308,\n',
    );
  });

  it('writes suppressed points as an empty value and the reason, never as zero', () => {
    expect(
      toCsv(
        table([
          { period: '2026-01', value: null, suppression: 'contributors' },
          { period: '2026-02', value: 7, suppression: 'dominance' },
          { period: '2026-03', value: null },
        ]),
      ),
    ).toBe(
      'period,reports,suppression\n2026-01,,contributors\n2026-02,,dominance\n2026-03,,not_published\n',
    );
  });

  it('keeps zero as a figure', () => {
    expect(toCsv(table([{ period: '2026', value: 0 }]))).toBe(
      'period,reports,suppression\n2026,0,\n',
    );
  });

  it('writes huge counts in full, without grouping or exponent', () => {
    expect(
      toCsv(
        table([
          { period: '2025', value: 45_000_000 },
          { period: '2026', value: Number.MAX_SAFE_INTEGER },
        ]),
      ),
    ).toBe('period,reports,suppression\n2025,45000000,\n2026,9007199254740991,\n');
  });

  it('writes several series with a reason column each, in a fixed order', () => {
    const multi: ChartTable = {
      keyId: 'hosting_country',
      keyLabel: 'Country',
      keyKind: 'category',
      keyLabels: { NL: 'Netherlands' },
      series: [
        { id: 'median_hours', label: 'Median', kind: 'hours' },
        { id: 'within_72h', label: 'Within 3 days', kind: 'share' },
      ],
      rows: [
        {
          key: 'NL',
          cells: {
            median_hours: { value: 36.361, gap: null },
            within_72h: { value: 0.66995, gap: null },
          },
        },
        {
          key: 'US',
          cells: { within_72h: { value: null, gap: 'secondary' } },
        },
      ],
    };
    expect(csvColumns(multi)).toEqual([
      'hosting_country',
      'median_hours',
      'median_hours_suppression',
      'within_72h',
      'within_72h_suppression',
    ]);
    expect(toCsv(multi)).toBe(
      [
        'hosting_country,median_hours,median_hours_suppression,within_72h,within_72h_suppression',
        'NL,36.4,,0.670,',
        'US,,not_published,,secondary',
        '',
      ].join('\n'),
    );
  });

  it('quotes keys holding commas, quotes or line breaks', () => {
    expect(toCsv(table([{ period: 'a,"b"', value: 1 }]))).toBe(
      'period,reports,suppression\n"a,""b""",1,\n',
    );
  });

  it('gives the same text for the same table', () => {
    const points = [
      { period: '2026-01', value: 3 },
      { period: '2026-02', value: null, suppression: 'secondary' },
    ];
    expect(toCsv(table(points))).toBe(toCsv(table(points.map((p) => ({ ...p })))));
  });
});

describe('csvNumber', () => {
  it.each<[number, Parameters<typeof csvNumber>[1], string]>([
    [1234567, 'count', '1234567'],
    [0.5, 'share', '0.500'],
    [0.61297, 'share', '0.613'],
    [36.36, 'hours', '36.4'],
    [2.4, 'ratio', '2.40'],
    [-3, 'count', '-3'],
    [Number.NaN, 'count', ''],
  ])('writes %p (%s) as %p', (value, kind, expected) => {
    expect(csvNumber(value, kind)).toBe(expected);
  });
});

describe('csvFileName', () => {
  it.each<[string[], string]>([
    [['network-quarter', 'v1', 'reports'], 'network-quarter-v1-reports.csv'],
    [['Reports received', '2026-Q3'], 'reports-received-2026-q3.csv'],
    [['', '  '], 'chart.csv'],
    [['Médiane / 72 h'], 'm-diane-72-h.csv'],
  ])('names %p %p', (parts, expected) => {
    expect(csvFileName(...parts)).toBe(expected);
  });
});
