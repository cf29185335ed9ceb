import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from './data-table';
import { SeriesSummary } from './series-summary';
import type { ScaleKind, TrendPoint } from './series';
import { TrendChart } from './trend-chart';

export interface TrendFigureProps {
  points: readonly TrendPoint[];
  title: string;
  seriesLabel: string;
  /** Header of the table's value column, e.g. the unit. */
  valueLabel?: string;
  scale?: ScaleKind;
  /** Level of the summary's heading in the page outline. */
  summaryHeadingLevel?: 2 | 3 | 4;
}

/** A trend chart with its text summary and a "show as table" view. */
export function TrendFigure({
  points,
  title,
  seriesLabel,
  valueLabel,
  scale,
  summaryHeadingLevel,
}: TrendFigureProps) {
  const { t } = useTranslation('charts');
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <div className="trend-figure">
      <TrendChart points={points} title={title} seriesLabel={seriesLabel} scale={scale} />
      <SeriesSummary points={points} headingLevel={summaryHeadingLevel} />
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? t('table.hide') : t('table.show')}
      </button>
      <div id={tableId} hidden={!showTable}>
        {showTable && <DataTable points={points} caption={title} valueLabel={valueLabel} />}
      </div>
    </div>
  );
}
