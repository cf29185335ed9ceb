import { UNKNOWN_COUNTRY } from './explorer-options';

/**
 * Country names in the reader's language: `Intl.DisplayNames` for the catalogue's codes, else
 * the catalogue's (English) name, else the code. `unknown` is said in words.
 */
export function countryNamer(
  locale: string,
  countries: readonly { code: string; name: string }[],
  unknownWord: string,
): (code: string) => string {
  const listed = new Map(countries.map((country) => [country.code, country.name]));
  let regions: Intl.DisplayNames | null = null;
  try {
    regions = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
  } catch {
    regions = null;
  }
  return (code) => {
    if (code === UNKNOWN_COUNTRY) return unknownWord;
    // Only codes the catalogue lists: Intl names any well-formed code ("ZZ" → "Unknown Region").
    if (!listed.has(code)) return code;
    let name: string | undefined;
    try {
      name = regions?.of(code);
    } catch {
      name = undefined;
    }
    return name ?? listed.get(code) ?? code;
  };
}

/** Codes in the alphabetical order of their names in the reader's language. */
export function byName(
  codes: readonly string[],
  name: (code: string) => string,
  locale: string,
): string[] {
  const collator = new Intl.Collator(locale);
  return [...codes].sort((a, b) => collator.compare(name(a), name(b)) || (a < b ? -1 : 1));
}
