import fc from 'fast-check';
import { expectProperty } from '../spec-helpers';
import {
  negativeBinomialCdf,
  negativeBinomialQuantile,
  negativeBinomialUpperTail,
  normalQuantile,
  poissonCdf,
  poissonQuantile,
  poissonUpperTail,
  studentTCdf,
  studentTQuantile,
} from './distributions';

// Reference values from scipy.stats 1.17 (poisson, nbinom with n = size, p = size/(size + μ), t).
describe('T20: Poisson against negative binomial tails (expected 7.5, observed 15)', () => {
  it('P(X ≥ 15) is 0.01026 under Poisson and 0.06961 under a negative binomial of size 5', () => {
    expect(poissonUpperTail(15, 7.5)).toBeCloseTo(0.010260427912342602, 12);
    expect(negativeBinomialUpperTail(15, 7.5, 5)).toBeCloseTo(0.06961370807638423, 12);
  });

  it('99 % upper bounds are 15 (Poisson) and 20 (negative binomial)', () => {
    expect(poissonQuantile(0.99, 7.5)).toBe(15);
    expect(negativeBinomialQuantile(0.99, 7.5, 5)).toBe(20);
  });
});

describe('Poisson', () => {
  it.each([
    ['cdf(5; 3.2)', () => poissonCdf(5, 3.2), 0.8945918945308227],
    ['P(X ≥ 100; 60)', () => poissonUpperTail(100, 60), 1.4815276326460494e-6],
  ])('%s', (_name, f, expected) => {
    expect(Math.abs(f() - expected) / expected).toBeLessThan(1e-10);
  });

  it.each([
    [850, 919],
    [2.5e6, 2503679],
    [0, 0],
  ])('99 %% quantile of Poisson(%p) is %p', (mean, expected) => {
    expect(poissonQuantile(0.99, mean)).toBe(expected);
  });

  it('has the obvious edges', () => {
    expect(poissonCdf(-1, 3)).toBe(0);
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(poissonUpperTail(1, 0)).toBe(0);
    expect(() => poissonCdf(1, -1)).toThrow(RangeError);
    expect(() => poissonQuantile(1, 3)).toThrow(RangeError);
  });
});

describe('negative binomial', () => {
  it('cdf(10; μ = 8, size 2.5) = 0.7282', () => {
    expect(negativeBinomialCdf(10, 8, 2.5)).toBeCloseTo(0.728233118220318, 12);
  });

  it.each([
    [850, 1000, 944],
    [5, 0.3, 45],
  ])('99 %% quantile with μ = %p, size %p is %p', (mean, size, expected) => {
    expect(negativeBinomialQuantile(0.99, mean, size)).toBe(expected);
  });

  it('approaches Poisson as the size grows', () => {
    expect(negativeBinomialUpperTail(15, 7.5, 1e9)).toBeCloseTo(poissonUpperTail(15, 7.5), 7);
  });

  it('rejects a size of 0', () => {
    expect(() => negativeBinomialCdf(1, 1, 0)).toThrow(RangeError);
  });

  it('property: cdf(k) + P(X ≥ k + 1) = 1', () => {
    expectProperty(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.double({ min: 0.05, max: 1000, noNaN: true }),
        (k, mean, size) =>
          Math.abs(
            negativeBinomialCdf(k, mean, size) + negativeBinomialUpperTail(k + 1, mean, size) - 1,
          ) < 1e-9,
      ),
    );
  });
});

describe('Student t', () => {
  it.each([
    [0.975, 1, 12.706204736174694],
    [0.975, 10, 2.228138851986274],
    [0.999, 3, 10.214531852407383],
  ])('quantile %p with %p df', (p, df, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 9);
    expect(studentTQuantile(1 - p, df)).toBeCloseTo(-expected, 9);
  });

  it('cdf(1.5; 7) = 0.91135 and is symmetric', () => {
    expect(studentTCdf(1.5, 7)).toBeCloseTo(0.911350756505015, 12);
    expect(studentTCdf(-1.5, 7)).toBeCloseTo(1 - 0.911350756505015, 12);
    expect(studentTQuantile(0.5, 4)).toBe(0);
  });
});

describe('standard normal quantile (AS 241)', () => {
  it.each([
    [0.99, 2.3263478740408408],
    [0.975, 1.959963984540054],
    [0.5, 0],
    [0.3, -0.5244005127080409],
    [1e-10, -6.361340902404056],
    [0.9999999, 5.199337582290661],
  ])('z(%p) = %p', (p, expected) => {
    expect(normalQuantile(p)).toBeCloseTo(expected, 12);
  });

  it('refuses p outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
  });
});
