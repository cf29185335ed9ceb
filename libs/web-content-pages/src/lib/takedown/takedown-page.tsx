import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame, csvFileName, useFrameFormat } from '@candor/charts';
import type { PublicReleaseFragment } from '@candor/web-graphql';
import { ReleaseStatus, useViewParams, type Granularity } from '@candor/web-public-kit';
import { LinesChart } from '../shared/lines-chart';
import { ContentPageHeader } from '../shared/page-header';
import { StackedBarsChart } from '../shared/stacked-bars-chart';
import { ViewSwitch } from '../shared/view-switch';
import { CountryNote } from './country-note';
import { QuantileSection } from './quantile-section';
import {
  BAND_IDS,
  bandShares,
  bandsTable,
  horizonsTable,
  isTakedownMetric,
  latestPublished,
  TAKEDOWN_METRICS,
  type TakedownMetric,
  type TakedownPeriod,
} from './takedown-data';
import { bandLabels, horizonLabels } from './takedown-words';
import { useDurationWords } from './use-duration-words';
import { useTakedown } from './use-takedown';
import '../content-pages.css';

/** Quarterly by default: companies report by quarter, so both metrics have figures. */
export const DEFAULT_GRANULARITY: Granularity = 'quarter';
export const DEFAULT_TAKEDOWN_METRIC: TakedownMetric = 'hotline.takedown';

const METRIC_KIND: Readonly<Record<TakedownMetric, 'hotline' | 'company'>> = {
  'hotline.takedown': 'hotline',
  'company.takedown': 'company',
};

/**
 * Takedown times: per period the share of notified items removed within each time band
 * (stacked), the shares within 24 hours, 3 days and 7 days over time, and the median and 90th
 * percentile with their bands. `granularity`, `metric`, `scope`, `from`, `to` and `release`
 * live in the URL.
 */
export function TakedownPage() {
  const { t } = useTranslation('contentPages');
  const [params] = useViewParams();
  const metric = isTakedownMetric(params.metric) ? params.metric : DEFAULT_TAKEDOWN_METRIC;
  const state = useTakedown(
    params,
    params.granularity ?? DEFAULT_GRANULARITY,
    metric,
    params.scope ?? 'network',
  );
  const granularity =
    state.status === 'ready' ? state.granularity : (params.granularity ?? DEFAULT_GRANULARITY);

  return (
    <div className="content-page" data-page="takedown">
      <title>{`${t('takedown.title')} · Candor`}</title>
      <ContentPageHeader
        heading={t('takedown.heading')}
        intro={t('takedown.intro')}
        granularity={granularity}
        switches={
          <ViewSwitch
            label={t('takedown.metric.label')}
            param="metric"
            options={TAKEDOWN_METRICS.map((value) => ({
              value,
              label: t(`takedown.metric.${METRIC_KIND[value]}`),
            }))}
            current={metric}
          />
        }
        note={<p className="content-page__clock">{t(`takedown.clock.${METRIC_KIND[metric]}`)}</p>}
        release={state.status === 'ready' ? state.release : null}
        pinned={params.release !== null}
      />
      <ReleaseStatus status={state.status} say={(key) => t(`status.${key}`)} />
      {state.status === 'ready' && (
        <TakedownFigures release={state.release} metric={metric} periods={state.periods} />
      )}
    </div>
  );
}

function TakedownFigures({
  release,
  metric,
  periods,
}: {
  release: PublicReleaseFragment;
  metric: TakedownMetric;
  periods: readonly TakedownPeriod[];
}) {
  const { t } = useTranslation('contentPages');
  const { t: tCharts } = useTranslation('charts');
  const format = useFrameFormat();
  const words = useDurationWords();
  const keyLabel = tCharts('table.period');
  const csv = (...parts: string[]) =>
    csvFileName(release.series, `v${release.version}`, metric, ...parts);

  const bandNames = useMemo(() => bandLabels(words), [words]);
  const bands = useMemo(
    () => bandsTable(periods, bandNames, { keyLabel }),
    [periods, bandNames, keyLabel],
  );
  const horizons = useMemo(
    () => horizonsTable(periods, horizonLabels(words), { keyLabel }),
    [periods, words, keyLabel],
  );
  const bandsSummary = useMemo(() => {
    const latest = latestPublished(periods);
    const shares = latest ? bandShares(latest.figures) : null;
    if (!latest || !shares) return t('takedown.bands.none');
    const list = BAND_IDS.map((id) =>
      t('takedown.bands.item', { band: bandNames[id], share: format.value(shares[id], 'share') }),
    ).join('; ');
    return t('takedown.bands.summary', { period: format.period(latest.period), list });
  }, [periods, bandNames, format, t]);

  return (
    <div className="content-page__figures">
      <ChartFrame
        title={t('takedown.bands.title')}
        table={bands}
        csvName={csv('bands')}
        summary={bandsSummary}
      >
        <StackedBarsChart table={bands} />
      </ChartFrame>
      <ChartFrame
        title={t('takedown.shares.title')}
        table={horizons}
        csvName={csv('within')}
        // Without any published period, one sentence rather than one per line.
        summary={latestPublished(periods) ? undefined : t('takedown.bands.none')}
      >
        <LinesChart table={horizons} axis="share" />
      </ChartFrame>
      <QuantileSection periods={periods} csvName={csv('median-p90')} />
      <CountryNote />
    </div>
  );
}
