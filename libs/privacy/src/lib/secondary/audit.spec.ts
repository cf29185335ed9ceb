import fc from 'fast-check';
import { solve } from 'yalps';
import { auditSuppression } from './audit';
import { crossTable, timeDimension, twoWayTable, withTotal } from './equations';
import { roundToGrid } from './lp';
import { type Table, TableError } from './table';

/** The plain LP, without elimination or shortcuts: every equation as an equality. */
function directInterval(table: Table, suppressed: ReadonlySet<string>, target: string) {
  const values = new Map(table.cells.map((cell) => [cell.id, cell.value]));
  const constraints = table.equations.map((equation, i): [string, { equal: number }] => {
    let rhs = 0;
    for (const [id, sign] of [
      [equation.total, -1] as const,
      ...equation.parts.map((id) => [id, 1] as const),
    ]) {
      if (!suppressed.has(id)) rhs -= sign * (values.get(id) ?? 0);
    }
    return [`e${i}`, { equal: rhs }];
  });
  const variables = [...suppressed].map((id): [string, [string, number][]] => [
    id,
    [
      ...table.equations.flatMap((equation, i): [string, number][] =>
        equation.total === id ? [[`e${i}`, -1]] : equation.parts.includes(id) ? [[`e${i}`, 1]] : [],
      ),
      ...(id === target ? [['objective', 1] as [string, number]] : []),
    ],
  ]);
  const bound = (direction: 'minimize' | 'maximize'): number => {
    const solution = solve({ direction, objective: 'objective', constraints, variables });
    return solution.status === 'unbounded' ? Infinity : roundToGrid(solution.result);
  };
  return { lower: bound('minimize'), upper: bound('maximize') };
}

// T6: sdcTable problemdata(), rows w…z, columns a…d.
const T6 = twoWayTable(
  ['w', 'x', 'y', 'z'],
  ['a', 'b', 'c', 'd'],
  [
    [30, 47, 64, 89],
    [90, 124, 5, 31],
    [92, 100, 59, 85],
    [800, 991, 651, 685],
  ],
);
const T6_SUPPRESSED = ['w|a', 'w|b', 'w|c', 'x|a', 'x|c', 'y|b', 'y|d', 'z|b', 'z|d'];

describe('auditSuppression', () => {
  it('T5: 2×2 inner cells suppressed, X11 ∈ [3, 6] (Geurts 1992)', () => {
    // rows 1, 2 (totals 7, 3) and a published row 3 = (3, 3 | 6); columns total 9, 7; total 16.
    const table = twoWayTable(
      ['1', '2', '3'],
      ['1', '2'],
      [
        [5, 2],
        [1, 2],
        [3, 3],
      ],
    );
    const intervals = auditSuppression(table, new Set(['1|1', '1|2', '2|1', '2|2']));
    expect(intervals.get('1|1')).toEqual({ lower: 3, upper: 6 });
    expect(intervals.get('1|2')).toEqual({ lower: 1, upper: 4 });
    expect(intervals.get('2|1')).toEqual({ lower: 0, upper: 3 });
    expect(intervals.get('2|2')).toEqual({ lower: 0, upper: 3 });
  });

  it('T6: two suppressions per row and column still disclose w|b = 47', () => {
    const intervals = auditSuppression(T6, new Set(T6_SUPPRESSED));
    expect(
      Object.fromEntries([...intervals].map(([id, { lower, upper }]) => [id, [lower, upper]])),
    ).toEqual({
      'w|a': [25, 94],
      'w|b': [47, 47],
      'w|c': [0, 69],
      'x|a': [26, 95],
      'x|c': [0, 69],
      'y|b': [0, 185],
      'y|d': [0, 185],
      'z|b': [906, 1091],
      'z|d': [585, 770],
    });
  });

  it('T6: suppressing x|b as well protects w|b', () => {
    const intervals = auditSuppression(T6, new Set([...T6_SUPPRESSED, 'x|b']));
    expect(intervals.get('w|b')).toEqual({ lower: 0, upper: 141 });
    expect(intervals.get('x|b')).toEqual({ lower: 30, upper: 171 });
  });

  // One equation: t = a + b + c.
  const row = {
    cells: [
      { id: 't', value: 30 },
      { id: 'a', value: 4 },
      { id: 'b', value: 6 },
      { id: 'c', value: 20 },
    ],
    equations: [{ total: 't', parts: ['a', 'b', 'c'] }],
  };

  it('is unbounded above when a cell and its total are suppressed together', () => {
    const intervals = auditSuppression(row, new Set(['a', 't']));
    expect(intervals.get('a')).toEqual({ lower: 0, upper: Infinity });
    expect(intervals.get('t')).toEqual({ lower: 26, upper: Infinity });
  });

  it('respects known bounds of small counts', () => {
    const bounds = new Map([['a', { lower: 1, upper: 9 }]]);
    const intervals = auditSuppression(row, new Set(['a', 'b']), { bounds });
    expect(intervals.get('a')).toEqual({ lower: 1, upper: 9 });
    expect(intervals.get('b')).toEqual({ lower: 1, upper: 9 });
    expect(auditSuppression(row, new Set(['a', 'b'])).get('a')).toEqual({ lower: 0, upper: 10 });
  });

  it('pins a cell that is alone in an equation', () => {
    expect(auditSuppression(row, new Set(['c'])).get('c')).toEqual({ lower: 20, upper: 20 });
  });

  it('agrees with the plain LP on random tables, with and without time margins', () => {
    const tables = fc
      .record({
        rows: fc.integer({ min: 2, max: 3 }),
        columns: fc.integer({ min: 2, max: 3 }),
        months: fc.constantFrom(1, 2, 3),
        seed: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 36, maxLength: 36 }),
        mask: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 80, maxLength: 80 }),
      })
      .map(({ rows, columns, months, seed, mask }) => {
        const dimensions = [
          withTotal(Array.from({ length: rows }, (_, i) => `r${i}`)),
          withTotal(Array.from({ length: columns }, (_, j) => `c${j}`)),
        ];
        if (months > 1) {
          const parts = Array.from({ length: months }, (_, m) => `m${m}`);
          dimensions.push(timeDimension([{ total: 'q', parts }]));
        }
        let k = 0;
        const table = crossTable(dimensions, () => seed[k++ % seed.length] ?? 0);
        const suppressed = new Set(table.cells.filter((_, i) => mask[i] === 0).map((c) => c.id));
        return { table, suppressed };
      });
    fc.assert(
      fc.property(tables, ({ table, suppressed }) => {
        const intervals = auditSuppression(table, suppressed);
        for (const id of suppressed) {
          expect(intervals.get(id)).toEqual(directInterval(table, suppressed, id));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('rejects a table whose cells do not add up', () => {
    const table = {
      cells: [
        { id: 't', value: 3 },
        { id: 'a', value: 1 },
      ],
      equations: [{ total: 't', parts: ['a'] }],
    };
    expect(() => auditSuppression(table, new Set(['a']))).toThrow(TableError);
  });
});
