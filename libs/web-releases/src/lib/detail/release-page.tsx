import { useId } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../shared/error-alert';
import { languageSearch } from '../shared/links';
import { ReleaseFrame } from '../shared/release-frame';
import { useFormat } from '../shared/use-format';
import { usePolling } from '../shared/use-polling';
import { BuildProgress } from './build-progress';
import { CellsPreview } from './cells-preview';
import { ChangesTable } from './changes-table';
import { FlagsList } from './flags-list';
import { ReleaseActions } from './release-actions';
import { ReleaseFacts } from './release-facts';
import { releaseDetailQuery } from './release.documents';

const BUILT = new Set(['draft', 'published', 'withdrawn']);

/** `/review/releases/:id`: a release's build, cells, flags and changes; publish or withdraw it. */
export function ReleasePage() {
  const { t } = useTranslation('releases');
  const uid = useId();
  const format = useFormat();
  const [search] = useSearchParams();
  const { id = '' } = useParams();
  const query = useQuery(releaseDetailQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const { data, error } = query;
  const release = data?.releaseDraft ?? null;
  // The build runs in a job: follow it until it leaves `building`.
  usePolling(release?.status === 'building', query, 1000);

  const back = (
    <Link to={{ pathname: '/review/releases', search: languageSearch(search) }}>
      {t('detail.back')}
    </Link>
  );

  if (!release) {
    return (
      <ReleaseFrame title={t('list.title')} eyebrow={back}>
        {error ? (
          <ErrorAlert error={error} />
        ) : data ? (
          <p className="message message--error" role="alert">
            {t('errors.releaseNotFound')}
          </p>
        ) : (
          <p className="loading" role="status">
            {t('loading')}
          </p>
        )}
      </ReleaseFrame>
    );
  }

  const built = BUILT.has(release.status);
  return (
    <ReleaseFrame
      title={release.title}
      eyebrow={back}
      lead={t('detail.lead', {
        series: release.series,
        version: release.version,
        from: format.period(release.periodFrom),
        to: format.period(release.periodTo),
      })}
    >
      {error && <ErrorAlert error={error} />}
      <BuildProgress
        status={release.status}
        step={release.progress.step}
        percent={release.progress.percent}
        error={release.error}
      />
      <section aria-labelledby={`${uid}-facts`}>
        <h2 id={`${uid}-facts`} className="visually-hidden">
          {t('detail.facts.title')}
        </h2>
        <ReleaseFacts release={release} />
      </section>
      <ReleaseActions
        id={release.id}
        title={release.title}
        status={release.status}
        cellCount={release.cellCount}
      />
      <CellsPreview releaseId={release.id} built={built} />
      <FlagsList releaseId={release.id} built={built} />
      <ChangesTable
        changelog={release.changelog}
        built={built}
        previous={data?.previousRelease ?? null}
      />
    </ReleaseFrame>
  );
}
