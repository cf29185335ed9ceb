import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { keptSearch } from '../shared/links';
import { OverdueBadge, StatusBadge } from '../shared/status-badge';
import { useFormat } from '../shared/use-format';
import type { PeriodRow } from './period-rows';

export interface PeriodTableProps {
  rows: readonly PeriodRow[];
  caption: string;
  canSubmit: boolean;
}

/** The organization's expected periods: status, version, deadline, and what to do next. */
export function PeriodTable({ rows, caption, canSubmit }: PeriodTableProps) {
  const { t } = useTranslation('submissions');
  const format = useFormat();
  const [search] = useSearchParams();
  const link = (path: string) => ({ pathname: path, search: keptSearch(search) });

  return (
    <div className="table-wrap">
      <table className="table periods">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('home.table.period')}</th>
            <th scope="col">{t('home.table.status')}</th>
            <th scope="col" className="number">
              {t('home.table.version')}
            </th>
            <th scope="col">{t('home.table.deadline')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('home.table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const period = format.period(row.period);
            return (
              <tr key={row.period} data-period={row.period} data-status={row.rawStatus}>
                <th scope="row">{period}</th>
                <td>
                  <StatusBadge status={row.rawStatus} />
                </td>
                <td className="number">{row.version ?? '—'}</td>
                <td>
                  <span className="deadline">
                    {format.date(row.deadline)}
                    {row.overdue ? (
                      <OverdueBadge />
                    ) : (
                      (row.status === 'missing' || row.status === 'rejected') && (
                        <span className="muted">{format.days(row.daysLeft)}</span>
                      )
                    )}
                  </span>
                </td>
                <td className="actions">
                  {canSubmit && (
                    <Link to={link(`/submit/form/${row.period}`)}>
                      {t(`home.action.${row.action}`)}
                      <span className="visually-hidden"> · {period}</span>
                    </Link>
                  )}
                  {row.version !== null && (
                    <Link to={link(`/submit/history/${row.period}`)}>
                      {t('home.action.history')}
                      <span className="visually-hidden"> · {period}</span>
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
