import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartTable } from './chart-table';
import { toCsv } from './csv';

/**
 * A link that downloads the chart's data as CSV. The file is built in the page from the same
 * table the chart and the table view show, so nothing is fetched and nothing can differ.
 */
export function CsvLink({
  table,
  fileName,
  title,
}: {
  table: ChartTable;
  fileName: string;
  title: string;
}) {
  const { t } = useTranslation('charts');
  const href = useMemo(
    () => `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv(table))}`,
    [table],
  );
  return (
    <a className="button button--secondary button--small" href={href} download={fileName}>
      {t('frame.downloadCsv')}
      <span className="visually-hidden">{t('frame.of', { title })}</span>
    </a>
  );
}
