// Zero-concentrated differential privacy (Bun & Steinke 2016) accounting, and its conversion to
// (ε, δ)-DP (Canonne, Kamath & Steinke 2020).

/** ρ of the discrete Gaussian with variance σ² on a query of sensitivity Δ: Δ²/(2σ²). */
export function zcdpOfDiscreteGaussian(sigma2: number, sensitivity = 1): number {
  if (!(sigma2 > 0)) throw new RangeError('variance must be positive');
  return (sensitivity * sensitivity) / (2 * sigma2);
}

/** ρ of an ε-DP mechanism such as the discrete Laplace: ε²/2. */
export function zcdpOfPureDp(epsilon: number): number {
  if (!(epsilon >= 0)) throw new RangeError('epsilon must be non-negative');
  return (epsilon * epsilon) / 2;
}

/** Composition: the ρ of several releases adds up. */
export function composeZcdp(rhos: readonly number[]): number {
  return rhos.reduce((total, rho) => {
    if (!(rho >= 0)) throw new RangeError('rho must be non-negative');
    return total + rho;
  }, 0);
}

/** The simple conversion ε = ρ + 2√(ρ·ln(1/δ)) (Bun & Steinke 2016, Proposition 1.3). */
export function zcdpToDpSimple(rho: number, delta: number): number {
  checkDelta(delta);
  return rho + 2 * Math.sqrt(rho * Math.log(1 / delta));
}

function checkDelta(delta: number): void {
  if (!(delta > 0 && delta < 1)) throw new RangeError('delta must be in (0, 1)');
}

/**
 * The δ of ρ-zCDP at ε (CKS20's conversion): the infimum over α > 1 of
 * exp((α − 1)(αρ − ε) + α·ln(1 − 1/α)) / (α − 1), at the α where the exponent's derivative
 * (2α − 1)ρ − ε + ln(1 − 1/α) vanishes (bisection, as in the paper's reference code).
 */
export function zcdpDelta(rho: number, epsilon: number): number {
  if (rho === 0) return 0;
  let low = 1.01;
  let high = (epsilon + 1) / (2 * rho) + 2;
  let alpha = (low + high) / 2;
  for (let i = 0; i < 200; i += 1) {
    alpha = (low + high) / 2;
    const derivative = (2 * alpha - 1) * rho - epsilon + Math.log1p(-1 / alpha);
    if (derivative < 0) low = alpha;
    else high = alpha;
  }
  const delta =
    Math.exp((alpha - 1) * (alpha * rho - epsilon) + alpha * Math.log1p(-1 / alpha)) / (alpha - 1);
  return Math.min(delta, 1);
}

/** The smallest ε with zcdpDelta(ρ, ε) ≤ δ (CKS20 tight conversion; bisection). */
export function zcdpToDp(rho: number, delta: number): number {
  checkDelta(delta);
  if (!(rho >= 0)) throw new RangeError('rho must be non-negative');
  if (rho === 0) return 0;
  let low = 0;
  let high = zcdpToDpSimple(rho, delta);
  for (let i = 0; i < 200; i += 1) {
    const epsilon = (low + high) / 2;
    if (zcdpDelta(rho, epsilon) <= delta) high = epsilon;
    else low = epsilon;
  }
  return high;
}
