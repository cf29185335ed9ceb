import { detectSpikes } from '../spikes/detect-spikes';
import type { LevelShiftReport } from '../spikes/level-shift';
import { monthly } from '../spikes/vectors.fixtures';
import { explainFlags } from './explain-report';
import { explainLevelShift } from './explain-level-shift';
import { explainSpike, knownShareOfIncrease } from './explain-spike';

const reports = { one: 'confirmed report', other: 'confirmed reports' };

describe('explainSpike', () => {
  const march = {
    period: '2026-03',
    observed: 1240,
    expected: 850,
    upper: 1010,
    measure: reports,
    content: {
      files: { observed: 5000, expected: 4000 },
      known: { observed: 3110, expected: 2500 },
    },
    top10: { share: 0.38, usualShare: 0.12 },
    next: { period: '2026-04', observed: 870, upper: 1015 },
  };

  it('writes the design’s example sentence from the numbers given', () => {
    expect(explainSpike(march).text).toBe(
      'March 2026: 1,240 confirmed reports, about 46 % above the expected ~850 (normal range up to 1,010). ' +
        'What drove it: 61 % of the increase is re-shared known content; the ten most repeated items made up 38 % of files against 12 % usually. ' +
        'April returned to the expected level.',
    );
  });

  it('returns the same content as data for translation', () => {
    expect(explainSpike(march)).toMatchObject({
      kind: 'spike',
      period: '2026-03',
      periodLabel: 'March 2026',
      observed: 1240,
      expected: 850,
      upper: 1010,
      increasePct: expect.closeTo(45.88, 2),
      knownShareOfIncrease: expect.closeTo(0.61, 10),
      top10Share: 0.38,
      usualTop10Share: 0.12,
      next: { period: '2026-04', periodLabel: 'April 2026', status: 'returned' },
      annotations: [],
      breakInSeries: false,
    });
  });

  it('leaves out what was not given', () => {
    const e = explainSpike({
      period: '2026-Q1',
      observed: 30,
      expected: 12,
      upper: 22,
      measure: reports,
    });
    expect(e.text).toBe(
      'Q1 2026: 30 confirmed reports, about 150 % above the expected ~12 (normal range up to 22).',
    );
    expect(e).not.toHaveProperty('knownShareOfIncrease');
    expect(e).not.toHaveProperty('next');
  });

  it.each([
    [{ observed: 5000, expected: 4000 }, { observed: 3600, expected: 2500 }, 'all of the increase'],
    [
      { observed: 5000, expected: 4000 },
      { observed: 2400, expected: 2500 },
      'none of the increase',
    ],
  ])('bounds the known share in words (files %p, known %p)', (files, known, phrase) => {
    expect(explainSpike({ ...march, content: { files, known }, top10: undefined }).text).toContain(
      `What drove it: ${phrase} is re-shared known content.`,
    );
  });

  it('no rise in files: no known-content share', () => {
    expect(
      knownShareOfIncrease({
        files: { observed: 10, expected: 10 },
        known: { observed: 5, expected: 1 },
      }),
    ).toBeUndefined();
  });

  it('a next period at the top of its normal range has returned', () => {
    expect(
      explainSpike({ ...march, next: { period: '2026-04', observed: 1015, upper: 1015 } }).next
        ?.status,
    ).toBe('returned');
  });

  it('says when the next period stayed high, and handles an expected 0 and a single count', () => {
    expect(
      explainSpike({ ...march, next: { period: '2026-04', observed: 1300, upper: 1015 } }).text,
    ).toContain('April stayed above the normal range.');
    const zero = explainSpike({
      period: '2026-03',
      observed: 1,
      expected: 0,
      upper: 0,
      measure: reports,
    });
    expect(zero.text).toBe(
      'March 2026: 1 confirmed report, where almost none were expected (normal range up to 0).',
    );
    expect(zero.increasePct).toBeNull();
  });

  it('notes a coinciding reporting change, and calls a new contributor a break in series', () => {
    const annotations = [
      { period: '2026-03', kind: 'reporting_change' as const, label: 'started hash matching' },
      { period: '2026-02', kind: 'new_contributor' as const, label: 'new contributor' },
    ];
    const noted = explainSpike({ ...march, annotations });
    expect(noted.text).toMatch(/Recorded reporting change in March 2026: started hash matching\.$/);
    expect(noted.annotations).toEqual([annotations[0]]);
    const broken = explainSpike({
      ...march,
      annotations: [{ period: '2026-03', kind: 'new_contributor', label: 'new contributor' }],
    });
    expect(broken.breakInSeries).toBe(true);
    expect(broken.text).toMatch(
      /Recorded in March 2026: new contributor\. A new contributor is a break in the series, not a spike\.$/,
    );
  });
});

