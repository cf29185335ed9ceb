import type { NamespaceTranslations } from '@candor/web-i18n';
import { de } from './de';
import { en, type CommonMessages } from './en';
import { es } from './es';
import { fr } from './fr';

export const commonTranslations: NamespaceTranslations<CommonMessages> = { en, fr, de, es };
export type { CommonMessages };
