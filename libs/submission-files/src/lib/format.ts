/** Small helpers that keep messages uniform (same style as the catalogue's validator). */

const MAX_QUOTED = 40;

/** A submitted value as shown in a message: strings quoted (and cut when long), others named. */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  return Array.isArray(value) ? 'a list' : 'an object';
}

/** `a`, `a and b`, `a, b and c` (or `a, b or c`). */
export function list(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** Row numbers as ranges: `3–5, 8 and 10`. Expects ascending numbers. */
export function rowRanges(rows: readonly number[]): string {
  const ranges: [number, number][] = [];
  for (const row of rows) {
    const last = ranges.at(-1);
    if (last && row === last[1] + 1) last[1] = row;
    else ranges.push([row, row]);
  }
  return list(ranges.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`)));
}

const KILOBYTE = 1024;
const MEGABYTE = 1024 * KILOBYTE;

const oneDecimal = (n: number): number => Number(n.toFixed(1));

/** A file size as people read it: `10 MB`, `1.3 MB`, `512 KB`, `3 bytes`. */
export function fileSize(bytes: number): string {
  if (bytes >= MEGABYTE) return `${oneDecimal(bytes / MEGABYTE)} MB`;
  if (bytes >= KILOBYTE) return `${oneDecimal(bytes / KILOBYTE)} KB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}
