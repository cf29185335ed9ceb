import type { Language, NamespaceTranslations, Translation } from '@candor/web-i18n';
import { de } from './de';
import { en, type ReportsMessages } from './en';
import { es } from './es';
import { fr } from './fr';

/** The `reports` i18n namespace in every language; registered when a reports page loads. */
export const reportsTranslations: NamespaceTranslations<ReportsMessages> = { en, fr, de, es };

/** The messages of one language: the report page reads them in the report's language. */
export type Words = Translation<ReportsMessages>;

export function wordsFor(language: Language): Words {
  return reportsTranslations[language];
}

export type { ReportsMessages };
