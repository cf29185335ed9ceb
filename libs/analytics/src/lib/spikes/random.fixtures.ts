/** Deterministic pseudo-random counts for tests (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Poisson draw: inversion for small means, a rounded normal for large ones (tests only). */
export function poisson(mean: number, u: () => number): number {
  if (mean > 200) {
    const z = Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
  }
  let k = 0;
  let p = Math.exp(-mean);
  let cdf = p;
  const target = u();
  while (target > cdf && k < 10000) {
    k++;
    p *= mean / k;
    cdf += p;
  }
  return k;
}

/** A gamma(shape, 1) draw (Marsaglia–Tsang), for negative-binomial mixing. */
function gamma(shape: number, u: () => number): number {
  if (shape < 1) return gamma(shape + 1, u) * u() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
    const v = (1 + c * z) ** 3;
    if (v > 0 && Math.log(u()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** A negative-binomial draw with the given mean and size (Poisson–gamma mixture). */
export function negativeBinomial(mean: number, size: number, u: () => number): number {
  return poisson((mean * gamma(size, u)) / size, u);
}
