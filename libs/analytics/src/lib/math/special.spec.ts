import { logGamma, regularizedBeta, regularizedGammaP, regularizedGammaQ } from './special';

// Reference values from scipy.special 1.17 (gammaln, gammainc, gammaincc, betainc).
const relative = (actual: number, expected: number): number =>
  Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);

describe('logGamma', () => {
  it.each([
    [0.1, 2.252712651734206],
    [0.5, 0.5723649429247],
    [1, 0],
    [2, 0],
    [10, 12.801827480081469],
    [100.5, 361.43554046777757],
    [1e6, 12815504.569147611],
  ])('ln Γ(%p) = %p', (x, expected) => {
    expect(Math.abs(logGamma(x) - expected)).toBeLessThan(1e-12 * Math.max(1, Math.abs(expected)));
  });

  it('rejects x ≤ 0', () => {
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => logGamma(-1)).toThrow(RangeError);
  });
});

describe('regularized incomplete gamma', () => {
  it.each([
    [0.5, 0.3, 0.5614219739190003],
    [1, 1, 0.6321205588285577],
    [5, 2, 0.052653017343711125],
    [10, 15, 0.9301463393005901],
    [100, 90, 0.15822098918643007],
    [1e5, 1.003e5, 0.8286363112512075],
  ])('P(%p, %p) = %p', (a, x, expected) => {
    expect(relative(regularizedGammaP(a, x), expected)).toBeLessThan(1e-10);
    expect(Math.abs(regularizedGammaQ(a, x) - (1 - expected))).toBeLessThan(1e-10);
  });

  it.each([
    [3, 20, 4.5551495055892125e-7],
    [50, 100, 1.1784500720979781e-8],
  ])('Q(%p, %p) = %p without cancellation', (a, x, expected) => {
    expect(relative(regularizedGammaQ(a, x), expected)).toBeLessThan(1e-10);
  });

  it('handles the ends and rejects bad arguments', () => {
    expect(regularizedGammaP(2, 0)).toBe(0);
    expect(regularizedGammaQ(2, 0)).toBe(1);
    expect(regularizedGammaP(2, Number.POSITIVE_INFINITY)).toBe(1);
    expect(() => regularizedGammaP(0, 1)).toThrow(RangeError);
    expect(() => regularizedGammaP(1, -1)).toThrow(RangeError);
  });
});

describe('regularized incomplete beta', () => {
  it.each([
    [0.3, 2, 3, 0.3483],
    [0.9, 0.5, 0.5, 0.7951672353008665],
    [0.5, 10, 10, 0.5],
    [0.1, 50, 5, 2.093121325000006e-45],
    [0.999, 3, 200, 1],
  ])('I_%p(%p, %p) = %p', (x, a, b, expected) => {
    expect(relative(regularizedBeta(x, a, b), expected)).toBeLessThan(1e-10);
  });

  it('is 0 and 1 at the ends and rejects bad arguments', () => {
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
    expect(() => regularizedBeta(1.5, 2, 3)).toThrow(RangeError);
    expect(() => regularizedBeta(0.5, 0, 3)).toThrow(RangeError);
  });
});
