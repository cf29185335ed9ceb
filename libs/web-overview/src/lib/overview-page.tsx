import { useTranslation } from 'react-i18next';
import {
  ReleaseSource,
  ReleaseStatus,
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
      <ReleaseStatus status={overview.status} say={(key) => t(key)} />
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
