import { toChangeRows, toShownValue } from './change-rows';

const entry = {
  metric: 'hotline.urls.csam',
  scope: 'network',
  period: '2025-01',
  dimension: 'hosting_country',
  dimensionValue: 'NL',
  before: 540,
  after: 'withheld (secondary)',
};

describe('toShownValue', () => {
  it.each([
    [540, { kind: 'value', value: 540 }],
    [0, { kind: 'value', value: 0 }],
    [null, { kind: 'absent' }],
    [undefined, { kind: 'absent' }],
    ['withheld (contributors)', { kind: 'withheld', reason: 'contributors' }],
    ['withheld (small_count)', { kind: 'withheld', reason: 'small_count' }],
    ['540', null],
    [Number.NaN, null],
  ])('reads %j', (value, expected) => {
    expect(toShownValue(value)).toEqual(expected);
  });
});

describe('toChangeRows', () => {
  it('reads a change with several reasons', () => {
    expect(
      toChangeRows([{ ...entry, delta: null, reasons: ['corrected_submissions', 'late'] }]),
    ).toEqual([
      {
        key: 'hotline.urls.csam|network|2025-01|hosting_country|NL',
        metric: 'hotline.urls.csam',
        scope: 'network',
        period: '2025-01',
        dimension: 'hosting_country',
        dimensionValue: 'NL',
        before: { kind: 'value', value: 540 },
        after: { kind: 'withheld', reason: 'secondary' },
        delta: null,
        reasons: ['corrected_submissions', 'late'],
      },
    ]);
  });

  it('reads a single reason, or none, and a total cell', () => {
    const [withReason, without] = toChangeRows([
      { ...entry, reason: 'disclosure_control' },
      { ...entry, dimension: null, dimensionValue: null, before: null, after: 12 },
    ]);
    expect(withReason!.reasons).toEqual(['disclosure_control']);
    expect(without).toMatchObject({
      key: 'hotline.urls.csam|network|2025-01||',
      dimension: null,
      before: { kind: 'absent' },
      after: { kind: 'value', value: 12 },
      reasons: [],
    });
  });

  it.each([
    ['no changelog', null],
    ['an object instead of a list', { changes: [] }],
    ['an empty list', []],
  ])('gives no rows for %s', (_name, changelog) => {
    expect(toChangeRows(changelog)).toEqual([]);
  });

  it('leaves out entries of an unknown shape', () => {
    expect(
      toChangeRows(['text', { ...entry, metric: 3 }, { ...entry, before: 'nine' }, entry]),
    ).toHaveLength(1);
  });
});
