import { useMemo } from 'react';
import { useQuery, skipToken } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Icon } from '../shared/icon';
import { keptSearch } from '../shared/links';
import { QueryError } from '../shared/query-error';
import { SubmitFrame } from '../shared/submit-frame';
import { useFormat } from '../shared/use-format';
import { useOrganization } from '../shared/use-organization';
import { periodStatusesQuery } from './home.documents';
import { summarizePeriods, toPeriodRows } from './period-rows';
import { PeriodTable } from './period-table';

const PERIODS_SHOWN = 12;

/** A submitter's start page: the organization's periods, deadlines, and ways to send figures. */
export function SubmitHomePage() {
  const { t } = useTranslation('submissions');
  const format = useFormat();
  const [search] = useSearchParams();
  const choice = useOrganization();
  const organization = choice.organization;
  const { data, loading, error } = useQuery(
    periodStatusesQuery,
    organization
      ? {
          variables: { organizationId: organization.id, count: PERIODS_SHOWN },
          fetchPolicy: 'cache-and-network',
        }
      : skipToken,
  );
  const today = new Date().toISOString().slice(0, 10);
  const rows = useMemo(() => toPeriodRows(data?.periodStatuses, today), [data, today]);
  const summary = useMemo(() => summarizePeriods(rows), [rows]);
  const kind = organization?.kind === 'company' ? 'company' : 'hotline';
  const cadence = organization?.cadence === 'quarter' ? 'quarter' : 'month';

  return (
    <SubmitFrame choice={choice} title={t('home.title')} lead={t(`home.lead.${cadence}`)}>
      {!organization ? (
        <p className="message">{t('organization.noneBody')}</p>
      ) : (
        <>
          <dl className="summary-tiles" aria-label={t('home.summary.label')}>
            <div className={summary.overdue > 0 ? 'tile tile--alert' : 'tile'}>
              <dt>{t('home.summary.overdue')}</dt>
              <dd>{format.number(summary.overdue)}</dd>
            </div>
            <div className="tile">
              <dt>{t('home.summary.missing')}</dt>
              <dd>{format.number(summary.missing)}</dd>
            </div>
            <div className="tile">
              <dt>{t('home.summary.waiting')}</dt>
              <dd>{format.number(summary.waiting)}</dd>
            </div>
            <div className="tile">
              <dt>{t('home.summary.nextDeadline')}</dt>
              <dd className="tile__text">
                {summary.nextDeadline
                  ? t('home.summary.deadlineFor', {
                      date: format.date(summary.nextDeadline.deadline),
                      period: format.period(summary.nextDeadline.period),
                    })
                  : t('home.summary.noDeadline')}
              </dd>
            </div>
          </dl>

          <div className="action-bar">
            {choice.canSubmit && (
              <>
                <Link
                  className="button button--primary"
                  to={{ pathname: '/submit/upload', search: keptSearch(search) }}
                >
                  <Icon name="upload" />
                  {t('home.uploadCsv')}
                </Link>
                <Link
                  className="button button--secondary"
                  to={{ pathname: '/submit/form', search: keptSearch(search) }}
                >
                  <Icon name="form" />
                  {t('home.enterFigures')}
                </Link>
              </>
            )}
            <a className="button button--secondary" href={`/api/templates/${kind}`} download>
              <Icon name="download" />
              {t(`home.template.${kind}`)}
            </a>
          </div>

          <section className="card" aria-busy={loading}>
            {error && !data ? (
              <QueryError error={error} />
            ) : loading && !data ? (
              <p className="loading" role="status">
                {t('loading')}
              </p>
            ) : rows.length === 0 ? (
              <p className="muted">{t('home.noPeriods')}</p>
            ) : (
              <PeriodTable
                rows={rows}
                caption={t(`home.table.caption.${cadence}`, { n: rows.length })}
                canSubmit={choice.canSubmit}
              />
            )}
          </section>
        </>
      )}
    </SubmitFrame>
  );
}
