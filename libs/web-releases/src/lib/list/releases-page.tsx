import { useId } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../shared/error-alert';
import { ReleaseFrame } from '../shared/release-frame';
import { usePolling } from '../shared/use-polling';
import { CreateReleaseForm } from './create-release-form';
import { allReleasesQuery } from './releases.documents';
import { ReleasesTable } from './releases-table';

/** `/review/releases`: start a build, and every release with its status. */
export function ReleasesPage() {
  const { t } = useTranslation('releases');
  const id = useId();
  const query = useQuery(allReleasesQuery, { fetchPolicy: 'cache-and-network' });
  const { data, loading, error } = query;
  const releases = data?.allReleases ?? [];
  usePolling(
    releases.some((r) => r.status === 'building'),
    query,
    2000,
  );

  return (
    <ReleaseFrame title={t('list.title')} lead={t('list.lead')}>
      <CreateReleaseForm />
      <section className="card" aria-labelledby={`${id}-all`} aria-busy={loading}>
        <h2 id={`${id}-all`}>{t('list.tableTitle')}</h2>
        {error && !data ? (
          <ErrorAlert error={error} />
        ) : loading && !data ? (
          <p className="loading" role="status">
            {t('loading')}
          </p>
        ) : releases.length === 0 ? (
          <p className="muted">{t('list.empty')}</p>
        ) : (
          <ReleasesTable releases={releases} />
        )}
      </section>
    </ReleaseFrame>
  );
}
