import { bernoulli, bernoulliExp } from './bernoulli';
import { sampleDiscreteGaussian } from './discrete-gaussian';
import { laplaceScale, sampleDiscreteLaplace } from './discrete-laplace';
import {
  discreteGaussianPmf,
  discreteGaussianVariance,
  discreteLaplacePmf,
  discreteLaplaceVariance,
} from './distributions';
import { cryptoRandom } from './random-source';
import { isqrt, rational } from './rational';
import { scriptedRandom, seededRandom, summarize, tolerances } from './spec-helpers';

const draw = (n: number, sample: () => bigint): bigint[] => Array.from({ length: n }, sample);

describe('rational', () => {
  it('reduces and validates', () => {
    expect(rational(6, 4)).toEqual({ numerator: 3n, denominator: 2n });
    expect(rational(0, 5)).toEqual({ numerator: 0n, denominator: 1n });
    expect(() => rational(1, 0)).toThrow(RangeError);
    expect(() => rational(0.5)).toThrow(RangeError);
  });

  it('takes integer square roots', () => {
    expect([0n, 1n, 3n, 4n, 15n, 16n, 10n ** 30n + 1n].map(isqrt)).toEqual([
      0n,
      1n,
      1n,
      2n,
      3n,
      4n,
      10n ** 15n,
    ]);
  });
});

describe('Bernoulli samplers (logic, scripted randomness)', () => {
  it('Bernoulli(n/d) compares one uniform integer in [0, d) with n', () => {
    const random = scriptedRandom([0, 1, 2]);
    const third = rational(1, 3);
    expect([bernoulli(third, random), bernoulli(third, random), bernoulli(third, random)]).toEqual([
      true,
      false,
      false,
    ]);
    expect(random.asked).toEqual([3n, 3n, 3n]);
  });

  it('Bernoulli(exp(−γ)) runs the chain of Bernoulli(γ/k) trials and returns the parity', () => {
    // γ = 1/2: trial 1 is Bernoulli(1/2) (below 2), trial 2 Bernoulli(1/4) (below 4) …
    const stopAtTwo = scriptedRandom([0, 3]); // A₁ = 1, A₂ = 0 → K = 2 → even → false
    expect(bernoulliExp(rational(1, 2), stopAtTwo)).toBe(false);
    expect(stopAtTwo.asked).toEqual([2n, 4n]);
    const stopAtOne = scriptedRandom([1]); // A₁ = 0 → K = 1 → true
    expect(bernoulliExp(rational(1, 2), stopAtOne)).toBe(true);
    // γ = 0 is certain. exp(−1) succeeds when the chain stops at K = 3: Bernoulli(1/1) (below
    // 1 → 0), Bernoulli(1/2) (below 2 → 0 = success), Bernoulli(1/3) (below 3 → 1 = stop).
    expect(bernoulliExp(rational(0), scriptedRandom([0]))).toBe(true);
    expect(bernoulliExp(rational(2), scriptedRandom([0, 0, 1, 0, 0, 1, 0]))).toBe(true);
    expect(bernoulliExp(rational(2), scriptedRandom([0, 1]))).toBe(false);
  });

  it('Bernoulli(exp(−γ)) has the right frequency (seeded)', () => {
    const random = seededRandom(7);
    for (const [gamma, p] of [
      [rational(1, 2), Math.exp(-0.5)],
      [rational(5, 2), Math.exp(-2.5)],
    ] as const) {
      const n = 40_000;
      let hits = 0;
      for (let i = 0; i < n; i += 1) if (bernoulliExp(gamma, random)) hits += 1;
      expect(Math.abs(hits / n - p)).toBeLessThan(5.5 * Math.sqrt((p * (1 - p)) / n));
    }
  });

  it('discrete Laplace follows Algorithm 2 step by step', () => {
    // Scale 1: U = 0 (below 1); D = Bernoulli(exp(−0)) = 1 (one draw, below 1);
    // V counts exp(−1) successes ([0, 0, 1, 0] is a success, [0, 1] a failure);
    // B = Bernoulli(1/2) (below 2: 0 → negative). A negative zero is rejected.
    const minusOne = scriptedRandom([0, 0, 0, 0, 1, 0, 0, 1, 0]);
    expect(sampleDiscreteLaplace(rational(1), minusOne)).toBe(-1n);
    const zeroAfterReject = scriptedRandom([0, 0, 0, 1, 0, 0, 0, 0, 1, 1]);
    expect(sampleDiscreteLaplace(rational(1), zeroAfterReject)).toBe(0n);
    expect(zeroAfterReject.asked).toEqual([1n, 1n, 1n, 2n, 2n, 1n, 1n, 1n, 2n, 2n]);
  });
});

