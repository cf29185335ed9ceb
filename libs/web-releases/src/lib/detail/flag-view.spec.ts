import { toFlagView, toFlagViews } from './flag-view';

const spike = {
  kind: 'spike',
  metric: 'hotline.reports.csam',
  period: '2025-03',
  data: {
    kind: 'spike',
    period: '2025-03',
    observed: 1240,
    expected: 850,
    upper: 1010,
    increasePct: 45,
    knownShareOfIncrease: 0.8,
    next: { period: '2025-04', periodLabel: 'April 2025', status: 'returned' },
    breakInSeries: false,
    annotations: [],
    text: 'March 2025: 1,240 reports, about 46 % above the expected ~850.',
  },
};

describe('toFlagView', () => {
  it('reads a spike with its drivers and what followed', () => {
    expect(toFlagView(spike)).toEqual({
      kind: 'spike',
      metric: 'hotline.reports.csam',
      scope: 'network',
      period: '2025-03',
      observed: 1240,
      expected: 850,
      upper: 1010,
      increase: 0.45,
      knownShare: 0.8,
      next: { period: '2025-04', status: 'returned' },
      breakInSeries: false,
      text: 'March 2025: 1,240 reports, about 46 % above the expected ~850.',
    });
  });

  it('reads a spike where almost nothing was expected', () => {
    const view = toFlagView({
      ...spike,
      data: { observed: 12, expected: 0, upper: 2, increasePct: null, breakInSeries: true },
    });
    expect(view).toMatchObject({
      increase: null,
      knownShare: null,
      next: null,
      breakInSeries: true,
      text: null,
    });
  });

  it('reads a level shift down', () => {
    expect(
      toFlagView({
        kind: 'level_shift',
        metric: 'company.notices.sent',
        period: '2025-07',
        data: { direction: 'down', before: 400, after: 300, changePct: -25, text: 'Fell.' },
      }),
    ).toEqual({
      kind: 'level_shift',
      metric: 'company.notices.sent',
      scope: 'network',
      period: '2025-07',
      moved: 'down',
      before: 400,
      after: 300,
      change: -0.25,
      breakInSeries: false,
      text: 'Fell.',
    });
  });

  it('says where the level went when the shift was found against the trend', () => {
    const view = toFlagView({
      kind: 'level_shift',
      metric: 'hotline.reports.csam',
      period: '2025-12',
      data: { direction: 'down', before: 20813, after: 23053, changePct: 10.8, text: 'Slower.' },
    });
    expect(view).toMatchObject({ moved: 'up', before: 20813, after: 23053 });
  });

  it.each([
    ['data that is not an object', { ...spike, data: 'spike' }],
    ['a spike without its expected level', { ...spike, data: { observed: 3, upper: 2 } }],
    ['a number given as text', { ...spike, data: { ...spike.data, observed: '1240' } }],
    [
      'a level shift without a direction',
      { kind: 'level_shift', metric: 'm', period: '2025-01', data: { before: 1, after: 2 } },
    ],
    ['another kind of statistic', { ...spike, kind: 'takedown' }],
    ['no period at all', { ...spike, period: null, data: { observed: 1, expected: 1, upper: 1 } }],
  ])('skips %s', (_name, row) => {
    expect(toFlagView(row)).toBeNull();
  });
});

describe('toFlagViews', () => {
  it('orders by period then metric and drops malformed rows', () => {
    const views = toFlagViews([
      { ...spike, period: '2025-05', metric: 'b' },
      { ...spike, period: '2025-02', metric: 'z' },
      { ...spike, period: '2025-05', metric: 'a' },
      { ...spike, data: null },
    ]);
    expect(views.map((v) => `${v.period} ${v.metric}`)).toEqual([
      '2025-02 z',
      '2025-05 a',
      '2025-05 b',
    ]);
  });

  it('gives nothing for no rows', () => {
    expect(toFlagViews([])).toEqual([]);
  });
});
