import {
  discreteGaussianPmf,
  discreteGaussianVariance,
  discreteLaplacePmf,
  discreteLaplaceVariance,
} from './distributions';

describe('closed forms (T9)', () => {
  it('discrete Laplace with ε = 1 (α = e^−1): P(0) = 0.462117, variance 1.8413', () => {
    expect(discreteLaplacePmf(0, 1)).toBeCloseTo(0.462117, 6);
    expect(discreteLaplaceVariance(1)).toBeCloseTo(1.8413, 4);
  });

  it('discrete Laplace with ε = 0.5: P(0) = 0.244919, variance 7.8354', () => {
    expect(discreteLaplacePmf(0, 2)).toBeCloseTo(0.244919, 6);
    expect(discreteLaplaceVariance(2)).toBeCloseTo(7.8354, 4);
  });

  it('pmfs sum to 1 and the Gaussian variance is below σ²', () => {
    let laplace = 0;
    let gaussian = 0;
    for (let x = -500; x <= 500; x += 1) {
      laplace += discreteLaplacePmf(x, 3);
      gaussian += discreteGaussianPmf(x, 2);
    }
    expect(laplace).toBeCloseTo(1, 12);
    expect(gaussian).toBeCloseTo(1, 12);
    expect(discreteGaussianVariance(0.25)).toBeLessThan(0.25);
    expect(discreteGaussianVariance(100)).toBeCloseTo(100, 6);
  });
});
