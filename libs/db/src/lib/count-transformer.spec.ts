import { countTransformer, toExactCount } from './count-transformer';

describe('toExactCount', () => {
  it.each([
    ['0', 0],
    ['36210368', 36_210_368],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
    [42, 42],
  ])('reads %j exactly', (raw, expected) => {
    expect(toExactCount(raw)).toBe(expected);
  });

  it.each(['9007199254740992', '1.5', 'abc'])(
    'refuses %j, which a number cannot hold exactly',
    (raw) => {
      expect(() => toExactCount(raw)).toThrow(RangeError);
    },
  );

  it('passes nulls through when reading', () => {
    expect(countTransformer.from(null)).toBeNull();
    expect(countTransformer.from('7')).toBe(7);
  });
});
