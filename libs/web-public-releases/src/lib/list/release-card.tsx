import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { PublicReleaseListQuery } from '@candor/web-graphql';
import { Checksum } from '../shared/checksum';
import { DownloadsList } from '../shared/downloads-list';
import { periodRange } from '../shared/format';
import { languageSearch } from '../shared/links';
import { StatusBadge } from '../shared/status-badge';
import { usePublicText } from '../shared/use-public-text';

export type ListedRelease = PublicReleaseListQuery['releases'][number];

/** One release in the list: what it covers, when it was published, its checksum and files. */
export function ReleaseCard({ release }: { release: ListedRelease }) {
  const { t, words, format } = usePublicText();
  const [search] = useSearchParams();
  const id = useId();
  const named = { title: release.title, version: release.version };
  return (
    <article className="release-card" aria-labelledby={`${id}-title`} data-release-id={release.id}>
      <header className="release-card__header">
        <h3 id={`${id}-title`}>
          <Link to={{ pathname: `/releases/${release.id}`, search: languageSearch(search) }}>
            {release.title}
          </Link>
        </h3>
        <p className="release-card__meta">
          <span>{t('release.version', { version: release.version })}</span>
          <StatusBadge status={release.status} />
        </p>
      </header>
      {release.withdrawnAt && (
        <p className="withdrawn-notice">
          {release.withdrawalReason
            ? t('release.withdrawnNotice', {
                date: format.date(release.withdrawnAt),
                reason: release.withdrawalReason,
              })
            : t('release.withdrawnShort', { date: format.date(release.withdrawnAt) })}
        </p>
      )}
      <dl className="release-card__facts">
        <div>
          <dt>{t('release.periods')}</dt>
          <dd>{periodRange(release.periodFrom, release.periodTo, format, words.release.range)}</dd>
        </div>
        <div>
          <dt>{t('release.publishedAt')}</dt>
          <dd>{release.publishedAt ? format.date(release.publishedAt) : '—'}</dd>
        </div>
        <div>
          <dt>{t('release.cells')}</dt>
          <dd>{format.number(release.cellCount)}</dd>
        </div>
        <div>
          <dt>{t('release.series')}</dt>
          <dd>
            <code translate="no">{release.series}</code>
          </dd>
        </div>
        <div className="release-card__wide">
          <dt>{t('release.checksum')}</dt>
          <dd>
            <Checksum value={release.checksum} copyLabel={t('release.copyChecksumOf', named)} />
          </dd>
        </div>
        <div className="release-card__wide">
          <dt>{t('downloads.title')}</dt>
          <dd>
            <DownloadsList downloads={release.downloads} label={t('downloads.labelOf', named)} />
          </dd>
        </div>
      </dl>
      <p className="release-card__open">
        <Link
          to={{ pathname: `/releases/${release.id}`, search: languageSearch(search) }}
          aria-label={t('release.openOf', named)}
        >
          {t('release.open')}
        </Link>
      </p>
    </article>
  );
}
