import { useTranslation } from 'react-i18next';
import type { TrendPoint } from './series';
import { useChartFormat } from './use-chart-format';

export interface DataTableProps {
  points: readonly TrendPoint[];
  caption: string;
  /** Header of the value column, e.g. the unit; defaults to "Value". */
  valueLabel?: string;
}

/** The "show as table" view of a series: one row per period, figures in full. */
export function DataTable({ points, caption, valueLabel }: DataTableProps) {
  const { t } = useTranslation('charts');
  const format = useChartFormat();
  return (
    <div className="data-table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.period')}</th>
            <th scope="col" className="data-table__number">
              {valueLabel ?? t('table.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.period} data-period={point.period}>
              <th scope="row">{format.period(point.period, 'long')}</th>
              {point.withheld || point.value === null ? (
                <td className="data-table__number data-table__withheld">{t('table.withheld')}</td>
              ) : (
                <td className="data-table__number">{format.number(point.value)}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
