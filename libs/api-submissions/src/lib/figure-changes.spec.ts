import { compareFigures } from './figure-changes';

const f = (metric: string, value: number, dimensions: Record<string, string> = {}) => ({
  metric,
  dimensions,
  value,
});

describe('compareFigures', () => {
  it('marks changed, added, removed and unchanged figures, changed first', () => {
    const changes = compareFigures(
      [f('a', 1), f('b', 2), f('c', 3, { content_type: 'image' })],
      [f('a', 1), f('b', 5), f('d', 4)],
    );
    expect(changes.map((c) => [c.metric, c.previous, c.current, c.change])).toEqual([
      ['b', 2, 5, 'changed'],
      ['d', null, 4, 'added'],
      ['c', 3, null, 'removed'],
      ['a', 1, 1, 'unchanged'],
    ]);
    expect(changes[2]!.dimensions).toEqual([{ dimension: 'content_type', value: 'image' }]);
  });

  it('compares nothing with nothing', () => {
    expect(compareFigures([], [])).toEqual([]);
  });
});
