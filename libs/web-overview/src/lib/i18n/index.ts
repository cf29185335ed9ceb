import type { NamespaceTranslations } from '@candor/web-i18n';
import { de } from './de';
import { en, type OverviewMessages } from './en';
import { es } from './es';
import { fr } from './fr';

/** The `overview` i18n namespace in every language. */
export const overviewTranslations: NamespaceTranslations<OverviewMessages> = { en, fr, de, es };
export type { OverviewMessages };
