import { useMemo } from 'react';
import { useQuery, skipToken } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { keptSearch } from '../shared/links';
import { QueryError } from '../shared/query-error';
import { StatusBadge } from '../shared/status-badge';
import { toSource } from '../shared/status';
import { SubmitFrame } from '../shared/submit-frame';
import { useFormat } from '../shared/use-format';
import { useOrganization } from '../shared/use-organization';
import { periodHistoryQuery } from './history.documents';
import { toVersionRows } from './version-rows';

/** Every version of one period: status, source, when, the reviewer's reason, and comparisons. */
export function HistoryPage() {
  const { t } = useTranslation('submissions');
  const format = useFormat();
  const [search] = useSearchParams();
  const { period = '' } = useParams();
  const choice = useOrganization();
  const organization = choice.organization;
  const { data, loading, error } = useQuery(
    periodHistoryQuery,
    organization
      ? { variables: { organizationId: organization.id, period }, fetchPolicy: 'cache-and-network' }
      : skipToken,
  );
  const rows = useMemo(() => toVersionRows(data?.submissions), [data]);
  const label = format.period(period);
  const source = (raw: string) => {
    const known = toSource(raw);
    return known ? t(`source.${known}`) : raw;
  };

  return (
    <SubmitFrame
      choice={choice}
      title={t('history.title', { period: label })}
      lead={t('history.lead')}
    >
      {choice.canSubmit && (
        <div className="action-bar">
          <Link
            className="button button--secondary"
            to={{ pathname: `/submit/form/${period}`, search: keptSearch(search) }}
          >
            {t('history.correct')}
          </Link>
          <Link
            className="button button--secondary"
            to={{ pathname: '/submit/upload', search: keptSearch(search) }}
          >
            {t('home.uploadCsv')}
          </Link>
        </div>
      )}
      <section className="card" aria-busy={loading}>
        {error && !data ? (
          <QueryError error={error} />
        ) : loading && !data ? (
          <p className="loading" role="status">
            {t('loading')}
          </p>
        ) : rows.length === 0 ? (
          <p className="muted">{t('history.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table versions">
              <caption>{t('history.caption', { period: label })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('history.table.version')}</th>
                  <th scope="col">{t('history.table.status')}</th>
                  <th scope="col">{t('history.table.source')}</th>
                  <th scope="col">{t('history.table.sent')}</th>
                  <th scope="col">{t('history.table.reviewed')}</th>
                  <th scope="col" className="number">
                    {t('history.table.figures')}
                  </th>
                  <th scope="col">{t('history.table.note')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('home.table.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr
                    key={row.id}
                    data-version={row.version}
                    className={row.current ? 'row--current' : undefined}
                  >
                    <th scope="row">
                      {t('history.version', { version: row.version })}
                      {row.current && (
                        <span className="tag tag--current">{t('history.current')}</span>
                      )}
                    </th>
                    <td>
                      <StatusBadge status={row.status} />
                    </td>
                    <td>
                      {source(row.source)}
                      {row.attributed && <span className="tag">{t('history.attributed')}</span>}
                    </td>
                    <td>{format.dateTime(row.createdAt)}</td>
                    <td>{row.reviewedAt ? format.dateTime(row.reviewedAt) : '—'}</td>
                    <td className="number">{format.number(row.figureCount)}</td>
                    <td className="note-cell">
                      {row.reviewNote ? (
                        <blockquote className="review-note">{row.reviewNote}</blockquote>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>
                      <Link
                        to={{ pathname: `/submit/compare/${row.id}`, search: keptSearch(search) }}
                      >
                        {row.previousId
                          ? t('history.compare', { version: row.version - 1 })
                          : t('history.figures')}
                        <span className="visually-hidden">
                          {' '}
                          · {t('history.version', { version: row.version })}
                        </span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </SubmitFrame>
  );
}
