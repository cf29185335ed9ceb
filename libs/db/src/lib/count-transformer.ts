import type { ValueTransformer } from 'typeorm';

/**
 * Counts are `bigint` in PostgreSQL, which `pg` returns as strings. Convert them to numbers and
 * refuse any value a JavaScript number cannot hold exactly (above 2^53 − 1).
 */
export function toExactCount(raw: string | number | bigint): number {
  const value = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(
      `Count ${String(raw)} is not an integer that can be represented exactly (max 2^53 − 1).`,
    );
  }
  return value;
}

export const countTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : toExactCount(value)),
};