describe('discrete Laplace (T9, cryptographic randomness)', () => {
  it.each([
    ['1', rational(1), 1, 0.462117, 1.8413],
    ['1/2', rational(1, 2), 2, 0.244919, 7.8354],
  ])('ε = %s: 200k draws match P(0) and the variance', (_label, epsilon, scale, p0, variance) => {
    const n = 200_000;
    const draws = draw(n, () => sampleDiscreteLaplace(laplaceScale(epsilon), cryptoRandom));
    const pmf = (x: number): number => discreteLaplacePmf(x, scale);
    const tolerance = tolerances(pmf, 400, n);
    const seen = summarize(draws);
    expect(Math.abs(seen.zero - p0)).toBeLessThan(tolerance.zero);
    expect(Math.abs(seen.mean)).toBeLessThan(tolerance.mean);
    expect(Math.abs(seen.variance - variance)).toBeLessThan(tolerance.variance);
  });

  it('scale t/s: ε = 1/2 with sensitivity 3 has scale 6', () => {
    expect(laplaceScale(rational(1, 2), 3n)).toEqual({ numerator: 6n, denominator: 1n });
    const random = seededRandom(11);
    const draws = draw(50_000, () => sampleDiscreteLaplace(rational(6), random));
    const tolerance = tolerances((x) => discreteLaplacePmf(x, 6), 600, draws.length);
    expect(Math.abs(summarize(draws).variance - discreteLaplaceVariance(6))).toBeLessThan(
      tolerance.variance,
    );
  });

  it('a fractional scale t/s < 1 (ε = 3/2) still matches', () => {
    const random = seededRandom(3);
    const draws = draw(30_000, () => sampleDiscreteLaplace(rational(2, 3), random));
    const pmf = (x: number): number => discreteLaplacePmf(x, 2 / 3);
    const tolerance = tolerances(pmf, 200, draws.length);
    expect(Math.abs(summarize(draws).zero - pmf(0))).toBeLessThan(tolerance.zero);
  });
});

describe('discrete Gaussian', () => {
  it.each([
    ['4', rational(4), 4],
    ['9/4', rational(9, 4), 2.25],
    ['1/3', rational(1, 3), 1 / 3],
  ])('σ² = %s: P(0), mean and variance match', (_label, sigma2, s2) => {
    const random = seededRandom(5);
    const n = 20_000;
    const draws = draw(n, () => sampleDiscreteGaussian(sigma2, random));
    const pmf = (x: number): number => discreteGaussianPmf(x, s2);
    const tolerance = tolerances(pmf, 100, n);
    const seen = summarize(draws);
    expect(Math.abs(seen.zero - pmf(0))).toBeLessThan(tolerance.zero);
    expect(Math.abs(seen.mean)).toBeLessThan(tolerance.mean);
    expect(Math.abs(seen.variance - discreteGaussianVariance(s2))).toBeLessThan(tolerance.variance);
  });

  it('runs on the cryptographic source', () => {
    const n = 20_000;
    const draws = draw(n, () => sampleDiscreteGaussian(rational(25, 4)));
    const tolerance = tolerances((x) => discreteGaussianPmf(x, 6.25), 100, n);
    expect(Math.abs(summarize(draws).variance - discreteGaussianVariance(6.25))).toBeLessThan(
      tolerance.variance,
    );
  });
});
