import { crossTable, marginEquations, timeDimension, twoWayTable, withTotal } from './equations';
import { indexTable } from './table';

describe('equation builders', () => {
  it('a two-way table has row, column and grand-total equations', () => {
    const table = twoWayTable(
      ['a', 'b'],
      ['x', 'y', 'z'],
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    );
    expect(table.cells).toHaveLength(12);
    expect(table.cells.find((cell) => cell.id === 'total|total')?.value).toBe(21);
    expect(table.cells.find((cell) => cell.id === 'b|total')?.value).toBe(15);
    expect(table.equations).toContainEqual({ total: 'a|total', parts: ['a|x', 'a|y', 'a|z'] });
    expect(table.equations).toContainEqual({ total: 'total|y', parts: ['a|y', 'b|y'] });
    // rows: 2 + grand total; columns: 3 + grand total
    expect(table.equations).toHaveLength(3 + 4);
    expect(() => indexTable(table)).not.toThrow();
  });

  it('time roll-ups: a quarter is the sum of its months, the year of its quarters', () => {
    const time = timeDimension([
      { total: 'Q1', parts: ['01', '02', '03'] },
      { total: 'Q2', parts: ['04', '05', '06'] },
      { total: '2026', parts: ['Q1', 'Q2'] },
    ]);
    expect(time.codes).toEqual(['01', '02', '03', '04', '05', '06', 'Q1', 'Q2', '2026']);
    const equations = marginEquations([withTotal(['nl', 'de']), time]);
    expect(equations).toContainEqual({ total: 'nl|Q1', parts: ['nl|01', 'nl|02', 'nl|03'] });
    expect(equations).toContainEqual({ total: 'total|2026', parts: ['total|Q1', 'total|Q2'] });
    expect(equations).toContainEqual({ total: 'total|05', parts: ['nl|05', 'de|05'] });
    const table = crossTable([withTotal(['nl', 'de']), time], ([country, month]) =>
      country === 'nl' ? Number(month) : 1,
    );
    expect(table.cells.find((cell) => cell.id === 'nl|2026')?.value).toBe(21);
    expect(table.cells.find((cell) => cell.id === 'total|Q2')?.value).toBe(18);
    expect(() => indexTable(table)).not.toThrow();
  });

  it('rejects tables that do not hold together', () => {
    const cells = [
      { id: 't', value: 3 },
      { id: 'a', value: 1 },
      { id: 'b', value: 2 },
    ];
    expect(() => indexTable({ cells, equations: [{ total: 't', parts: ['a', 'c'] }] })).toThrow(
      /unknown cell c/,
    );
    expect(() => indexTable({ cells, equations: [{ total: 't', parts: ['a', 'a'] }] })).toThrow(
      /repeats/,
    );
    expect(() => indexTable({ cells: [...cells, { id: 'a', value: 1 }], equations: [] })).toThrow(
      /duplicate/,
    );
    expect(() => indexTable({ cells: [{ id: 'x', value: 1.5 }], equations: [] })).toThrow(
      /integer/,
    );
  });
});
