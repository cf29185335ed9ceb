import { contentKey } from './content-key';

describe('contentKey', () => {
  it('is stable for the same content', () => {
    expect(contentKey('csv', ['a,b\n1,2', 'false'])).toBe(contentKey('csv', ['a,b\n1,2', 'false']));
  });

  it.each<[string, [string, string[]], [string, string[]]]>([
    ['another value', ['csv', ['x,1']], ['csv', ['x,2']]],
    ['another option', ['csv', ['x,1', 'false']], ['csv', ['x,1', 'true']]],
    ['parts split elsewhere', ['csv', ['ab', 'c']], ['csv', ['a', 'bc']]],
    ['another kind', ['csv', ['x']], ['form', ['x']]],
    ['one character apart', ['csv', ['a'.repeat(10000)]], ['csv', [`${'a'.repeat(9999)}b`]]],
  ])('differs for %s', (_name, [kindA, a], [kindB, b]) => {
    expect(contentKey(kindA, a)).not.toBe(contentKey(kindB, b));
  });

  it.each([[''], ['x'], ['é∞😀'], ['a'.repeat(1_000_000)]])(
    'fits the server limit of 200 characters for %#',
    (text) => {
      expect(contentKey('csv', [text])).toMatch(/^web-csv-[0-9a-f]{28}$/);
    },
  );
});
