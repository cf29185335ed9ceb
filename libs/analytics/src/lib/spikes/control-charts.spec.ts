import { tabularCusum } from './cusum';
import { ewmaChart } from './ewma';
import { T17 } from './vectors.fixtures';

describe('T18: tabular CUSUM, k = 0.5, h = 5, on the T17 data (μ₀ = 10, σ = 1)', () => {
  const result = tabularCusum(T17, { target: 10, sigma: 1 });

  it('C⁺ at t = 25…30 is 2.89, 3.47, 3.35, 4.47, 5.28, 5.30', () => {
    const expected = [2.89, 3.47, 3.35, 4.47, 5.28, 5.3];
    expected.forEach((c, i) => expect(result.upper[24 + i]).toBeCloseTo(c, 2));
  });

  // C⁻ is not 0 everywhere (1.56 at t = 2, 0.98 at t = 19): it is 0 over t = 25…30 and
  // never comes near h.
  it('first signal at t = 29, upward; C⁻ stays 0 over t = 25…30 and never signals', () => {
    expect(result.firstSignal).toBe(28);
    expect(result.signals).toEqual([
      { index: 28, direction: 'up', changeStart: expect.any(Number) },
    ]);
    expect(result.lower.slice(24)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Math.max(...result.lower)).toBeLessThan(5);
    expect(result.lower[1]).toBeCloseTo(1.56, 2);
  });

  it('restarts after a signal when asked (C⁺ = 2.5, 5, 7.5 > 5), and finds a downward shift', () => {
    const values = [...Array(5).fill(10), ...Array(5).fill(13), ...Array(5).fill(7)];
    const r = tabularCusum(values, { target: 10, sigma: 1, resetAfterSignal: true });
    expect(r.signals.map((s) => [s.index, s.direction, s.changeStart])).toEqual([
      [7, 'up', 5],
      [12, 'down', 10],
    ]);
  });

  it('is quiet on an empty series and refuses σ = 0', () => {
    expect(tabularCusum([], { target: 0, sigma: 1 }).firstSignal).toBeNull();
    expect(() => tabularCusum([1], { target: 0, sigma: 0 })).toThrow(RangeError);
  });
});

describe('T17: EWMA, λ = 0.1, L = 2.7, exact time-varying limits', () => {
  const result = ewmaChart(T17, { target: 10, sigma: 1, lambda: 0.1, L: 2.7 });

  it('first signal at t = 29: z₂₉ = 10.6468 > UCL 10.6187', () => {
    expect(result.firstSignal).toBe(28);
    expect(result.z[28]).toBeCloseTo(10.6468, 4);
    expect(result.upperLimit[28]).toBeCloseTo(10.6187, 4);
    expect(result.z[27]).toBeLessThan(result.upperLimit[27] as number);
  });

  it('limits widen towards the asymptote Lσ√(λ/(2 − λ))', () => {
    expect(result.upperLimit[0]).toBeCloseTo(10 + 2.7 * 0.1, 10);
    expect(result.upperLimit[29]).toBeLessThan(10 + 2.7 * Math.sqrt(0.1 / 1.9));
  });

  it('refuses λ outside (0, 1]', () => {
    expect(() => ewmaChart([1], { target: 0, sigma: 1, lambda: 0 })).toThrow(RangeError);
  });
});
