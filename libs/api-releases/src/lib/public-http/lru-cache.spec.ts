import { LruCache } from './lru-cache';

describe('LruCache', () => {
  it('evicts the least recently used entry beyond the entry limit', () => {
    const cache = new LruCache<number>({ maxEntries: 2, maxBytes: 100 });
    cache.set('a', 1, 1);
    cache.set('b', 2, 1);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3, 1);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.size]).toEqual([1, 3, 2]);
  });

  it('stays within its byte budget and refuses a value larger than all of it', () => {
    const cache = new LruCache<string>({ maxEntries: 10, maxBytes: 10 });
    cache.set('a', 'a', 4);
    cache.set('b', 'b', 4);
    cache.set('c', 'c', 4);
    expect(cache.bytes).toBe(8);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.set('huge', 'h', 11)).toBe(false);
    expect([cache.get('huge'), cache.bytes]).toEqual([undefined, 8]);
  });

  it('replaces a key without counting it twice', () => {
    const cache = new LruCache<string>({ maxEntries: 10, maxBytes: 10 });
    cache.set('a', 'x', 5);
    cache.set('a', 'y', 3);
    cache.delete('missing');
    expect([cache.get('a'), cache.bytes, cache.size]).toEqual(['y', 3, 1]);
  });
});
