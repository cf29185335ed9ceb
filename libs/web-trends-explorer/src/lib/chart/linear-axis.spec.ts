import { linearAxis } from './linear-axis';

describe('linearAxis', () => {
  it.each([
    [
      [147803, 62372],
      [0, 50000, 100000, 150000, 200000],
    ],
    [
      [79012, 51185],
      [0, 25000, 50000, 75000, 100000],
    ],
    [[12], [0, 5, 10, 15]],
    [[3.2e7], [0, 1e7, 2e7, 3e7, 4e7]],
  ])('gives round ticks above the highest of %p', (values, ticks) => {
    const axis = linearAxis(values);
    expect(axis.ticks).toEqual(ticks);
    expect(axis.domain).toEqual([0, ticks.at(-1)]);
    expect(axis.domain[1]).toBeGreaterThan(Math.max(...values));
  });

  it.each([
    ['no values', []],
    ['only gaps', [null, null]],
    ['only zeros', [0, 0]],
  ])('spans zero to one for %s', (_name, values) => {
    expect(linearAxis(values)).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });

  it('steps by whole numbers for small counts', () => {
    expect(linearAxis([3]).ticks).toEqual([0, 1, 2, 3, 4]);
  });

  it('handles the largest exact counts', () => {
    const axis = linearAxis([Number.MAX_SAFE_INTEGER]);
    expect(axis.domain[1]).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
    expect(axis.ticks.length).toBeLessThanOrEqual(6);
  });
});
