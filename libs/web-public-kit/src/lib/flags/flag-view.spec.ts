import { toFlagView, toFlagViews, type FlagRow } from './flag-view';

// Shapes as the demo's `spikes` query returns them.
const SPIKE: FlagRow = {
  kind: 'spike',
  metric: 'hotline.reports.csam',
  scope: 'network',
  period: '2025-03',
  data: {
    kind: 'spike',
    next: { period: '2025-04', status: 'returned', periodLabel: 'April 2025' },
    text: 'March 2025: 25,233 reports, about 31 % above the expected ~19,200 …',
    upper: 21761,
    period: '2025-03',
    expected: 19249.0663806908,
    observed: 25233,
    annotations: [],
    increasePct: 31.086877155308816,
    periodLabel: 'March 2025',
    breakInSeries: false,
    knownShareOfIncrease: 1.200714650323066,
  },
};

const SHIFT: FlagRow = {
  kind: 'level_shift',
  metric: 'hotline.reports.csam',
  scope: 'network',
  period: '2025-12',
  data: {
    kind: 'level_shift',
    text: 'From December 2025, reports kept rising, but below their earlier trend …',
    after: 23053.1,
    before: 20813.26923076923,
    period: '2025-12',
    changePct: 10.761551894593866,
    direction: 'down',
    annotations: [],
    breakInSeries: true,
  },
};

describe('toFlagView', () => {
  it('reads a spike, with the known share of the rise clamped to 100 %', () => {
    expect(toFlagView(SPIKE)).toEqual({
      kind: 'spike',
      metric: 'hotline.reports.csam',
      scope: 'network',
      period: '2025-03',
      breakInSeries: false,
      observed: 25233,
      expected: 19249.0663806908,
      upper: 21761,
      increase: 31.086877155308816 / 100,
      knownShare: 1,
      next: { period: '2025-04', status: 'returned' },
    });
  });

  it('says a level rose when it rose, whatever its direction against the trend', () => {
    expect(toFlagView(SHIFT)).toEqual({
      kind: 'level_shift',
      metric: 'hotline.reports.csam',
      scope: 'network',
      period: '2025-12',
      breakInSeries: true,
      moved: 'up',
      before: 20813.26923076923,
      after: 23053.1,
      change: 10.761551894593866 / 100,
    });
  });

  it('says a level fell when it fell', () => {
    const fell = {
      ...SHIFT,
      data: { ...(SHIFT.data as object), before: 30, after: 20, direction: 'up' },
    };
    expect(toFlagView(fell)).toMatchObject({ moved: 'down', before: 30, after: 20 });
  });

  it.each<[string, FlagRow]>([
    ['a spike without its numbers', { ...SPIKE, data: { observed: 3 } }],
    ['a shift without before and after', { ...SHIFT, data: { after: 3 } }],
    ['data that is not an object', { ...SPIKE, data: 'spike' }],
    ['an unknown kind', { ...SPIKE, kind: 'takedown' }],
    [
      'a row without a period',
      { ...SPIKE, period: null, data: { ...(SPIKE.data as object), period: '' } },
    ],
  ])('skips %s', (_name, row) => {
    expect(toFlagView(row)).toBeNull();
  });

  it('reads optional fields as null when they are missing', () => {
    const bare = { ...SPIKE, data: { observed: 5, expected: 0, upper: 2 } };
    expect(toFlagView(bare)).toMatchObject({ increase: null, knownShare: null, next: null });
  });
});

describe('toFlagViews', () => {
  it('orders the newest period first, drops malformed rows and keeps at most the limit', () => {
    const older = { ...SPIKE, metric: 'content.files.known', period: '2025-03' };
    const flags = toFlagViews([older, SPIKE, { ...SPIKE, data: null }, SHIFT], 2);
    expect(flags.map((flag) => [flag.period, flag.metric])).toEqual([
      ['2025-12', 'hotline.reports.csam'],
      ['2025-03', 'content.files.known'],
    ]);
  });

  it('is empty for no rows', () => {
    expect(toFlagViews([])).toEqual([]);
  });
});
