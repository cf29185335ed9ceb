import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { en } from './domain/en';

type Unit = keyof typeof en.unit;
type Submitter = keyof typeof en.submittedBy;
type DimensionKind = keyof typeof en.dimensionKind;

const has = <T extends object>(table: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(table, key);

export interface DomainLabels {
  unit: (code: string) => string;
  submittedBy: (code: string) => string;
  dimensionKind: (code: string) => string;
}

/** Translated words of the catalogue's vocabulary; a code the app does not know is shown as is. */
export function useDomainLabels(): DomainLabels {
  const { t } = useTranslation('domain');
  return useMemo(
    () => ({
      unit: (code) => (has(en.unit, code) ? t(`unit.${code satisfies Unit}`) : code),
      submittedBy: (code) =>
        has(en.submittedBy, code) ? t(`submittedBy.${code satisfies Submitter}`) : code,
      dimensionKind: (code) =>
        has(en.dimensionKind, code) ? t(`dimensionKind.${code satisfies DimensionKind}`) : code,
    }),
    [t],
  );
}
