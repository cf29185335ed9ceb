import { regularizedBeta, regularizedGammaP, regularizedGammaQ } from './special';

/**
 * Tails and quantiles of the Poisson, negative-binomial and Student t distributions, exact up
 * to the accuracy of the incomplete gamma / beta functions (no normal approximation).
 * The negative binomial is parameterised by its mean μ and size r (variance μ + μ²/r), as R's
 * `dnbinom(size, mu)`.
 */

function checkMean(mean: number): void {
  if (!(mean >= 0) || !Number.isFinite(mean)) {
    throw new RangeError(`a mean must be finite and ≥ 0, got ${mean}`);
  }
}

function checkSize(size: number): void {
  if (!(size > 0) || !Number.isFinite(size)) {
    throw new RangeError(`a negative-binomial size must be finite and > 0, got ${size}`);
  }
}

/** P(X ≤ k) for X ~ Poisson(mean). */
export function poissonCdf(k: number, mean: number): number {
  checkMean(mean);
  const n = Math.floor(k);
  if (n < 0) return 0;
  if (mean === 0) return 1;
  return regularizedGammaQ(n + 1, mean);
}

/** P(X ≥ k) for X ~ Poisson(mean): the upper tail including k. */
export function poissonUpperTail(k: number, mean: number): number {
  checkMean(mean);
  const n = Math.ceil(k);
  if (n <= 0) return 1;
  if (mean === 0) return 0;
  return regularizedGammaP(n, mean);
}

/** P(X ≤ k) for X negative binomial with the given mean and size. */
export function negativeBinomialCdf(k: number, mean: number, size: number): number {
  checkMean(mean);
  checkSize(size);
  const n = Math.floor(k);
  if (n < 0) return 0;
  if (mean === 0) return 1;
  return regularizedBeta(size / (size + mean), size, n + 1);
}

/** P(X ≥ k) for X negative binomial with the given mean and size. */
export function negativeBinomialUpperTail(k: number, mean: number, size: number): number {
  checkMean(mean);
  checkSize(size);
  const n = Math.ceil(k);
  if (n <= 0) return 1;
  if (mean === 0) return 0;
  return regularizedBeta(mean / (size + mean), n, size);
}

/**
 * The smallest integer k ≥ 0 with cdf(k) ≥ level: the `level` quantile of a distribution on
 * 0, 1, 2, … whose mean and standard deviation (`scale`) locate the search.
 */
export function discreteQuantile(
  cdf: (k: number) => number,
  level: number,
  mean: number,
  scale: number,
): number {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  let lo = -1; // cdf(lo) < level
  let hi = Math.ceil(mean + 10 * scale + 10);
  while (cdf(hi) < level) {
    lo = hi;
    hi *= 2;
    if (!Number.isFinite(hi)) throw new RangeError('quantile search did not terminate');
  }
  const start = Math.floor(mean - 10 * scale - 10);
  if (start > 0 && cdf(start) < level) lo = start;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (cdf(mid) >= level) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The `level` quantile of Poisson(mean), e.g. the 99 % upper bound for level 0.99. */
export function poissonQuantile(level: number, mean: number): number {
  checkMean(mean);
  return discreteQuantile((k) => poissonCdf(k, mean), level, mean, Math.sqrt(mean));
}

/** The `level` quantile of the negative binomial with the given mean and size. */
export function negativeBinomialQuantile(level: number, mean: number, size: number): number {
  checkMean(mean);
  checkSize(size);
  const sd = Math.sqrt(mean + (mean * mean) / size);
  return discreteQuantile((k) => negativeBinomialCdf(k, mean, size), level, mean, sd);
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be > 0, got ${df}`);
  if (Number.isNaN(t)) return Number.NaN;
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The p-quantile of Student's t with `df` degrees of freedom (bisection to 1e-12). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be in (0, 1), got ${p}`);
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  if (p === 0.5) return 0;
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < p) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The p-quantile of the standard normal distribution (Wichura 1988, algorithm AS 241,
 * PPND16: about 1e-16 relative accuracy).
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be in (0, 1), got ${p}`);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((r * 2509.0809287301227 + 33430.57558358813) * r + 67265.7709270087) * r +
          45921.95393154987) *
          r +
          13731.69376550946) *
          r +
          1971.5909503065513) *
          r +
          133.14166789178438) *
          r +
          3.3871328727963665)) /
      (((((((r * 5226.495278852546 + 28729.085735721943) * r + 39307.89580009271) * r +
        21213.794301586597) *
        r +
        5394.196021424751) *
        r +
        687.1870074920579) *
        r +
        42.31333070160091) *
        r +
        1)
    );
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value =
      (((((((r * 0.0007745450142783414 + 0.022723844989269184) * r + 0.2417807251774506) * r +
        1.2704582524523684) *
        r +
        3.6478483247632045) *
        r +
        5.769497221460691) *
        r +
        4.630337846156546) *
        r +
        1.4234371107496835) /
      (((((((r * 1.0507500716444169e-9 + 0.0005475938084995345) * r + 0.015198666563616457) * r +
        0.14810397642748008) *
        r +
        0.6897673349851) *
        r +
        1.6763848301838038) *
        r +
        2.053191626637759) *
        r +
        1);
  } else {
    r -= 5;
    value =
      (((((((r * 2.0103343992922881e-7 + 0.000027115555687434876) * r + 0.0012426609473880784) * r +
        0.026532189526576124) *
        r +
        0.29656057182850487) *
        r +
        1.7848265399172913) *
        r +
        5.463784911164114) *
        r +
        6.657904643501103) /
      (((((((r * 2.0442631033899397e-15 + 1.421511758316446e-7) * r + 0.000018463183175100548) * r +
        0.0007868691311456133) *
        r +
        0.014875361290850615) *
        r +
        0.1369298809227358) *
        r +
        0.599832206555888) *
        r +
        1);
  }
  return q < 0 ? -value : value;
}
