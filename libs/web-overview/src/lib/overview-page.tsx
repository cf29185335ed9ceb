import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import {
  changeView,
  ReleaseSource,
  toSearch,
  useViewParams,
  type Granularity,
} from '@candor/web-public-kit';
import { GrainSwitch } from './grain-switch';
import { HeadlineGrid } from './headline/headline-grid';
import { RecentFlags } from './spikes/recent-flags';
import { useOverview } from './use-overview';

/** Quarterly by default: the grain at which every headline figure is published (companies report by quarter). */
export const DEFAULT_GRANULARITY: Granularity = 'quarter';

/**
 * The public start page: the latest release's headline figures with their changes, sparklines
 * and one-sentence summaries, and its newest spikes explained. Which release it reads is said,
 * and the URL (`granularity`, `release`, `lang`) reproduces the view.
 */
export function OverviewPage() {
  const { t } = useTranslation('overview');
  const location = useLocation();
  const [params] = useViewParams();
  const overview = useOverview(params.granularity ?? DEFAULT_GRANULARITY, params.release);
  const current =
    overview.status === 'ready'
      ? overview.granularity
      : (params.granularity ?? DEFAULT_GRANULARITY);

  return (
    <>
      <title>{`${t('title')} · Candor`}</title>
      <header className="page-header page-header--wide">
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1>{t('heading')}</h1>
        <p className="lead">{t('intro')}</p>
        <GrainSwitch current={current} />
        {overview.status === 'ready' && (
          <ReleaseSource release={overview.release} pinned={params.release !== null} />
        )}
      </header>
      {overview.status === 'loading' && (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      )}
      {overview.status === 'failed' && (
        <p className="alert" role="alert">
          {t('error')}
        </p>
      )}
      {overview.status === 'no-release' && <p className="note">{t('noRelease')}</p>}
      {overview.status === 'not-found' && (
        <p className="note">
          {t('notFound')}{' '}
          <Link
            to={{
              pathname: location.pathname,
              search: toSearch(changeView(location.search, { release: null })),
            }}
          >
            {t('showLatest')}
          </Link>
        </p>
      )}
      {overview.status === 'ready' && (
        <>
          <HeadlineGrid
            figures={overview.headlines}
            csvPrefix={[overview.release.series, `v${overview.release.version}`]}
          />
          <RecentFlags flags={overview.flags} granularity={overview.granularity} />
        </>
      )}
    </>
  );
}
