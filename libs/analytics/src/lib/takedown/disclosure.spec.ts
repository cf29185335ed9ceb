import { describeNetworkTakedown, describeTakedown } from './describe';
import { takedownDisclosure } from './disclosure';
import { T14 } from './takedown.fixtures';

const c = (contributor: string, items: number) => ({ contributor, histogram: { '[0,1)': items } });

describe('disclosure gate for network takedown distributions', () => {
  it.each([
    [
      'three contributors, none dominant',
      [c('a', 40), c('b', 30), c('c', 30)],
      { publishable: true },
    ],
    [
      'exactly 85 % is allowed (the rule is "more than")',
      [c('a', 85), c('b', 10), c('c', 5)],
      { publishable: true },
    ],
    [
      'more than 85 %',
      [c('a', 86), c('b', 10), c('c', 4)],
      { publishable: false, reason: 'dominance' },
    ],
    ['two contributors', [c('a', 50), c('b', 50)], { publishable: false, reason: 'contributors' }],
    [
      'a contributor without items does not count',
      [c('a', 50), c('b', 50), c('c', 0)],
      { publishable: false, reason: 'contributors' },
    ],
    [
      'one organization sending twice is one contributor',
      [c('a', 30), c('a', 30), c('b', 40)],
      { publishable: false, reason: 'contributors' },
    ],
    ['nothing at all', [], { publishable: false, reason: 'contributors' }],
  ])('%s', (_name, contributions, expected) => {
    expect(takedownDisclosure(contributions)).toEqual(expected);
  });

  it('counts not-removed items in the dominance share', () => {
    const contributions = [
      { contributor: 'a', histogram: { '[0,1)': 10, not_removed: 90 } },
      c('b', 5),
      c('c', 5),
    ];
    expect(takedownDisclosure(contributions)).toEqual({ publishable: false, reason: 'dominance' });
  });
});

describe('describeTakedown', () => {
  it('T14: the publishable summary', () => {
    const d = describeTakedown(T14);
    expect(d).toMatchObject({ notified: 1110, removed: 1110, notRemoved: 0 });
    expect(d.within24h).toBeCloseTo(0.8378, 4);
    expect(d.within72h).toBeCloseTo(0.964, 4);
    expect(d.within7d).toBeCloseTo(0.991, 4);
    expect(d.median).toMatchObject({ bucket: '[2,4)', point: expect.closeTo(3.275, 10) });
    expect(d.p90).toMatchObject({ bucket: '[24,48)', point: expect.closeTo(40.56, 10) });
  });

  it('an empty histogram has null shares and quantiles', () => {
    expect(describeTakedown({})).toMatchObject({
      notified: 0,
      within24h: null,
      median: null,
      p90: null,
    });
  });

  it('network: refuses with the reason only, or merges and describes', () => {
    expect(describeNetworkTakedown([c('a', 1)])).toEqual({
      publishable: false,
      reason: 'contributors',
    });
    const ok = describeNetworkTakedown(
      [c('a', 40), c('b', 30), { contributor: 'c', histogram: { not_removed: 30 } }],
      {
        interpolation: 'geometric',
      },
    );
    expect(ok).toMatchObject({
      publishable: true,
      description: { notified: 100, notRemoved: 30, within24h: 0.7 },
    });
  });
});
