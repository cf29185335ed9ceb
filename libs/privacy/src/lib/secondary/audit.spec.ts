import { auditSuppression } from './audit';
import { twoWayTable } from './equations';
import { TableError } from './table';

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
    expect(Object.fromEntries([...intervals].map(([id, { lower, upper }]) => [id, [lower, upper]])))
      .toEqual({
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

  it('rejects a table whose cells do not add up', () => {
    const table = { cells: [{ id: 't', value: 3 }, { id: 'a', value: 1 }], equations: [{ total: 't', parts: ['a'] }] };
    expect(() => auditSuppression(table, new Set(['a']))).toThrow(TableError);
  });
});
