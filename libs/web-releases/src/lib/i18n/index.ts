import type { NamespaceTranslations } from '@candor/web-i18n';
import { de } from './de';
import { en, type ReleasesMessages } from './en';
import { es } from './es';
import { fr } from './fr';

/** The `releases` i18n namespace in every language; registered when a page of it loads. */
export const releasesTranslations: NamespaceTranslations<ReleasesMessages> = { en, fr, de, es };
export type { ReleasesMessages };
