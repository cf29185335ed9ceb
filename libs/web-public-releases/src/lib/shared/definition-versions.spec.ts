import { definitionRows, definitionVersionsOf } from './definition-versions';

describe('definitionVersionsOf', () => {
  it.each<[unknown, [string, number][]]>([
    [
      { 'a.b': 1, 'c.d': 2 },
      [
        ['a.b', 1],
        ['c.d', 2],
      ],
    ],
    [{ 'a.b': '1', 'c.d': 1.5, 'e.f': 3 }, [['e.f', 3]]],
    [null, []],
    [[1, 2], []],
    ['a.b', []],
  ])('reads %p', (value, expected) => {
    expect([...definitionVersionsOf(value)]).toEqual(expected);
  });
});

describe('definitionRows', () => {
  const catalogue = [
    { code: 'hotline.a', label: 'A', version: 1 },
    { code: 'hotline.b', label: 'B', version: 2 },
    { code: 'hotline.c', label: 'C', version: 1 },
  ];

  it('lists what the release used, in catalogue order, next to the current version', () => {
    expect(
      definitionRows({ 'old.z': 1, 'hotline.b': 1, 'old.y': 2, 'hotline.a': 1 }, catalogue),
    ).toEqual([
      { code: 'hotline.a', label: 'A', used: 1, current: 1 },
      { code: 'hotline.b', label: 'B', used: 1, current: 2 },
      { code: 'old.y', label: 'old.y', used: 2, current: null },
      { code: 'old.z', label: 'old.z', used: 1, current: null },
    ]);
  });

  it('is empty when the release gives no versions', () => {
    expect(definitionRows({}, catalogue)).toEqual([]);
  });
});
