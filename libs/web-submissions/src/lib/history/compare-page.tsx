import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { keptSearch } from '../shared/links';
import { QueryError } from '../shared/query-error';
import { submissionCatalogueQuery } from '../shared/shared.documents';
import { SubmitFrame } from '../shared/submit-frame';
import { useFormat } from '../shared/use-format';
import { useOrganization } from '../shared/use-organization';
import { toComparison } from '../review/comparison-rows';
import { ComparisonTable } from '../review/comparison-table';
import { SubmissionFacts } from '../review/submission-facts';
import { comparisonQuery } from './history.documents';

/** One version of a period next to the version before it, for the organization's own people. */
export function ComparePage() {
  const { t } = useTranslation('submissions');
  const format = useFormat();
  const [search] = useSearchParams();
  const { id = '' } = useParams();
  const choice = useOrganization();
  const { data, loading, error } = useQuery(comparisonQuery, { variables: { id } });
  const catalogue = useQuery(submissionCatalogueQuery);
  const comparison = data?.submissionComparison;
  const view = useMemo(
    () => toComparison(comparison?.changes, catalogue.data?.metrics),
    [comparison, catalogue.data],
  );
  const title = comparison
    ? t('compare.title', {
        version: comparison.submission.version,
        period: format.period(comparison.submission.period),
      })
    : t('compare.loadingTitle');

  return (
    <SubmitFrame choice={choice} title={title}>
      {comparison && (
        <p>
          <Link
            to={{
              pathname: `/submit/history/${comparison.submission.period}`,
              search: keptSearch(search),
            }}
          >
            {t('compare.backToHistory', { period: format.period(comparison.submission.period) })}
          </Link>
        </p>
      )}
      {error ? (
        <QueryError error={error} />
      ) : loading || !comparison ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : (
        <>
          <SubmissionFacts comparison={comparison} />
          <section className="card">
            <ComparisonTable
              comparison={view}
              caption={
                comparison.previous
                  ? t('compare.caption', {
                      version: comparison.submission.version,
                      previous: comparison.previous.version,
                    })
                  : t('compare.captionFirst', { version: comparison.submission.version })
              }
            />
          </section>
        </>
      )}
    </SubmitFrame>
  );
}
