import { useId, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { languageSearch } from '@candor/web-public-kit';
import type { BuilderReportFragment } from '@candor/web-graphql';
import { ErrorAlert } from '../shared/error-alert';
import { reportPagePath } from '../shared/links';
import { useBuilderLabels } from '../shared/use-labels';
import { useFocusOnMount } from '../shared/use-focus-on-mount';
import { useFormat } from '../shared/use-format';
import { approveReportMutation, reportsAwaitingApprovalQuery } from '../report-builder.documents';
import { mayApprove } from './approval';

/** "Awaiting your approval": reports of an organization's own figures not yet published. */
export function AwaitingList({ adminSlugs }: { adminSlugs: readonly string[] }) {
  const { t } = useTranslation('reportBuilder');
  const id = useId();
  const { data, loading, error } = useQuery(reportsAwaitingApprovalQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [approved, setApproved] = useState<BuilderReportFragment | null>(null);
  const reports = data?.reportsAwaitingApproval ?? [];

  return (
    <section className="card" aria-labelledby={`${id}-title`} aria-busy={loading}>
      <h2 id={`${id}-title`}>{t('awaiting.title')}</h2>
      <p className="hint">{t('awaiting.lead')}</p>
      <div role="status">{approved && <ApprovedMessage key={approved.id} report={approved} />}</div>
      {error && !data ? (
        <ErrorAlert error={error} />
      ) : loading && !data ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : reports.length === 0 ? (
        <p className="muted">{t('awaiting.empty')}</p>
      ) : (
        <ul className="report-builder__awaiting">
          {reports.map((report) => (
            <AwaitingItem
              key={report.id}
              report={report}
              canApprove={mayApprove(report.scope, adminSlugs)}
              onApproved={setApproved}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ApprovedMessage({ report }: { report: BuilderReportFragment }) {
  const { t } = useTranslation('reportBuilder');
  const [search] = useSearchParams();
  const ref = useFocusOnMount<HTMLParagraphElement>();
  return (
    <p ref={ref} tabIndex={-1} className="message">
      {t('awaiting.approved', { title: report.title })}{' '}
      <Link
        to={{
          pathname: reportPagePath(report.releaseId, report.scope, report.language),
          search: languageSearch(search),
        }}
      >
        {t('awaiting.openReport')}
      </Link>
    </p>
  );
}

function AwaitingItem({
  report,
  canApprove,
  onApproved,
}: {
  report: BuilderReportFragment;
  canApprove: boolean;
  onApproved: (report: BuilderReportFragment) => void;
}) {
  const { t } = useTranslation('reportBuilder');
  const id = useId();
  const labels = useBuilderLabels();
  const format = useFormat();
  const [search] = useSearchParams();
  const [approve, { loading, error }] = useMutation(approveReportMutation, {
    refetchQueries: ['ReportsAwaitingApproval'],
    awaitRefetchQueries: true,
  });

  const run = async () => {
    try {
      const { data } = await approve({ variables: { id: report.id } });
      if (data) onApproved(data.approveReport);
    } catch {
      // Shown below from the mutation's error.
    }
  };

  return (
    <li className="report-builder__awaiting-item" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{report.title}</h3>
      <dl className="facts-list">
        <div>
          <dt>{t('awaiting.scope')}</dt>
          <dd>{labels.scope(report.scope, report.scopeLabel)}</dd>
        </div>
        <div>
          <dt>{t('awaiting.language')}</dt>
          <dd>{labels.language(report.language)}</dd>
        </div>
        <div>
          <dt>{t('awaiting.release')}</dt>
          <dd>
            {labels.release(report.releaseSeries, report.releaseVersion)} ·{' '}
            {format.range(report.periodFrom, report.periodTo)}
          </dd>
        </div>
        <div>
          <dt>{t('awaiting.prepared')}</dt>
          <dd>{format.dateTime(report.createdAt)}</dd>
        </div>
      </dl>
      <div className="action-bar">
        <Link
          className="button button--secondary"
          to={{
            pathname: reportPagePath(report.releaseId, report.scope, report.language),
            search: languageSearch(search),
          }}
          aria-describedby={`${id}-title`}
        >
          {t('awaiting.preview')}
        </Link>
        {canApprove ? (
          <button
            type="button"
            className="button button--primary"
            disabled={loading}
            aria-describedby={`${id}-title`}
            onClick={() => void run()}
          >
            {loading ? t('awaiting.approving') : t('awaiting.approve')}
          </button>
        ) : (
          <p className="hint">{t('awaiting.waitsForAdmin')}</p>
        )}
      </div>
      {error && <ErrorAlert error={error} />}
    </li>
  );
}
