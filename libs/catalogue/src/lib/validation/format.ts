/** Small helpers that keep validation messages uniform. */

const MAX_QUOTED = 40;

/** A submitted value as shown in a message: strings quoted (and cut when long), others as text. */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    return String(value);
  }
  if (value === null || value === undefined) return 'an empty value';
  return Array.isArray(value) ? 'a list' : 'an object';
}

/** `a`, `a and b`, `a, b and c` (or `a, b or c`). */
export function list(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** `2 rows` / `1 row` style plural. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
