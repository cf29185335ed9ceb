// Unbiased, stable random rounding of published counts (ESSnet SDC Handbook, ch. 5).
import { createHmac } from 'node:crypto';
import type { Equation } from './secondary/table';

/** Secret key of the keyed hash (kept with the release configuration, never published). */
export type RoundingKey = string | Uint8Array;

export interface RoundingOptions {
  /** Rounding base: 5 or 10 in releases; any integer ≥ 2. */
  readonly base: number;
  readonly key: RoundingKey;
  /** The release series: the same cell of the same series always rounds the same way. */
  readonly series: string;
}

const BITS = 53n;
const SCALE = 1n << BITS;

/**
 * A stable uniform draw: the first 53 bits of HMAC-SHA-256(key, `${series}|${cellId}`), an
 * integer in [0, 2⁵³). Without the key the draws cannot be predicted; with it they are fixed.
 */
export function stableDraw(key: RoundingKey, series: string, cellId: string): bigint {
  const digest = createHmac('sha256', key).update(`${series}|${cellId}`).digest();
  return digest.readBigUInt64BE(0) >> (64n - BITS);
}

/** The draw as a number in [0, 1) (exact: 53 bits fit a double). */
export function stableUniform(key: RoundingKey, series: string, cellId: string): number {
  return Number(stableDraw(key, series, cellId)) / Number(SCALE);
}

function checkBase(base: number): bigint {
  if (!Number.isSafeInteger(base) || base < 2) {
    throw new RangeError(`rounding base must be an integer ≥ 2, got ${base}`);
  }
  return BigInt(base);
}

/**
 * Unbiased random rounding of a non-negative integer to a multiple of `base` with a draw in
 * [0, 2⁵³): with r = value mod base, round up when draw < r·2⁵³/base (probability r/base,
 * compared exactly in integers), else down; multiples of the base are unchanged. E[result] = value.
 */
export function randomRound(value: number, base: number, draw: bigint): number {
  const b = checkBase(base);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`only non-negative integers are rounded, got ${value}`);
  }
  if (draw < 0n || draw >= SCALE) throw new RangeError('draw must be in [0, 2^53)');
  const r = BigInt(value) % b;
  const down = value - Number(r);
  return draw * b < r * SCALE ? down + base : down;
}

/** {@link randomRound} with the stable draw of the cell. */
export function stableRound(value: number, cellId: string, options: RoundingOptions): number {
  return randomRound(value, options.base, stableDraw(options.key, options.series, cellId));
}

/**
 * Rounds the published cells of a table so that no published part exceeds its published total.
 *
 * Rounded independently, a part and its total that fall in the same multiple of the base (say
 * 12 and 14, base 10) could come out as 20 and 10. So published cells linked by an equation
 * (part and total) whose values lie in the same interval [k·base, (k+1)·base) share one draw:
 * the draw of the group's largest cell (ties: the smallest id). With a common draw rounding is
 * monotone, so part ≤ total survives; each cell is still rounded up with probability r/base
 * (unbiased) and the same table always rounds the same way. Cells in different intervals cannot
 * cross. Additivity is not kept: a rounded total is generally not the sum of its rounded parts.
 */
export function roundTable(
  values: ReadonlyMap<string, number>,
  equations: readonly Equation[],
  options: RoundingOptions,
): Map<string, number> {
  const base = options.base;
  checkBase(base);
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== undefined && parent.get(root) !== root) {
      root = parent.get(root) ?? root;
    }
    parent.set(id, root);
    return root;
  };
  const bucket = (id: string): number | undefined => {
    const value = values.get(id);
    return value === undefined || value % base === 0 ? undefined : Math.floor(value / base);
  };
  for (const { total, parts } of equations) {
    const shared = bucket(total);
    if (shared === undefined) continue;
    for (const part of parts) {
      if (bucket(part) === shared) parent.set(find(part), find(total));
    }
  }
  const representative = new Map<string, string>();
  for (const id of values.keys()) {
    const root = find(id);
    const current = representative.get(root);
    if (current === undefined || isBefore(id, current, values)) representative.set(root, id);
  }
  const rounded = new Map<string, number>();
  for (const [id, value] of values) {
    const drawId = representative.get(find(id)) ?? id;
    rounded.set(id, randomRound(value, base, stableDraw(options.key, options.series, drawId)));
  }
  return rounded;
}

function isBefore(a: string, b: string, values: ReadonlyMap<string, number>): boolean {
  const difference = (values.get(a) ?? 0) - (values.get(b) ?? 0);
  return difference > 0 || (difference === 0 && a < b);
}
