import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useChartFormat } from '@candor/charts';
import { releasePath } from '../links/public-links';
import { changeView, pinnedSearch, toSearch } from '../url-state/view-params';

/** What a page shows of the release it reads. */
export interface ReleaseSummary {
  id: string;
  title: string;
  version: number;
  periodFrom: string;
  periodTo: string;
  publishedAt: string | null;
  status: string;
  withdrawalReason: string | null;
}

/**
 * Which release the figures come from (title, version, date, period covered) with a link to its
 * page, and a link to the same view pinned to it, or back to the latest release when pinned.
 */
export function ReleaseSource({ release, pinned }: { release: ReleaseSummary; pinned: boolean }) {
  const { t, i18n } = useTranslation('public');
  const format = useChartFormat();
  const location = useLocation();
  const date = useMemo(() => {
    if (!release.publishedAt) return null;
    const when = new Date(release.publishedAt);
    if (Number.isNaN(when.getTime())) return null;
    return new Intl.DateTimeFormat(i18n.resolvedLanguage ?? i18n.language, {
      dateStyle: 'long',
    }).format(when);
  }, [release.publishedAt, i18n.resolvedLanguage, i18n.language]);
  const facts = {
    title: release.title,
    version: format.number(release.version),
    from: format.period(release.periodFrom, 'long'),
    to: format.period(release.periodTo, 'long'),
  };

  return (
    <aside className="release-source" aria-label={t('release.label')}>
      <p>
        {date ? t('release.source', { ...facts, date }) : t('release.sourceUndated', facts)}{' '}
        <Link to={releasePath(release.id, location.search)}>{t('release.about')}</Link>
      </p>
      {release.status === 'withdrawn' && (
        <p className="release-source__withdrawn" role="note">
          {t('release.withdrawn', { reason: release.withdrawalReason ?? '' })}
        </p>
      )}
      <p className="release-source__links">
        {pinned ? (
          <>
            {t('release.pinned')}{' '}
            <Link
              to={{
                pathname: location.pathname,
                search: toSearch(changeView(location.search, { release: null })),
              }}
            >
              {t('release.latest')}
            </Link>
          </>
        ) : (
          <Link
            to={{ pathname: location.pathname, search: pinnedSearch(location.search, release.id) }}
          >
            {t('release.permalink')}
          </Link>
        )}
      </p>
    </aside>
  );
}
