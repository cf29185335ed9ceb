import { useMemo } from 'react';
import type { SubmissionCatalogueQuery } from '@candor/web-graphql';
import type { CountryOption } from './breakdown-fieldset';

/**
 * Countries with their names in the chosen language (`Intl.DisplayNames`), sorted as that
 * language sorts; the API's English name when the browser has none.
 */
export function useCountries(
  countries: SubmissionCatalogueQuery['countries'] | undefined,
  locale: string,
): CountryOption[] {
  return useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null;
    }
    const nameOf = (code: string, fallback: string) => {
      try {
        return names?.of(code) ?? fallback;
      } catch {
        return fallback;
      }
    };
    const collator = new Intl.Collator(locale);
    return (countries ?? [])
      .map((c) => ({ code: c.code, name: nameOf(c.code, c.name) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [countries, locale]);
}
