import {
  composeZcdp,
  zcdpDelta,
  zcdpOfDiscreteGaussian,
  zcdpOfPureDp,
  zcdpToDp,
  zcdpToDpSimple,
} from './zcdp';

describe('zCDP accounting', () => {
  it('T10: ρ = 0.5, δ = 1e−10 → ε = 6.8393 (tight, CKS20) and 7.2861 (simple bound)', () => {
    expect(zcdpToDp(0.5, 1e-10)).toBeCloseTo(6.8393, 4);
    expect(zcdpToDpSimple(0.5, 1e-10)).toBeCloseTo(7.2861, 4);
  });

  it('the tight ε is never above the simple bound and meets δ', () => {
    for (const rho of [0.001, 0.01, 0.1, 0.5, 2, 10]) {
      for (const delta of [1e-5, 1e-8, 1e-12]) {
        const epsilon = zcdpToDp(rho, delta);
        expect(epsilon).toBeLessThanOrEqual(zcdpToDpSimple(rho, delta));
        expect(zcdpDelta(rho, epsilon)).toBeLessThanOrEqual(delta * (1 + 1e-9));
        expect(zcdpDelta(rho, epsilon * 0.999)).toBeGreaterThan(delta);
      }
    }
  });

  it('ρ of the discrete Gaussian is Δ²/(2σ²); ε-DP gives ε²/2; composition adds', () => {
    expect(zcdpOfDiscreteGaussian(1)).toBe(0.5);
    expect(zcdpOfDiscreteGaussian(8, 2)).toBe(0.25);
    expect(zcdpOfPureDp(1)).toBe(0.5);
    expect(composeZcdp([0.1, 0.25, 0.5])).toBeCloseTo(0.85, 12);
    expect(zcdpToDp(0, 1e-6)).toBe(0);
    expect(() => zcdpToDp(0.5, 0)).toThrow(RangeError);
    expect(() => zcdpOfDiscreteGaussian(0)).toThrow(RangeError);
  });
});