describe('explainLevelShift', () => {
  it('dates the change and compares the levels', () => {
    const e = explainLevelShift({
      period: '2025-07',
      direction: 'up',
      before: 850,
      after: 1199,
      measure: reports,
    });
    expect(e.text).toBe(
      'From July 2025, confirmed reports rose to a new level: about 1,200 a month against ~850 before (+41 %).',
    );
    expect(e).toMatchObject({
      kind: 'level_shift',
      changePct: expect.closeTo(41.06, 2),
      breakInSeries: false,
    });
  });

  it('says a series kept its course at another pace when the shift is against its trend', () => {
    const e = explainLevelShift({
      period: '2025-12',
      direction: 'down',
      before: 20813,
      after: 23053,
      measure: reports,
    });
    expect(e.text).toBe(
      'From December 2025, confirmed reports kept rising, but below their earlier trend, about 23,100 a month against ~20,800 before (+11 %).',
    );
  });

  it('falls, per quarter, with a new contributor noted', () => {
    const e = explainLevelShift({
      period: '2025-Q3',
      direction: 'down',
      before: 3000,
      after: 2100,
      measure: reports,
      annotations: [{ period: '2025-Q3', kind: 'new_contributor', label: 'a company joined' }],
    });
    expect(e.text).toBe(
      'From Q3 2025, confirmed reports fell to a new level: about 2,100 a quarter against ~3,000 before (−30 %). ' +
        'Recorded in Q3 2025: a company joined. A new contributor is a break in the series, not a change of level.',
    );
    expect(e.breakInSeries).toBe(true);
  });

  it('has no percentage from a level of zero', () => {
    const e = explainLevelShift({
      period: '2025-07',
      direction: 'up',
      before: 0,
      after: 40,
      measure: reports,
    });
    expect(e.changePct).toBeNull();
    expect(e.text).toBe(
      'From July 2025, confirmed reports rose to a new level: about 40 a month against ~0 before.',
    );
  });
});

describe('explainFlags', () => {
  it('explains each spike of a report with the following period and the figures by period', () => {
    const values = [850, 860, 840, 855, 845, 850, 865, 835, 850, 860, 845, 855, 1240, 850, 858];
    const spikes = detectSpikes(monthly(values, '2025-03'));
    const shifts: LevelShiftReport = {
      shifts: [
        {
          period: '2026-04',
          index: 13,
          direction: 'up',
          before: 850,
          after: 1200,
          changePct: 41,
          signalPeriod: '2026-05',
          datedBy: 'pelt',
        },
      ],
      standardized: [],
    };
    const explanations = explainFlags(spikes, shifts, {
      measure: reports,
      top10: { '2026-03': { share: 0.38, usualShare: 0.12 } },
    });
    expect(explanations.map((e) => [e.kind, e.period])).toEqual([
      ['spike', '2026-03'],
      ['level_shift', '2026-04'],
    ]);
    expect(explanations[0]?.text).toMatch(
      /^March 2026: 1,240 confirmed reports, about 4\d % above the expected ~8\d\d .*the ten most repeated items made up 38 % of files against 12 % usually\. April returned to the expected level\.$/,
    );
  });
});
