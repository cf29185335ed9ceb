import type { NamespaceTranslations } from '../translation';
import { de } from './de';
import { en, type DomainMessages } from './en';
import { es } from './es';
import { fr } from './fr';

/** The `domain` i18n namespace, registered by the app at start. */
export const domainTranslations: NamespaceTranslations<DomainMessages> = { en, fr, de, es };
export type { DomainMessages };
