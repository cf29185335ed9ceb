import type { NamespaceTranslations } from '@candor/web-i18n';
import { de } from './de';
import { en, type ContentPagesMessages } from './en';
import { es } from './es';
import { fr } from './fr';

/** The `contentPages` i18n namespace in every language. */
export const contentPagesTranslations: NamespaceTranslations<ContentPagesMessages> = {
  en,
  fr,
  de,
  es,
};
export type { ContentPagesMessages };
