import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { en } from '../i18n/en';

type Code = keyof typeof en.issue;
const known = (code: string): code is Code => Object.hasOwn(en.issue, code);

/** A short title for an issue code in the chosen language; an unknown code is shown as is. */
export function useIssueLabel(): (code: string) => string {
  const { t } = useTranslation('submissions');
  return useCallback((code) => (known(code) ? t(`issue.${code}`) : code), [t]);
}
