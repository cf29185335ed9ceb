import { detectSpikes, isSpike } from './detect-spikes';
import { negativeBinomial, poisson, rng } from './random.fixtures';
import { monthly } from './vectors.fixtures';

function clean(seed: number, length: number, mean = 850, growth = 0.005): number[] {
  const u = rng(seed);
  return Array.from({ length }, (_, t) => poisson(mean * Math.exp(growth * t), u));
}

describe('the spike rule', () => {
  it.each([
    [
      'T20: 15 against 7.5, Poisson bound 15 (not above it)',
      { observed: 15, expected: 7.5, upper: 15 },
      false,
    ],
    [
      'T20: 15 against 7.5, negative-binomial bound 20',
      { observed: 15, expected: 7.5, upper: 20 },
      false,
    ],
    ['above the bound but only 7.5 counts up', { observed: 16, expected: 7.5, upper: 15 }, false],
    ['above the bound, 10 counts and 133 % up', { observed: 17.5, expected: 7.5, upper: 15 }, true],
    [
      'above the bound, 150 counts but 15 % up',
      { observed: 1150, expected: 1000, upper: 1080 },
      false,
    ],
    ['exactly 20 % and above the bound', { observed: 1200, expected: 1000, upper: 1080 }, true],
    ['exactly at the bound', { observed: 1300, expected: 1000, upper: 1300 }, false],
    ['nothing expected, 10 counts', { observed: 10, expected: 0, upper: 0 }, true],
  ])('%s → %p', (_name, figures, expected) => {
    expect(isSpike(figures)).toBe(expected);
  });

  it('takes other thresholds', () => {
    expect(isSpike({ observed: 16, expected: 7.5, upper: 15 }, { minAbsoluteIncrease: 5 })).toBe(
      true,
    );
  });
});

