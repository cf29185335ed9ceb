import type { NamespaceTranslations } from '@candor/web-i18n';
import { de } from './de';
import { en, type PublicMessages } from './en';
import { es } from './es';
import { fr } from './fr';

/** The `public` i18n namespace, registered by every public page. */
export const publicTranslations: NamespaceTranslations<PublicMessages> = { en, fr, de, es };
export type { PublicMessages };
