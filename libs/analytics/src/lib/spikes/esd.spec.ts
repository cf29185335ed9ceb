import { generalizedEsd } from './esd';
import { T16 } from './vectors.fixtures';

describe('T16: generalized ESD on Rosner’s data, up to 10 outliers, α = 0.05', () => {
  const result = generalizedEsd(T16, { maxOutliers: 10, alpha: 0.05 });
  const R = [3.118, 2.942, 3.179, 2.81, 2.815, 2.848, 2.279, 2.31, 2.101, 2.067];
  const lambda = [3.158, 3.151, 3.143, 3.136, 3.128, 3.12, 3.111, 3.103, 3.094, 3.085];

  it.each(R.map((r, i) => [i + 1, r, lambda[i] as number]))(
    'step %p: R = %p, λ = %p (±0.002)',
    (i, r, l) => {
      const step = result.steps[i - 1];
      expect(Math.abs((step?.R as number) - r)).toBeLessThanOrEqual(0.002);
      expect(Math.abs((step?.lambda as number) - l)).toBeLessThanOrEqual(0.002);
    },
  );

  it('finds 3 outliers (6.01, 5.42, 5.34) although R₁ < λ₁ and R₂ < λ₂ (masking)', () => {
    expect(result.outlierCount).toBe(3);
    expect(result.outliers.map((i) => T16[i])).toEqual([6.01, 5.42, 5.34]);
    expect(result.steps[0]!.R).toBeLessThan(result.steps[0]!.lambda);
    expect(result.steps[1]!.R).toBeLessThan(result.steps[1]!.lambda);
    expect(result.steps[2]!.R).toBeGreaterThan(result.steps[2]!.lambda);
  });
});

describe('generalized ESD edges', () => {
  it('finds nothing in constant data and stops before fewer than three values remain', () => {
    expect(generalizedEsd([2, 2, 2, 2, 2], { maxOutliers: 3 })).toEqual({
      steps: [],
      outlierCount: 0,
      outliers: [],
    });
    expect(generalizedEsd([1, 2, 3, 100], { maxOutliers: 10 }).steps).toHaveLength(1);
    expect(generalizedEsd([], { maxOutliers: 2 }).outlierCount).toBe(0);
  });

  it('finds a single gross outlier', () => {
    const values = [10, 11, 9, 10, 12, 8, 10, 11, 9, 10, 1000];
    expect(generalizedEsd(values, { maxOutliers: 2 }).outliers).toEqual([10]);
  });
});
