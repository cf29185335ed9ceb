import type { Language, NamespaceTranslations, Translation } from '@candor/web-i18n';
import { de } from './de';
import { en, type PublicReleasesMessages } from './en';
import { es } from './es';
import { fr } from './fr';

/** The `publicReleases` i18n namespace in every language; registered when a page of it loads. */
export const publicReleasesTranslations: NamespaceTranslations<PublicReleasesMessages> = {
  en,
  fr,
  de,
  es,
};

/** The messages of one language, for the pure helpers that build sentences from parts. */
export type Words = Translation<PublicReleasesMessages>;

export function wordsFor(language: Language): Words {
  return publicReleasesTranslations[language];
}

export type { PublicReleasesMessages };
