import type { NamespaceTranslations } from '@candor/web-i18n';
import { de } from './de';
import { en, type CountriesMessages } from './en';
import { es } from './es';
import { fr } from './fr';

/** The `countries` i18n namespace in every language. */
export const countriesTranslations: NamespaceTranslations<CountriesMessages> = { en, fr, de, es };
export type { CountriesMessages };
