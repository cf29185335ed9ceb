import { fitBaseline } from './baseline';
import { upperPredictionBound } from './prediction';

// Reference: scipy (direct likelihood maximization, numpy algebra), see glm.spec.ts.
const y = [12, 25, 9, 30, 14, 25, 42, 20, 28, 45, 23, 40];
const history = y.map((value, t) => ({ t, value }));

describe('fitBaseline', () => {
  it('predicts the next point: μ₀ = 41.564, V = (φμ₀ + μ₀²·φ·x₀ᵀ(XᵀWX)⁻¹x₀)·(t₀.₉₉,₁₀/z₀.₉₉)² = 333.50', () => {
    const b = fitBaseline(history, { t: 12 });
    expect(b.downweighted).toEqual([]);
    expect(b.expected).toBeCloseTo(41.56403650261144, 6);
    expect(b.variance).toBeCloseTo(236.28761698034515 * 1.411413639882926, 4);
    expect(upperPredictionBound(b.distribution, 0.99)).toBe(95);
    expect(b.dispersion).toBeCloseTo(3.798303972761091, 6);
    expect(b.trendPerPeriod).toBeCloseTo(Math.exp(0.07709223), 6);
    expect(b.distribution.family).toBe('negative-binomial');
  });

  it('down-weights a past outlier so that it barely moves the expected value', () => {
    const flat = [850, 870, 830, 860, 840, 855, 845, 850, 865, 835, 850, 860];
    const withOutlier = flat.map((v, t) => ({ t, value: t === 5 ? 1300 : v }));
    const b = fitBaseline(withOutlier, { t: 12 });
    expect(b.downweighted).toEqual([5]);
    expect(b.expected).toBeCloseTo(854.18, 1);
    const unweighted = fitBaseline(
      withOutlier,
      { t: 12 },
      { reweightThreshold: Number.POSITIVE_INFINITY },
    );
    expect(unweighted.expected).toBeGreaterThan(b.expected);
  });

  it('does not down-weight a past dip (only counts above the fit are outliers)', () => {
    const flat = [850, 870, 830, 860, 840, 855, 845, 850, 865, 835, 850, 860];
    const withDip = flat.map((v, t) => ({ t, value: t === 5 ? 400 : v }));
    expect(fitBaseline(withDip, { t: 12 }).downweighted).toEqual([]);
  });

  it('fits month-of-year effects when asked', () => {
    const seasonal = Array.from({ length: 36 }, (_, t) => ({
      t,
      month: (t % 12) + 1,
      value: t % 12 === 11 ? 200 : 100,
    }));
    const b = fitBaseline(seasonal, { t: 47, month: 12 }, { seasonal: true });
    expect(b.expected).toBeCloseTo(200, 6);
    expect(b.seasonal).toBe(true);
    expect(() => fitBaseline(seasonal, { t: 36 }, { seasonal: true })).toThrow(RangeError);
  });

  it('expects 0 after a history of zeros, and needs three points', () => {
    const zeros = Array.from({ length: 12 }, (_, t) => ({ t, value: 0 }));
    expect(fitBaseline(zeros, { t: 12 })).toMatchObject({ expected: 0, variance: 0 });
    expect(() => fitBaseline(zeros.slice(0, 2), { t: 2 })).toThrow(RangeError);
  });
});
