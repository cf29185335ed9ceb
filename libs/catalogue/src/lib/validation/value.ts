import { VALIDATION_CODES as C } from './error-codes';
import { quote } from './format';

export type CountResult =
  | { ok: true; value: number }
  | {
      ok: false;
      code: typeof C.NOT_AN_INTEGER | typeof C.NEGATIVE_VALUE | typeof C.VALUE_TOO_LARGE;
      message: string;
    };

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const DIGITS = /^(-?)([0-9]+)$/;

const notAnInteger = (value: unknown): CountResult => ({
  ok: false,
  code: C.NOT_AN_INTEGER,
  message:
    value === '' || value === null || value === undefined
      ? 'The value is empty: give a whole number, or leave the figure out if it was not measured (0 means measured and none).'
      : `${quote(value)} is not a whole number: send counts as whole numbers without decimals or thousands separators.`,
});

const negative = (value: unknown): CountResult => ({
  ok: false,
  code: C.NEGATIVE_VALUE,
  message: `${quote(value)} is negative: counts are zero or more (send 0 for measured and none, or leave the figure out if it was not measured).`,
});

const tooLarge = (value: unknown): CountResult => ({
  ok: false,
  code: C.VALUE_TOO_LARGE,
  message: `${quote(value)} is larger than the largest count accepted (${Number.MAX_SAFE_INTEGER}): check the figure for a typing error.`,
});

function fromBigInt(n: bigint, original: unknown): CountResult {
  if (n < 0n) return negative(original);
  if (n > MAX) return tooLarge(original);
  return { ok: true, value: Number(n) };
}

/**
 * Reads a count: a non-negative safe integer given as a number or as a string of ASCII digits.
 * Digit strings are compared exactly, so a 20-digit string is caught without losing precision.
 * `-0` reads as 0. Signs, spaces, decimals, exponents and separators are refused.
 */
export function parseCount(value: unknown): CountResult {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return notAnInteger(value);
    if (value < 0) return negative(value);
    if (value > Number.MAX_SAFE_INTEGER) return tooLarge(value);
    return { ok: true, value: value + 0 };
  }
  if (typeof value === 'bigint') return fromBigInt(value, value);
  if (typeof value === 'string') {
    const match = DIGITS.exec(value);
    if (!match) return notAnInteger(value);
    const magnitude = BigInt(match[2] as string);
    return fromBigInt(match[1] ? -magnitude : magnitude, value);
  }
  return notAnInteger(value);
}