describe('detectSpikes', () => {
  it('flags an injected spike (1,240 against ~850) and nothing else', () => {
    const values = clean(1, 36, 850, 0);
    values[26] = 1240;
    const report = detectSpikes(monthly(values));
    expect(report.spikes.map((s) => s.period)).toEqual(['2024-03']);
    const [spike] = report.spikes;
    expect(spike?.expected).toBeGreaterThan(820);
    expect(spike?.expected).toBeLessThan(880);
    expect(spike?.increasePct).toBeGreaterThan(40);
    expect(spike?.pValue).toBeLessThan(0.01);
    expect(spike?.observed).toBeGreaterThan(spike?.upper as number);
  });

  it.each([1, 2, 3, 4, 5])('does not flag clean Poisson data with a trend (seed %p)', (seed) => {
    expect(detectSpikes(monthly(clean(seed, 48))).spikes).toEqual([]);
  });

  it('keeps false flags near 1 % per point on over-dispersed clean data (negative binomial)', () => {
    // 16 series × 24 months, size 8 (variance 16 × the mean): 99 % bounds, a few exceedances.
    let tested = 0;
    let above = 0;
    for (let seed = 1; seed <= 16; seed++) {
      const u = rng(seed * 7919);
      const values = Array.from({ length: 24 }, () => negativeBinomial(120, 8, u));
      for (const p of detectSpikes(monthly(values)).points) {
        if (p.status !== 'tested') continue;
        tested++;
        if (p.observed > p.upper) above++;
      }
    }
    expect(tested).toBe(384);
    expect(above / tested).toBeLessThan(0.025);
  });

  it('needs 20 % and 10 counts above expected, not only the prediction bound', () => {
    const base = Array.from({ length: 24 }, (_, t) => 1000 + (t % 2 === 0 ? 5 : -5));
    base[20] = 1150; // far above the bound for this steady series, but only 15 % up
    expect(detectSpikes(monthly(base)).spikes).toEqual([]);
    const small = Array.from({ length: 24 }, (_, t) => 2 + (t % 3 === 0 ? 1 : 0));
    small[20] = 11; // several times the expected, but fewer than 10 counts up
    expect(detectSpikes(monthly(small)).spikes).toEqual([]);
    small[20] = 20;
    expect(detectSpikes(monthly(small)).spikes.map((s) => s.period)).toEqual(['2023-09']);
  });

  it('fewer than 12 points: no flags, and says why', () => {
    const report = detectSpikes(monthly([5, 6, 5, 400, 6, 5, 6, 5]));
    expect(report.spikes).toEqual([]);
    expect(report.points.every((p) => p.status === 'not_tested' && p.reason === 'too_short')).toBe(
      true,
    );
    expect(report.note?.message).toBe(
      'The series has 8 points; at least 12 are needed before a period can be called unusual.',
    );
    expect(detectSpikes([]).note?.code).toBe('too_short');
  });

  it('past baseline: the first 11 points are history only', () => {
    const report = detectSpikes(monthly(clean(3, 14)), { baseline: 'past' });
    expect(report.points.map((p) => p.status)).toEqual([
      ...Array(11).fill('not_tested'),
      'tested',
      'tested',
      'tested',
    ]);
    expect(report.points[0]).toMatchObject({ reason: 'not_enough_history' });
  });

  it('a new contributor is a break in series, not a spike', () => {
    const values = [...clean(4, 24, 850, 0), ...clean(5, 14, 1700, 0)];
    const past = detectSpikes(monthly(values), { baseline: 'past' });
    expect(past.spikes[0]?.period).toBe('2024-01');
    const report = detectSpikes(monthly(values), { baseline: 'past', breaks: ['2024-01'] });
    expect(report.spikes).toEqual([]);
    expect(report.points.filter((p) => p.status === 'tested')).toHaveLength(13 + 3);
    const short = detectSpikes(monthly(values), { breaks: ['2024-06'] });
    expect(
      short.points
        .slice(-7)
        .every((p) => p.status === 'not_tested' && p.reason === 'short_segment'),
    ).toBe(true);
  });

  it('uses month-of-year effects with three full years, so a seasonal December is normal', () => {
    const u = rng(9);
    const values = Array.from({ length: 48 }, (_, t) => poisson(t % 12 === 11 ? 1600 : 800, u));
    const seasonal = detectSpikes(monthly(values));
    expect(seasonal.spikes).toEqual([]);
    expect(seasonal.points.every((p) => p.status === 'tested' && p.seasonal)).toBe(true);
    const plain = detectSpikes(monthly(values), { seasonal: 'never' });
    expect(plain.spikes.map((s) => s.period.slice(5))).toEqual(['12', '12', '12', '12']);
    expect(
      detectSpikes(monthly(values.slice(0, 30))).points.some(
        (p) => p.status === 'tested' && p.seasonal,
      ),
    ).toBe(false);
  });

  it('after zeros, 10 counts is a spike with no percentage', () => {
    const values = [...Array(20).fill(0), 10, 0];
    const [spike] = detectSpikes(monthly(values)).spikes;
    expect(spike).toMatchObject({ period: '2023-09', expected: 0, upper: 0, increasePct: null });
  });

  it('handles huge counts', () => {
    const values = clean(6, 24, 3e7, 0.01);
    values[12] = Math.round((values[12] as number) * 1.5);
    expect(detectSpikes(monthly(values)).spikes.map((s) => s.period)).toEqual(['2023-01']);
  });

  it('rejects gaps, mixed grains and negative counts', () => {
    expect(() =>
      detectSpikes([
        { period: '2024-01', value: 1 },
        { period: '2024-03', value: 1 },
      ]),
    ).toThrow(/does not follow/);
    expect(() =>
      detectSpikes([
        { period: '2024-01', value: 1 },
        { period: '2024-Q1', value: 1 },
      ]),
    ).toThrow(/series is by month/);
    expect(() => detectSpikes([{ period: '2024-01', value: -1 }])).toThrow(/≥ 0/);
  });
});
