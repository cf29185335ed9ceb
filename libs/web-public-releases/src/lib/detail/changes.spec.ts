import { countReasons, groupChanges, toChangeRows, toShownValue, type ChangeRow } from './changes';

const entry = (overrides: Record<string, unknown> = {}) => ({
  metric: 'hotline.reports.received',
  scope: 'network',
  period: '2026-03',
  dimension: null,
  dimensionValue: null,
  before: 4200,
  after: 4700,
  delta: 500,
  reasons: ['corrected_submissions'],
  ...overrides,
});

describe('toShownValue', () => {
  it.each<[unknown, ReturnType<typeof toShownValue>]>([
    [4200, { kind: 'value', value: 4200 }],
    [0, { kind: 'value', value: 0 }],
    ['withheld (small_count)', { kind: 'withheld', reason: 'small_count' }],
    ['withheld (secondary)', { kind: 'withheld', reason: 'secondary' }],
    [null, { kind: 'absent' }],
    [undefined, { kind: 'absent' }],
    ['4200', null],
    ['withheld', null],
    [Number.NaN, null],
    [{ value: 1 }, null],
  ])('reads %p', (value, expected) => {
    expect(toShownValue(value)).toEqual(expected);
  });
});

describe('toChangeRows', () => {
  it('reads an entry of the changelog, working out the change itself', () => {
    expect(toChangeRows([entry({ delta: 999 })])).toEqual([
      {
        key: 'hotline.reports.received|network|2026-03||',
        metric: 'hotline.reports.received',
        scope: 'network',
        period: '2026-03',
        dimension: null,
        dimensionValue: null,
        before: { kind: 'value', value: 4200 },
        after: { kind: 'value', value: 4700 },
        delta: 500,
        reasons: ['corrected_submissions'],
      },
    ]);
  });

  it('has no change figure when a side is withheld or absent', () => {
    const rows = toChangeRows([
      entry({ after: 'withheld (dominance)' }),
      entry({ period: '2026-04', before: null }),
    ]);
    expect(rows.map((row) => row.delta)).toEqual([null, null]);
  });

  it.each<[string, unknown]>([
    ['not a list', { metric: 'x' }],
    ['null', null],
    ['a string', 'changelog'],
  ])('gives no rows for %s', (_name, changelog) => {
    expect(toChangeRows(changelog)).toEqual([]);
  });

  it('leaves out entries of an unknown shape and keeps the others', () => {
    const rows = toChangeRows([
      entry(),
      null,
      'text',
      entry({ metric: 7 }),
      entry({ period: '' }),
      entry({ before: 'hidden' }),
      entry({ reasons: 'corrected_submissions', period: '2026-05' }),
      entry({ reasons: ['late_submissions', 3], period: '2026-06' }),
    ]);
    expect(rows.map((row) => [row.period, row.reasons])).toEqual([
      ['2026-03', ['corrected_submissions']],
      ['2026-05', []],
      ['2026-06', ['late_submissions']],
    ]);
  });
});

describe('groupChanges', () => {
  const row = (metric: string, period: string, dimension: string | null = null, value = '') =>
    toChangeRows([
      entry({ metric, period, dimension, dimensionValue: dimension ? value : null }),
    ])[0]!;

  it('groups by metric in catalogue order, unknown metrics last, totals first', () => {
    const rows: ChangeRow[] = [
      row('zeta.unknown', '2026-01'),
      row('b.metric', '2026-02', 'content_type', 'video'),
      row('b.metric', '2026-03'),
      row('a.metric', '2026-02'),
      row('b.metric', '2026-02', 'content_type', 'image'),
      row('alpha.unknown', '2026-01'),
      row('b.metric', '2026-01'),
    ];
    const groups = groupChanges(rows, ['a.metric', 'b.metric']);
    expect(
      groups.map((g) => [g.metric, g.rows.map((r) => `${r.period}${r.dimensionValue ?? ''}`)]),
    ).toEqual([
      ['a.metric', ['2026-02']],
      ['b.metric', ['2026-01', '2026-03', '2026-02image', '2026-02video']],
      ['alpha.unknown', ['2026-01']],
      ['zeta.unknown', ['2026-01']],
    ]);
  });

  it('gives no groups for no rows', () => {
    expect(groupChanges([], ['a.metric'])).toEqual([]);
  });
});

describe('countReasons', () => {
  it('counts each reason once per row, most frequent first', () => {
    const rows = toChangeRows([
      entry({ reasons: ['late_submissions', 'corrected_submissions'] }),
      entry({ period: '2026-04', reasons: ['corrected_submissions', 'corrected_submissions'] }),
      entry({ period: '2026-05', reasons: ['disclosure_control'] }),
      entry({ period: '2026-06', reasons: [] }),
    ]);
    expect(countReasons(rows)).toEqual([
      { reason: 'corrected_submissions', count: 2 },
      { reason: 'disclosure_control', count: 1 },
      { reason: 'late_submissions', count: 1 },
    ]);
  });
});
