/** Dense linear algebra for the small normal equations of a GLM (p ≤ 13). */

export type Matrix = number[][];

/** Cholesky factor L (lower, A = L·Lᵀ) of a symmetric positive-definite matrix. */
export function cholesky(a: Matrix): Matrix {
  const n = a.length;
  const l: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const li = l[i] as number[];
    for (let j = 0; j <= i; j++) {
      const lj = l[j] as number[];
      let s = (a[i] as number[])[j] as number;
      for (let k = 0; k < j; k++) s -= (li[k] as number) * (lj[k] as number);
      if (i === j) {
        if (!(s > 0)) throw new RangeError('matrix is not positive definite (collinear design?)');
        li[i] = Math.sqrt(s);
      } else {
        li[j] = s / (lj[j] as number);
      }
    }
  }
  return l;
}

/** Solves A·x = b given the Cholesky factor L of A. */
export function choleskySolve(l: Matrix, b: readonly number[]): number[] {
  const n = l.length;
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= ((l[i] as number[])[k] as number) * (y[k] as number);
    y[i] = s / ((l[i] as number[])[i] as number);
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i] as number;
    for (let k = i + 1; k < n; k++) s -= ((l[k] as number[])[i] as number) * (x[k] as number);
    x[i] = s / ((l[i] as number[])[i] as number);
  }
  return x;
}

/** The inverse of a symmetric positive-definite matrix, through its Cholesky factor. */
export function inverseSpd(a: Matrix): Matrix {
  const l = cholesky(a);
  const n = a.length;
  const columns = Array.from({ length: n }, (_, j) =>
    choleskySolve(
      l,
      Array.from({ length: n }, (_, i) => (i === j ? 1 : 0)),
    ),
  );
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (columns[j] as number[])[i] as number),
  );
}

/** xᵀ·A·x. */
export function quadraticForm(a: Matrix, x: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = 0; j < x.length; j++) {
      s += (x[i] as number) * ((a[i] as number[])[j] as number) * (x[j] as number);
    }
  }
  return s;
}
