import { useTranslation } from 'react-i18next';
import { chartTheme } from '@candor/charts';
import type { TrendMark } from '../model/trend-marks';
import { MarkIcon } from './mark-shapes';
import { MARK_KEY } from './use-mark-words';

const KINDS: readonly TrendMark['kind'][] = ['spike', 'level_shift', 'annotation'];

/** What the line, the dashed rules and each mark shape mean; only what the chart shows. */
export function TrendLegend({
  seriesLabel,
  hasGaps,
  marks,
}: {
  seriesLabel: string;
  hasGaps: boolean;
  marks: readonly TrendMark[];
}) {
  const { t } = useTranslation('trends');
  const kinds = KINDS.filter((kind) => marks.some((mark) => mark.kind === kind));
  return (
    <ul className="chart-legend trends-legend" aria-label={t('legend.label')}>
      <li>
        <span
          className="chart-legend__line"
          style={{ borderColor: chartTheme.series }}
          aria-hidden="true"
        />
        {seriesLabel}
      </li>
      {hasGaps && (
        <li>
          <span
            className="chart-legend__line chart-legend__line--dashed trends-legend__gap"
            style={{ borderColor: chartTheme.withheld }}
            aria-hidden="true"
          />
          {t('legend.gap')}
        </li>
      )}
      {kinds.map((kind) => (
        <li key={kind} data-mark={kind}>
          <MarkIcon kind={kind} />
          {t(`legend.${MARK_KEY[kind]}`)}
        </li>
      ))}
    </ul>
  );
}
