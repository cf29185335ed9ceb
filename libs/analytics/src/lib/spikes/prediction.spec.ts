import { predictiveDistribution, upperPredictionBound, upperTailProbability } from './prediction';

describe('T20: the predictive distribution decides the bound', () => {
  it('Poisson (variance = mean 7.5): P(≥ 15) = 0.01026, 99 % bound 15, so 15 is not above it', () => {
    const d = predictiveDistribution(7.5, 7.5);
    expect(d.family).toBe('poisson');
    expect(upperTailProbability(d, 15)).toBeCloseTo(0.01026, 5);
    expect(upperPredictionBound(d, 0.99)).toBe(15);
  });

  it('negative binomial of size 5 (variance 7.5 + 7.5²/5): P(≥ 15) = 0.06961, bound 20', () => {
    const d = predictiveDistribution(7.5, 7.5 + 7.5 ** 2 / 5);
    expect(d).toMatchObject({ family: 'negative-binomial', size: expect.closeTo(5, 12) });
    expect(upperTailProbability(d, 15)).toBeCloseTo(0.06961, 5);
    expect(upperPredictionBound(d, 0.99)).toBe(20);
  });
});

describe('predictive distribution edges', () => {
  it('a zero mean has bound 0, any count above it has tail probability 0', () => {
    const d = predictiveDistribution(0, 0);
    expect(upperPredictionBound(d)).toBe(0);
    expect(upperTailProbability(d, 3)).toBe(0);
  });

  it('a huge mean still gives an exact bound', () => {
    expect(upperPredictionBound(predictiveDistribution(2.5e6, 2.5e6))).toBe(2503679);
  });

  it('rejects negative or non-finite moments', () => {
    expect(() => predictiveDistribution(-1, 1)).toThrow(RangeError);
    expect(() => predictiveDistribution(1, Number.NaN)).toThrow(RangeError);
  });
});
