import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@candor/web-i18n';
import { scopeWords } from '../build/scope-groups';
import { toGranularity, toReleaseStatus, toReportStatus, toWithheldReason } from './vocabulary';

export interface BuilderLabels {
  releaseStatus: (code: string) => string;
  reportStatus: (code: string) => string;
  granularity: (code: string) => string;
  /** A report language in the page's language (`fr` → "French"). */
  language: (code: string) => string;
  /** A scope by its key, with the API's (English) label for organizations and unknown kinds. */
  scope: (key: string, label: string) => string;
  /** Why a figure is withheld, in words. */
  withheld: (code: string) => string;
  /** `network-2026-q v3`. */
  release: (series: string, version: number) => string;
}

/** Translated words for the codes of the reports API; a code unknown here is shown as is. */
export function useBuilderLabels(): BuilderLabels {
  const { t, i18n } = useTranslation('reportBuilder');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    let countries: Intl.DisplayNames | null = null;
    try {
      countries = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      countries = null;
    }
    return {
      releaseStatus: (code) => {
        const known = toReleaseStatus(code);
        return known ? t(`releaseStatus.${known}`) : code;
      },
      reportStatus: (code) => {
        const known = toReportStatus(code);
        return known ? t(`reportStatus.${known}`) : code;
      },
      granularity: (code) => {
        const known = toGranularity(code);
        return known ? t(`granularity.${known}`) : code;
      },
      language: (code) => (isLanguage(code) ? t(`language.${code}`) : code),
      scope: (key, label) => {
        const words = scopeWords(key, label);
        if (words.kind === 'label') return words.label;
        if (words.kind === 'country') {
          const country = countries?.of(words.code) ?? words.code;
          return t('scope.country', { country });
        }
        return t(`scope.${words.kind}`);
      },
      withheld: (code) => {
        const known = toWithheldReason(code);
        return known ? t(`withheld.${known}`) : t('withheld.other');
      },
      release: (series, version) => t('release.value', { series, version }),
    };
  }, [locale, t]);
}
