import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Icon } from '../shared/icon';
import { keptSearch } from '../shared/links';
import { QueryError } from '../shared/query-error';
import { useFormat } from '../shared/use-format';
import { ReviewFrame } from './review-frame';
import { reviewQueueQuery } from './review.documents';
import { WarningList } from './warning-list';

/** Versions waiting for a network reviewer, oldest first, with their warnings. */
export function QueuePage() {
  const { t } = useTranslation('submissions');
  const format = useFormat();
  const [search] = useSearchParams();
  const { data, loading, error } = useQuery(reviewQueueQuery, { fetchPolicy: 'cache-and-network' });
  const items = data?.reviewQueue ?? [];
  const withWarnings = items.filter((i) => i.warnings.length > 0).length;

  return (
    <ReviewFrame title={t('review.queue.title')} lead={t('review.queue.lead')}>
      <section className="card" aria-busy={loading}>
        {error && !data ? (
          <QueryError error={error} />
        ) : loading && !data ? (
          <p className="loading" role="status">
            {t('loading')}
          </p>
        ) : items.length === 0 ? (
          <p className="empty-state">
            <Icon name="check" />
            {t('review.queue.empty')}
          </p>
        ) : (
          <>
            <p className="queue-summary">
              {t('review.queue.summary', {
                count: items.length,
                warnings: format.number(withWarnings),
              })}
            </p>
            <div className="table-wrap">
              <table className="table queue">
                <caption className="visually-hidden">{t('review.queue.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('review.queue.organization')}</th>
                    <th scope="col">{t('review.queue.period')}</th>
                    <th scope="col">{t('review.queue.version')}</th>
                    <th scope="col">{t('review.queue.sent')}</th>
                    <th scope="col" className="number">
                      {t('review.queue.figures')}
                    </th>
                    <th scope="col">{t('review.queue.warnings')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('home.table.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map(({ submission: s, warnings, previousVersion }) => {
                    const period = format.period(s.period);
                    return (
                      <tr key={s.id} data-submission={s.id} data-period={s.period}>
                        <th scope="row">
                          {s.organization.name}
                          <span className="figure-dims">
                            {t(`review.kind.${s.organization.kind}`)}
                            {s.organization.country ? ` · ${s.organization.country}` : ''}
                          </span>
                        </th>
                        <td>{period}</td>
                        <td>
                          {previousVersion
                            ? t('review.queue.correction', {
                                version: s.version,
                                previous: previousVersion,
                              })
                            : t('review.queue.first', { version: s.version })}
                        </td>
                        <td>{format.dateTime(s.createdAt)}</td>
                        <td className="number">{format.number(s.figureCount)}</td>
                        <td>
                          {warnings.length === 0 ? (
                            <span className="muted">{t('review.queue.noWarnings')}</span>
                          ) : (
                            <details className="warnings-disclosure">
                              <summary>
                                <span className="badge badge--warning">
                                  <Icon name="alert" />
                                  {t('review.queue.warningCount', { count: warnings.length })}
                                </span>
                              </summary>
                              <WarningList warnings={warnings} />
                            </details>
                          )}
                        </td>
                        <td>
                          <Link
                            className="button button--secondary button--small"
                            to={{ pathname: `/review/${s.id}`, search: keptSearch(search) }}
                          >
                            {t('review.queue.open')}
                            <span className="visually-hidden">
                              {' '}
                              · {s.organization.name} · {period}
                            </span>
                          </Link>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </ReviewFrame>
  );
}
