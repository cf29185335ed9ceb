import fc from 'fast-check';
import { expectProperty } from '../spec-helpers';
import { differenceSigma, pelt } from './pelt';
import { NILE } from './vectors.fixtures';

/** Exhaustive optimal partitioning, O(n²), to check PELT's pruning. */
function optimalPartitioning(values: readonly number[], sigma: number, penalty: number): number[] {
  const n = values.length;
  const cost = (a: number, b: number): number => {
    const seg = values.slice(a, b);
    const m = seg.reduce((s, v) => s + v, 0) / seg.length;
    return seg.reduce((s, v) => s + ((v - m) / sigma) ** 2, 0);
  };
  const best = [-penalty];
  const last = [0];
  for (let t = 1; t <= n; t++) {
    best[t] = Number.POSITIVE_INFINITY;
    for (let s = 0; s < t; s++) {
      const f = (best[s] as number) + cost(s, t) + penalty;
      if (f < (best[t] as number) - 1e-9) {
        best[t] = f;
        last[t] = s;
      }
    }
  }
  const cps: number[] = [];
  for (let t = last[n] as number; t > 0; t = last[t] as number) cps.unshift(t);
  return cps;
}

describe('T19: PELT on the Nile flow', () => {
  it.each([2, 3])(
    'penalty %p·log n: one change after observation 28 (1898), means 1097.8 and 850.0',
    (multiple) => {
      const result = pelt(NILE, { penalty: { logNMultiple: multiple } });
      expect(result.changepoints).toEqual([28]);
      expect(result.segments[0]?.mean).toBeCloseTo(1097.75, 1);
      expect(result.segments[1]?.mean).toBeCloseTo(849.97, 1);
      expect(result.penalty).toBeCloseTo(multiple * Math.log(100), 10);
    },
  );

  it('σ̂ = MAD(differences)/√2 with the 1.4826 scale', () => {
    expect(differenceSigma(NILE)).toBeCloseTo(115.31921651658926, 8);
  });
});

describe('PELT edges', () => {
  it('an empty, a one-point and a constant series have no change', () => {
    expect(pelt([]).changepoints).toEqual([]);
    expect(pelt([5]).changepoints).toEqual([]);
    expect(pelt([3, 3, 3, 3]).changepoints).toEqual([]);
  });

  it('a noiseless step is found exactly', () => {
    expect(pelt([1, 1, 1, 1, 9, 9, 9, 9]).changepoints).toEqual([4]);
  });

  it('respects a minimum segment length', () => {
    const r = pelt([0, 0, 0, 0, 0, 50, 0, 0, 0, 0, 0, 0.1], { sigma: 1, minSegmentLength: 2 });
    expect(r.segments.every((s) => s.end - s.start >= 2)).toBe(true);
  });

  it('property: pruning never changes the optimum (same changepoints as exhaustive search)', () => {
    expectProperty(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 30 }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        (values, sigma) => {
          const penalty = 2 * Math.log(values.length);
          return (
            JSON.stringify(pelt(values, { sigma, penalty }).changepoints) ===
            JSON.stringify(optimalPartitioning(values, sigma, penalty))
          );
        },
      ),
    );
  });
});
