import { cholesky, choleskySolve, inverseSpd, quadraticForm } from './linear';

describe('small linear algebra', () => {
  const a = [
    [4, 12, -16],
    [12, 37, -43],
    [-16, -43, 98],
  ];

  it('factors the textbook matrix (L = [[2,0,0],[6,1,0],[-8,5,3]])', () => {
    expect(cholesky(a)).toEqual([
      [2, 0, 0],
      [6, 1, 0],
      [-8, 5, 3],
    ]);
  });

  it('solves and inverts', () => {
    const x = choleskySolve(cholesky(a), [1, 2, 3]);
    a.forEach((row, i) => {
      expect(row.reduce((s, v, j) => s + v * (x[j] as number), 0)).toBeCloseTo(
        [1, 2, 3][i] as number,
        10,
      );
    });
    const inv = inverseSpd(a);
    expect(quadraticForm(inv, [1, 0, 0])).toBeCloseTo(49.36111111111111, 8);
  });

  it('refuses a singular (collinear) matrix', () => {
    expect(() =>
      cholesky([
        [1, 1],
        [1, 1],
      ]),
    ).toThrow(RangeError);
  });
});
