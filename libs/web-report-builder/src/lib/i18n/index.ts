import type { NamespaceTranslations } from '@candor/web-i18n';
import { de } from './de';
import { en, type ReportBuilderMessages } from './en';
import { es } from './es';
import { fr } from './fr';

/** The `reportBuilder` i18n namespace in every language; registered when the page loads. */
export const reportBuilderTranslations: NamespaceTranslations<ReportBuilderMessages> = {
  en,
  fr,
  de,
  es,
};
export type { ReportBuilderMessages };
