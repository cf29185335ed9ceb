import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { LoadError, Loading } from '../shared/load-error';
import { downloadFilename } from '../shared/downloads';
import { PageHeader } from '../shared/page-header';
import { usePublicText } from '../shared/use-public-text';
import { VerifyHelp } from '../shared/verify-help';
import { ReleaseCard } from './release-card';
import { groupReleases } from './release-groups';
import { publicReleaseListQuery } from './releases.documents';
import '../public-releases.css';

/** `/releases`: every published and withdrawn release, by series, with checksums and files. */
export function ReleasesPage() {
  const { t } = usePublicText();
  const { data, error, loading } = useQuery(publicReleaseListQuery);
  const releases = useMemo(() => data?.releases ?? [], [data]);
  const groups = useMemo(() => groupReleases(releases), [releases]);
  const example = releases.find((r) => r.checksum);

  return (
    <div className="public-releases">
      <PageHeader title={t('list.title')} lead={t('list.lead')} />
      {error ? (
        <LoadError error={error} />
      ) : loading && !data ? (
        <Loading />
      ) : releases.length === 0 ? (
        <p className="message">{t('list.empty')}</p>
      ) : (
        <>
          <nav className="page-toc" aria-labelledby="releases-toc">
            <h2 id="releases-toc" className="page-toc__heading">
              {t('list.contents')}
            </h2>
            <ul>
              {groups.map((group) => (
                <li key={group.key}>
                  <a href={`#releases-${group.key}`}>{t(`group.${group.key}`)}</a>{' '}
                  <span className="muted">
                    ({t('list.count', { count: group.releases.length })})
                  </span>
                </li>
              ))}
            </ul>
          </nav>
          {groups.map((group) => (
            <section
              key={group.key}
              id={`releases-${group.key}`}
              className="release-group"
              aria-labelledby={`releases-${group.key}-title`}
            >
              <h2 id={`releases-${group.key}-title`}>{t(`group.${group.key}`)}</h2>
              {group.releases.map((release) => (
                <ReleaseCard key={release.id} release={release} />
              ))}
            </section>
          ))}
          {example?.checksum && (
            <div className="card verify-card">
              <VerifyHelp
                filename={downloadFilename(example.series, example.version, 'cells.csv')}
                checksum={example.checksum}
              />
            </div>
          )}
        </>
      )}
    </div>
  );
}
