import { keptSearch } from './links';

describe('keptSearch', () => {
  it.each<[string, Record<string, string | null>, string]>([
    ['', {}, ''],
    ['?lang=fr', {}, '?lang=fr'],
    ['?lang=de&org=o1&metric=x', {}, '?lang=de&org=o1'],
    ['?org=o1', { org: 'o2' }, '?org=o2'],
    ['?lang=es&org=o1', { org: null }, '?lang=es'],
    ['', { next: '/submit?lang=fr' }, '?next=%2Fsubmit%3Flang%3Dfr'],
  ])('keeps %p with %p as %p', (current, extra, expected) => {
    expect(keptSearch(current, extra)).toBe(expected);
  });

  it('takes URLSearchParams too', () => {
    expect(keptSearch(new URLSearchParams('lang=fr&x=1'))).toBe('?lang=fr');
  });
});
