import type { NamespaceTranslations } from '@candor/web-i18n';
import { de } from './de';
import { en, type TrendsMessages } from './en';
import { es } from './es';
import { fr } from './fr';

/** The `trends` i18n namespace in every language. */
export const trendsTranslations: NamespaceTranslations<TrendsMessages> = { en, fr, de, es };
export type { TrendsMessages };
