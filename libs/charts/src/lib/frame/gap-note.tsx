import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartTable } from './chart-table';
import { gapGroups, keyLabel } from './table-view';
import { useFrameFormat } from './use-frame-format';

/** Says in words where a chart has gaps and why, so a gap is never read as a zero. */
export function GapNote({ table }: { table: ChartTable }) {
  const { t } = useTranslation('charts');
  const format = useFrameFormat();
  const groups = useMemo(() => gapGroups(table), [table]);
  if (groups.length === 0) return null;
  const several = table.series.length > 1;
  return (
    <ul className="chart-frame__gaps">
      {groups.map((group) => {
        const series = table.series.find((s) => s.id === group.seriesId);
        const label = (key: string) => keyLabel(table, key, format);
        // Runs ("Q1 2024 to Q3 2025") only make sense for periods; categories are named one by one.
        const runs =
          table.keyKind === 'period'
            ? group.runs
            : group.keys.map((key) => ({ from: key, to: key }));
        const keys = format.list(
          runs.flatMap((run) =>
            run.from === run.to
              ? [label(run.from)]
              : group.keys.indexOf(run.to) - group.keys.indexOf(run.from) === 1
                ? [label(run.from), label(run.to)]
                : [t('frame.span', { from: label(run.from), to: label(run.to) })],
          ),
        );
        return (
          <li key={`${group.seriesId}|${group.reason}`} data-reason={group.reason}>
            <svg className="chart-frame__gap-mark" viewBox="0 0 12 12" aria-hidden="true">
              <line x1="6" y1="0" x2="6" y2="12" />
            </svg>
            {several && series ? `${series.label}: ` : ''}
            {t('frame.gaps', { keys, reason: format.gap(group.reason) })}
          </li>
        );
      })}
    </ul>
  );
}
