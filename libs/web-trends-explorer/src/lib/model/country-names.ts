/** Codes in the alphabetical order of their names in the reader's language. */
export function byName(
  codes: readonly string[],
  name: (code: string) => string,
  locale: string,
): string[] {
  const collator = new Intl.Collator(locale);
  return [...codes].sort((a, b) => collator.compare(name(a), name(b)) || (a < b ? -1 : 1));
}
