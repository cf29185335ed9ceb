import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercentChange } from '@candor/web-i18n';
import type { ChartTable } from './chart-table';
import { keyLabel } from './table-view';
import { summarizeTable } from './table-summary';
import { useFrameFormat } from './use-frame-format';

/**
 * The default text summary of a chart, from its table: per series, where it started and ended
 * (or its extremes, for categories), the change, and how many rows have no figure.
 */
export function useTableSummary(table: ChartTable): string {
  const { t } = useTranslation('charts');
  const format = useFrameFormat();
  return useMemo(() => {
    if (table.rows.length === 0) return t('frame.summary.empty');
    const key = (code: string) => keyLabel(table, code, format);
    const sentences: string[] = [];
    for (const facts of summarizeTable(table)) {
      const { series } = facts;
      const value = (n: number) => format.value(n, series.kind);
      if (!facts.first || !facts.last || !facts.min || !facts.max) {
        sentences.push(t('frame.summary.allGaps', { series: series.label }));
        continue;
      }
      if (facts.shown === 1) {
        sentences.push(
          t('frame.summary.single', {
            series: series.label,
            key: key(facts.first.period),
            value: value(facts.first.value),
          }),
        );
      } else {
        if (table.keyKind === 'period') {
          sentences.push(
            t('frame.summary.range', {
              series: series.label,
              from: key(facts.first.period),
              to: key(facts.last.period),
              fromValue: value(facts.first.value),
              toValue: value(facts.last.value),
            }),
          );
          if (facts.change !== null)
            sentences.push(
              t('frame.summary.change', {
                change: formatPercentChange(facts.change, format.locale),
              }),
            );
        }
        sentences.push(
          t('frame.summary.extremes', {
            max: value(facts.max.value),
            maxKey: key(facts.max.period),
            min: value(facts.min.value),
            minKey: key(facts.min.period),
          }),
        );
      }
      if (facts.withheld > 0)
        sentences.push(
          t('frame.summary.gaps', {
            gaps: format.value(facts.withheld, 'count'),
            rows: format.value(facts.periods, 'count'),
          }),
        );
    }
    return sentences.join(' ');
  }, [table, t, format]);
}
