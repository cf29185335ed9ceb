import { gini } from './gini';

describe('Gini coefficient (population form)', () => {
  it.each([
    ['T21: [8,5,1,3,5,6,7,6,3] (Inequality.jl)', [8, 5, 1, 3, 5, 6, 7, 6, 3], 0.2373737373737374],
    ['T22: [0,0,0,0,100] (pabutools)', [0, 0, 0, 0, 100], 0.8],
    ['T22: all zeros', [0, 0, 0], 0],
    ['equal values', [7, 7, 7, 7], 0],
    ['one value', [42], 0],
    ['huge values', [1e15, 3e15], 0.25],
  ])('%s → %p', (_name, values, expected) => {
    expect(gini(values)).toBeCloseTo(expected, 15);
  });

  it('T22: negative values are an error; so is an empty list', () => {
    expect(() => gini([1, -1, 3])).toThrow(RangeError);
    expect(() => gini([])).toThrow(RangeError);
    expect(() => gini([1, Number.NaN])).toThrow(RangeError);
  });

  it('equals the double sum Σ|xᵢ − xⱼ| / (2n²x̄) and ignores order', () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    let pairs = 0;
    for (const a of x) for (const b of x) pairs += Math.abs(a - b);
    const expected = pairs / (2 * x.length * x.reduce((s, v) => s + v, 0));
    expect(gini(x)).toBeCloseTo(expected, 14);
    expect(gini([...x].reverse())).toBe(gini(x));
  });
});
