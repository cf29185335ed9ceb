import { VALIDATION_CODES as C } from './error-codes';
import { parseCount } from './value';

describe('parseCount', () => {
  it.each([
    [0, 0],
    [1840, 1840],
    [-0, 0],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    ['0', 0],
    ['1840', 1840],
    ['001840', 1840],
    ['-0', 0],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
    [12n, 12],
  ])('reads %p as %p', (input, expected) => {
    const result = parseCount(input);
    expect(result).toEqual({ ok: true, value: expected });
    expect(Object.is(result.ok && result.value, -0)).toBe(false);
  });

  it.each([
    ['decimal number', 12.5],
    ['decimal string', '12.5'],
    ['decimal comma', '12,5'],
    ['thousands separator', '1,840'],
    ['thousands space', '1 840'],
    ['thousands dot', '1.840'],
    ['exponent', '1e3'],
    ['plus sign', '+5'],
    ['leading space', ' 5'],
    ['trailing space', '5 '],
    ['text', 'many'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['empty string', ''],
    ['null', null],
    ['undefined', undefined],
    ['boolean', true],
    ['object', { value: 1 }],
    ['list', [1]],
    ['hex', '0x10'],
    ['full-width digits', '１２'],
  ])('refuses a %s as NOT_AN_INTEGER', (_label, input) => {
    const result = parseCount(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe(C.NOT_AN_INTEGER);
  });

  it.each([
    ['negative number', -5],
    ['negative string', '-5'],
    ['negative huge string', '-123456789012345678901'],
    ['negative huge number', -1e20],
    ['negative bigint', -3n],
  ])('refuses a %s as NEGATIVE_VALUE', (_label, input) => {
    const result = parseCount(input);
    expect(!result.ok && result.code).toBe(C.NEGATIVE_VALUE);
  });

  it.each([
    ['2^53 as a number', 2 ** 53],
    ['2^53 as a string', '9007199254740992'],
    ['a 20-digit string', '12345678901234567890'],
    ['2^53 + 1 with leading zeros', '00000009007199254740993'],
    ['1e20', 1e20],
    ['a long digit string', '9'.repeat(400)],
    ['a large bigint', 2n ** 64n],
  ])('refuses %s as VALUE_TOO_LARGE', (_label, input) => {
    const result = parseCount(input);
    expect(!result.ok && result.code).toBe(C.VALUE_TOO_LARGE);
  });

  it('explains the decimal case in one sentence naming the value', () => {
    const result = parseCount('12.5');
    expect(!result.ok && result.message).toBe(
      '"12.5" is not a whole number: send counts as whole numbers without decimals or thousands separators.',
    );
  });

  it('names the largest count accepted', () => {
    const result = parseCount('12345678901234567890');
    expect(!result.ok && result.message).toContain('"12345678901234567890"');
    expect(!result.ok && result.message).toContain('9007199254740991');
  });
});
