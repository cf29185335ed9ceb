import { cellQueryVariables, NO_FILTERS, pageInfo } from './cell-paging';

describe('cellQueryVariables', () => {
  it('leaves empty filters out', () => {
    expect(cellQueryVariables('r1', NO_FILTERS, 0)).toEqual({
      id: 'r1',
      metric: null,
      scope: null,
      dimension: null,
      suppressedOnly: false,
      offset: 0,
      limit: 50,
    });
  });

  it('passes the filters given', () => {
    expect(
      cellQueryVariables(
        'r1',
        { metric: 'm', scope: 'network', dimension: 'd', suppressedOnly: true },
        100,
        25,
      ),
    ).toEqual({
      id: 'r1',
      metric: 'm',
      scope: 'network',
      dimension: 'd',
      suppressedOnly: true,
      offset: 100,
      limit: 25,
    });
  });
});

describe('pageInfo', () => {
  it.each([
    [
      'no cell',
      [0, 0, 0, 50],
      { first: 0, last: 0, page: 1, pages: 1, previousOffset: null, nextOffset: null },
    ],
    [
      'one short page',
      [7, 0, 7, 50],
      { first: 1, last: 7, page: 1, pages: 1, previousOffset: null, nextOffset: null },
    ],
    [
      'the first of three pages',
      [120, 0, 50, 50],
      { first: 1, last: 50, page: 1, pages: 3, previousOffset: null, nextOffset: 50 },
    ],
    [
      'the middle page',
      [120, 50, 50, 50],
      { first: 51, last: 100, page: 2, pages: 3, previousOffset: 0, nextOffset: 100 },
    ],
    [
      'the last, partial page',
      [120, 100, 20, 50],
      { first: 101, last: 120, page: 3, pages: 3, previousOffset: 50, nextOffset: null },
    ],
    [
      'exactly two full pages, on the second',
      [100, 50, 50, 50],
      { first: 51, last: 100, page: 2, pages: 2, previousOffset: 0, nextOffset: null },
    ],
  ] as const)('places %s', (_name, [total, offset, shown, limit], expected) => {
    expect(pageInfo(total, offset, shown, limit)).toEqual(expected);
  });
});
