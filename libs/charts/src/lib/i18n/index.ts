import type { NamespaceTranslations } from '@candor/web-i18n';
import { de } from './de';
import { en, type ChartsMessages } from './en';
import { es } from './es';
import { fr } from './fr';

/** The `charts` i18n namespace in every language; the app registers it with the page. */
export const chartsTranslations: NamespaceTranslations<ChartsMessages> = { en, fr, de, es };
export type { ChartsMessages };
