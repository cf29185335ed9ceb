/** A 53-bit string hash (cyrb53): quick, well spread, and the same in every browser. */
function hash53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * An idempotency key for one upload: the same content (and options) always gives the same key,
 * so a second click, a retry or a reload sends the same key and the server returns the version it
 * already stored instead of a new one. It does not need to be secret, only stable and distinct.
 */
export function contentKey(kind: string, parts: readonly string[]): string {
  const text = parts.join('\u0000');
  const a = hash53(text, 1).toString(16).padStart(14, '0');
  const b = hash53(text, 2).toString(16).padStart(14, '0');
  return `web-${kind}-${a}${b}`;
}
