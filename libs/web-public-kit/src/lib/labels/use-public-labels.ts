import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { en } from '../i18n/en';
import type { Granularity } from '../url-state/view-params';

type MetricKey = keyof typeof en.metric;

/**
 * The i18n key of a metric code: `hotline.urls.new_content` → `hotlineUrlsNewContent` (i18next
 * reads `_` in a key as a plural or context suffix, and `.` as nesting).
 */
export const metricKey = (code: string) =>
  code.replace(/[._]([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());

const isMetricKey = (key: string): key is MetricKey => Object.hasOwn(en.metric, key);

export interface PublicLabels {
  /** A metric's name in the chosen language; an unknown code is shown as is. */
  metric: (code: string) => string;
  granularity: (granularity: Granularity) => string;
  /** "a month", "par trimestre" … */
  per: (granularity: Granularity) => string;
}

export function usePublicLabels(): PublicLabels {
  const { t } = useTranslation('public');
  return useMemo(
    () => ({
      metric: (code) => {
        const key = metricKey(code);
        return isMetricKey(key) ? t(`metric.${key}`) : code;
      },
      granularity: (granularity) => t(`granularity.${granularity}`),
      per: (granularity) => t(`per.${granularity}`),
    }),
    [t],
  );
}
