/** The residual value of a country breakdown: the country is not known. */
export const UNKNOWN_COUNTRY = 'unknown';
/** The residual value of a breakdown: the part of the total not broken down by country. */
export const NOT_BROKEN_DOWN = '_not_broken_down';

export interface CountryNameOptions {
  locale: string;
  /** ISO 3166-1 alpha-2 codes the catalogue accepts, with their English names (the fallback). */
  countries: readonly { code: string; name: string }[];
  /** Translated names of the residual values (without `notBrokenDown`, its code is shown). */
  unknown: string;
  notBrokenDown?: string;
}

function regionNames(locale: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
  } catch {
    return null;
  }
}

/**
 * Names of hosting countries in the reader's language (`Intl.DisplayNames`), falling back to the
 * catalogue's English name. A code the catalogue does not list is shown as it is: Intl would name
 * any well-formed code ("ZZ" → "Unknown Region").
 */
export function countryNamer(options: CountryNameOptions): (code: string) => string {
  const english = new Map(options.countries.map((country) => [country.code, country.name]));
  const regions = regionNames(options.locale);
  return (code) => {
    if (code === UNKNOWN_COUNTRY) return options.unknown;
    if (code === NOT_BROKEN_DOWN && options.notBrokenDown !== undefined)
      return options.notBrokenDown;
    if (!english.has(code)) return code;
    let name: string | undefined;
    try {
      name = regions?.of(code);
    } catch {
      name = undefined;
    }
    return name ?? english.get(code) ?? code;
  };
}
