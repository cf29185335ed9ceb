import { anscombeResiduals, fitQuasiPoisson } from './glm';

// Reference: the Poisson log-likelihood maximized directly with scipy.optimize (BFGS), hat
// values from the same formula in numpy: a different algorithm from IRLS.
const y = [12, 25, 9, 30, 14, 25, 42, 20, 28, 45, 23, 40];
const x = y.map((_, t) => [1, t - 5.5]);

describe('quasi-Poisson IRLS', () => {
  const fit = fitQuasiPoisson(y, x);

  it('finds the maximum-likelihood coefficients and the Pearson dispersion', () => {
    expect(fit.converged).toBe(true);
    expect(fit.beta[0]).toBeCloseTo(3.22613581, 7);
    expect(fit.beta[1]).toBeCloseTo(0.07709223, 7);
    expect(fit.dispersion).toBeCloseTo(3.798303972761091, 7);
  });

  it('computes leverages and Anscombe residuals', () => {
    expect(fit.leverage[0]).toBeCloseTo(0.2418301, 6);
    expect(fit.leverage[6]).toBeCloseTo(0.08482134, 6);
    expect(fit.leverage[11]).toBeCloseTo(0.35016204, 6);
    const r = anscombeResiduals(y, fit);
    expect(r[2]).toBeCloseTo(-1.46744598, 6);
    expect(r[6]).toBeCloseTo(1.52576783, 6);
  });

  it('honours prior weights', () => {
    const w = y.map((_, i) => (i === 5 ? 0.5 : 1));
    const total = w.reduce((s, v) => s + v, 0);
    const weighted = fitQuasiPoisson(
      y,
      x,
      w.map((v) => (v * 12) / total),
    );
    expect(weighted.beta[0]).toBeCloseTo(3.22470235, 7);
    expect(weighted.beta[1]).toBeCloseTo(0.07725107, 7);
    expect(weighted.dispersion).toBeCloseTo(3.9679452057316453, 6);
  });

  it('keeps dispersion at least 1 for under-dispersed counts', () => {
    expect(fitQuasiPoisson([10, 10, 10, 10], [[1], [1], [1], [1]]).dispersion).toBe(1);
  });

  it('returns μ = 0 for all-zero counts instead of diverging', () => {
    const zero = fitQuasiPoisson([0, 0, 0], [[1], [1], [1]]);
    expect(zero).toMatchObject({ degenerate: true, mu: [0, 0, 0], dispersion: 1 });
  });

  it('fits huge counts', () => {
    const big = [1e8, 1.1e8, 1.2e8, 1.3e8];
    const fitBig = fitQuasiPoisson(
      big,
      big.map((_, t) => [1, t]),
    );
    expect(fitBig.mu[3]).toBeCloseTo(1.3e8, -7);
  });

  it('rejects negative counts and mismatched designs', () => {
    expect(() => fitQuasiPoisson([1, -1], [[1], [1]])).toThrow(RangeError);
    expect(() => fitQuasiPoisson([1, 2], [[1]])).toThrow(RangeError);
  });
});
