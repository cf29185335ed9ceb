import { fileSize, list, quote, rowRanges } from './format';

describe('format helpers', () => {
  it.each([
    [[], ''],
    [[4], '4'],
    [[2, 3], '2–3'],
    [[2, 3, 4, 7, 9, 10], '2–4, 7 and 9–10'],
  ])('rowRanges(%j) is %j', (rows, text) => {
    expect(rowRanges(rows)).toBe(text);
  });

  it('lists, quotes and sizes', () => {
    expect(list(['a', 'b', 'c'], 'or')).toBe('a, b or c');
    expect(quote('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
    expect([quote(1), quote(null), quote(undefined), quote([]), quote({})]).toEqual([
      '1',
      'null',
      'missing',
      'a list',
      'an object',
    ]);
    expect([10 * 1024 * 1024, 1.25 * 1024 * 1024, 512 * 1024, 1, 3].map(fileSize)).toEqual([
      '10 MB',
      '1.3 MB',
      '512 KB',
      '1 byte',
      '3 bytes',
    ]);
  });
});
