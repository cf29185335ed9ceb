import type { NamespaceTranslations } from '@candor/web-i18n';
import { de } from './de';
import { en, type CatalogueMessages } from './en';
import { es } from './es';
import { fr } from './fr';

export const catalogueTranslations: NamespaceTranslations<CatalogueMessages> = { en, fr, de, es };
export type { CatalogueMessages };
