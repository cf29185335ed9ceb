import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@candor/web-i18n';
import { wordsFor, type Words } from '../i18n';
import { createFormat, type PublicFormat } from './format';

export interface PublicText {
  t: TFunction<'publicReleases'>;
  language: Language;
  /** This language's messages, for the pure helpers that build sentences. */
  words: Words;
  format: PublicFormat;
}

/** Translations, messages and formatting of the public releases pages, in the chosen language. */
export function usePublicText(): PublicText {
  const { t, i18n } = useTranslation('publicReleases');
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return useMemo(() => {
    const words = wordsFor(language);
    return { t, language, words, format: createFormat(language, words) };
  }, [t, language]);
}
