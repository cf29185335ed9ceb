import { reduceSystem } from './elimination';
import type { LinearSystem } from './lp';
import { TableError } from './table';

const system = (rows: [Record<string, number>, number][]): LinearSystem => ({
  variables: [...new Set(rows.flatMap(([coefficients]) => Object.keys(coefficients)))],
  rows: rows.map(([coefficients, rhs]) => ({
    coefficients: new Map(Object.entries(coefficients)),
    rhs,
  })),
});

describe('reduceSystem', () => {
  it('expresses dependent variables through the free ones', () => {
    // a + b = 7, a + c = 6, b − c = 1 (redundant): one free variable.
    const reduced = reduceSystem(
      system([
        [{ a: 1, b: 1 }, 7],
        [{ a: 1, c: 1 }, 6],
        [{ b: 1, c: -1 }, 1],
      ]),
    );
    expect(reduced.free).toEqual(['c']);
    const a = reduced.dependent.get('a');
    const b = reduced.dependent.get('b');
    // a = 6 − c, b = 1 + c
    expect(a?.constant).toBeCloseTo(6, 12);
    expect(a?.coefficients.get(0)).toBeCloseTo(1, 12);
    expect(b?.constant).toBeCloseTo(1, 12);
    expect(b?.coefficients.get(0)).toBeCloseTo(-1, 12);
  });

  it('throws when the equations contradict each other', () => {
    expect(() =>
      reduceSystem(
        system([
          [{ a: 1, b: 1 }, 7],
          [{ a: 1, b: 1 }, 8],
        ]),
      ),
    ).toThrow(TableError);
  });
});
