import type { NamespaceTranslations } from '@candor/web-i18n';
import { de } from './de';
import { en, type SubmissionsMessages } from './en';
import { es } from './es';
import { fr } from './fr';

/** The `submissions` i18n namespace in every language; registered when a page of it loads. */
export const submissionsTranslations: NamespaceTranslations<SubmissionsMessages> = {
  en,
  fr,
  de,
  es,
};
export type { SubmissionsMessages };
