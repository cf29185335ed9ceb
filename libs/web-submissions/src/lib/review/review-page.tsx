import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { comparisonQuery } from '../history/history.documents';
import { Icon } from '../shared/icon';
import { keptSearch } from '../shared/links';
import { QueryError } from '../shared/query-error';
import { StatusBadge } from '../shared/status-badge';
import { submissionCatalogueQuery } from '../shared/shared.documents';
import { useFormat } from '../shared/use-format';
import { toComparison } from './comparison-rows';
import { ComparisonTable } from './comparison-table';
import { DecisionForm } from './decision-form';
import { ReviewFrame } from './review-frame';
import { reviewQueueQuery } from './review.documents';
import { SubmissionFacts } from './submission-facts';
import { WarningList } from './warning-list';

/** One waiting version: what changed since the version before, its warnings, and the decision. */
export function ReviewPage() {
  const { id = '' } = useParams();
  return <ReviewDetail key={id} id={id} />;
}

function ReviewDetail({ id }: { id: string }) {
  const { t } = useTranslation('submissions');
  const format = useFormat();
  const [search] = useSearchParams();
  const { data, loading, error } = useQuery(comparisonQuery, { variables: { id } });
  const catalogue = useQuery(submissionCatalogueQuery);
  const queue = useQuery(reviewQueueQuery);
  const [decided, setDecided] = useState<string | null>(null);
  const outcome = useRef<HTMLHeadingElement>(null);

  const comparison = data?.submissionComparison;
  const view = useMemo(
    () => toComparison(comparison?.changes, catalogue.data?.metrics),
    [comparison, catalogue.data],
  );
  const item = queue.data?.reviewQueue.find((i) => i.submission.id === id);
  const next = queue.data?.reviewQueue.find((i) => i.submission.id !== id);
  const submission = comparison?.submission;
  const title = submission
    ? t('review.detail.title', {
        organization: submission.organization.name,
        period: format.period(submission.period),
        version: submission.version,
      })
    : t('review.detail.loadingTitle');
  const toQueue = { pathname: '/review', search: keptSearch(search) };

  useEffect(() => {
    if (decided) outcome.current?.focus();
  }, [decided]);

  return (
    <ReviewFrame title={title}>
      <p>
        <Link to={toQueue}>{t('review.detail.backToQueue')}</Link>
      </p>
      {error ? (
        <QueryError error={error} />
      ) : loading || !comparison || !submission ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : (
        <div className="review-layout">
          <div className="review-layout__main">
            <SubmissionFacts comparison={comparison} />
            {item && item.warnings.length > 0 && (
              <section className="card card--warning" aria-labelledby="review-warnings">
                <h2 id="review-warnings">
                  <Icon name="alert" />
                  {t('review.detail.warnings', { count: item.warnings.length })}
                </h2>
                <WarningList warnings={item.warnings} />
              </section>
            )}
            <section className="card" aria-labelledby="review-changes">
              <h2 id="review-changes">{t('review.detail.changes')}</h2>
              <ComparisonTable
                comparison={view}
                caption={
                  comparison.previous
                    ? t('compare.caption', {
                        version: submission.version,
                        previous: comparison.previous.version,
                      })
                    : t('compare.captionFirst', { version: submission.version })
                }
              />
            </section>
          </div>
          <aside className="review-layout__side">
            {decided ? (
              <section className="card outcome" aria-live="polite">
                <h2 tabIndex={-1} ref={outcome}>
                  <Icon name={decided === 'accepted' ? 'check' : 'cross'} />
                  {t(decided === 'accepted' ? 'review.detail.accepted' : 'review.detail.rejected')}
                </h2>
                <p>
                  {next ? (
                    <Link
                      to={{ pathname: `/review/${next.submission.id}`, search: keptSearch(search) }}
                    >
                      {t('review.detail.next', {
                        organization: next.submission.organization.name,
                        period: format.period(next.submission.period),
                      })}
                    </Link>
                  ) : (
                    t('review.detail.queueDone')
                  )}
                </p>
                <p>
                  <Link to={toQueue}>{t('review.detail.backToQueue')}</Link>
                </p>
              </section>
            ) : submission.status === 'submitted' ? (
              <DecisionForm
                key={submission.id}
                submissionId={submission.id}
                version={submission.version}
                onDecided={setDecided}
              />
            ) : (
              <p className="note">
                {t('review.detail.alreadyReviewed', {
                  date: submission.reviewedAt ? format.dateTime(submission.reviewedAt) : '—',
                })}{' '}
                <StatusBadge status={submission.status} />
              </p>
            )}
          </aside>
        </div>
      )}
    </ReviewFrame>
  );
}
