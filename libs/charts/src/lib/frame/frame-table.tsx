import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartTable } from './chart-table';
import { tableView } from './table-view';
import { useFrameFormat } from './use-frame-format';

/**
 * The "show as table" view: exactly the rows the chart draws, figures in full, a gap as the
 * reason there is no figure. It scrolls sideways on a narrow screen, and can be focused to.
 */
export function FrameTable({ table, caption }: { table: ChartTable; caption: string }) {
  const { t } = useTranslation('charts');
  const format = useFrameFormat();
  const rows = useMemo(() => tableView(table, format), [table, format]);
  return (
    <div
      className="data-table"
      role="region"
      aria-label={t('frame.tableLabel', { title: caption })}
      tabIndex={0}
    >
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.keyLabel}</th>
            {table.series.map((series) => (
              <th key={series.id} scope="col" className="data-table__number">
                {series.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell) => (
                <td
                  key={cell.seriesId}
                  data-series={cell.seriesId}
                  className={
                    cell.gap ? 'data-table__number data-table__withheld' : 'data-table__number'
                  }
                >
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
