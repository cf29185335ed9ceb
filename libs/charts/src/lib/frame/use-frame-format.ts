import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFormat } from '../use-chart-format';
import type { ValueKind } from './chart-table';
import { formatValue } from './format-value';
import type { TableFormat } from './table-view';

const REASONS = [
  'contributors',
  'dominance',
  'small_count',
  'secondary',
  'not_published',
  'beyond_cutoff',
] as const;
type KnownReason = (typeof REASONS)[number];
const isKnown = (code: string): code is KnownReason =>
  (REASONS as readonly string[]).includes(code);

export interface FrameFormat extends TableFormat {
  locale: string;
  /** A list in the language's words: "Q1 2025, Q2 2025 and Q3 2025". */
  list: (items: readonly string[]) => string;
}

/** Periods, values and gap reasons as the chosen language writes them. */
export function useFrameFormat(): FrameFormat {
  const { t } = useTranslation('charts');
  const chart = useChartFormat();
  return useMemo(() => {
    const lists = new Intl.ListFormat(chart.locale, { type: 'conjunction', style: 'long' });
    return {
      locale: chart.locale,
      period: (code) => chart.period(code, 'long'),
      value: (value: number, kind: ValueKind) => formatValue(value, kind, chart.locale),
      gap: (reason) =>
        isKnown(reason) ? t(`reason.${reason}`) : t('reason.other', { code: reason }),
      list: (items) => lists.format(items),
    };
  }, [chart, t]);
}
