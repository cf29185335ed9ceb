import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  parseScope,
  toBuildStep,
  toGranularity,
  toReleaseStatus,
  toSuppressionReason,
} from './vocabulary';

export interface ReleaseLabels {
  status: (code: string) => string;
  step: (code: string) => string;
  granularity: (code: string) => string;
  /** Why a cell is withheld, in words. */
  suppression: (code: string) => string;
  scope: (code: string) => string;
}

/** Translated words for the release codes; a code the app does not know is shown as is. */
export function useReleaseLabels(): ReleaseLabels {
  const { t } = useTranslation('releases');
  return useMemo(
    () => ({
      status: (code) => {
        const known = toReleaseStatus(code);
        return known ? t(`status.${known}`) : code;
      },
      step: (code) => {
        const known = toBuildStep(code);
        return known ? t(`step.${known}`) : code;
      },
      granularity: (code) => {
        const known = toGranularity(code);
        return known ? t(`granularity.${known}`) : code;
      },
      suppression: (code) => {
        const known = toSuppressionReason(code);
        return known ? t(`suppression.${known}`) : code;
      },
      scope: (code) => {
        const scope = parseScope(code);
        if (scope.kind === 'organization') return t('scope.organization', { slug: scope.slug });
        if (scope.kind === 'other') return scope.code;
        return t(`scope.${scope.kind}`);
      },
    }),
    [t],
  );
}
