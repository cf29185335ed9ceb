import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame, csvFileName } from '@candor/charts';
import {
  ReleaseStatus,
  usePublicLabels,
  useViewParams,
  type Granularity,
} from '@candor/web-public-kit';
import { LinesChart } from '../shared/lines-chart';
import { ContentPageHeader } from '../shared/page-header';
import { ViewSwitch } from '../shared/view-switch';
import {
  CONTENT_METRICS,
  filesTable,
  indicatorTables,
  isContentMetric,
  spikeMarks,
  type ContentMetric,
} from './content-data';
import { FlagList } from './flag-list';
import { useKnownContent, type KnownContentData } from './use-known-content';
import '../content-pages.css';

/** Quarterly by default, as on the overview. */
export const DEFAULT_GRANULARITY: Granularity = 'quarter';
/** The figure whose spikes are marked and explained unless the URL names the other. */
export const DEFAULT_CONTENT_METRIC: ContentMetric = 'content.files.reported';

/**
 * Known content and re-sharing: the known-content share and the ten most repeated items' share
 * of files, files per distinct item (and Gini bounds when published), and the files reported
 * against files of known content with their spikes explained. `granularity`, `metric` (whose
 * spikes), `scope`, `from`, `to` and `release` live in the URL.
 */
export function KnownContentPage() {
  const { t } = useTranslation('contentPages');
  const [params] = useViewParams();
  const metric = isContentMetric(params.metric) ? params.metric : DEFAULT_CONTENT_METRIC;
  const state = useKnownContent(
    params,
    params.granularity ?? DEFAULT_GRANULARITY,
    params.scope ?? 'network',
  );
  const granularity =
    state.status === 'ready' ? state.granularity : (params.granularity ?? DEFAULT_GRANULARITY);

  return (
    <div className="content-page" data-page="known-content">
      <title>{`${t('known.title')} · Candor`}</title>
      <ContentPageHeader
        heading={t('known.heading')}
        intro={t('known.intro')}
        granularity={granularity}
        release={state.status === 'ready' ? state.release : null}
        pinned={params.release !== null}
      />
      <ReleaseStatus status={state.status} say={(key) => t(`status.${key}`)} />
      {state.status === 'ready' && <KnownContentFigures data={state} metric={metric} />}
    </div>
  );
}

function KnownContentFigures({ data, metric }: { data: KnownContentData; metric: ContentMetric }) {
  const { t } = useTranslation('contentPages');
  const { t: tCharts } = useTranslation('charts');
  const labels = usePublicLabels();
  const keyLabel = tCharts('table.period');
  const { release, periods } = data;
  const csv = (...parts: string[]) => csvFileName(release.series, `v${release.version}`, ...parts);

  const tables = useMemo(
    () =>
      indicatorTables(data.indicators, periods, {
        keyLabel,
        known: t('known.shares.known'),
        top10: t('known.shares.top10'),
        perItem: t('known.perItem.series'),
        giniLower: t('known.gini.lower'),
        giniUpper: t('known.gini.upper'),
      }),
    [data.indicators, periods, keyLabel, t],
  );
  const files = useMemo(
    () =>
      filesTable(data.files, periods, {
        keyLabel,
        'content.files.reported': labels.metric('content.files.reported'),
        'content.files.known': labels.metric('content.files.known'),
      }),
    [data.files, periods, keyLabel, labels],
  );
  const marks = useMemo(() => spikeMarks(data.flags, metric, files), [data.flags, metric, files]);
  const flags = useMemo(
    () => data.flags.filter((flag) => flag.metric === metric),
    [data.flags, metric],
  );

  return (
    <div className="content-page__figures">
      <ChartFrame
        title={t('known.shares.title')}
        table={tables.shares}
        csvName={csv('known-content-shares')}
      >
        <LinesChart table={tables.shares} axis="share" />
      </ChartFrame>
      <ChartFrame
        title={t('known.perItem.title')}
        table={tables.filesPerItem}
        csvName={csv('files-per-item')}
      >
        <LinesChart table={tables.filesPerItem} axis="ratio" />
      </ChartFrame>
      {tables.gini && (
        <ChartFrame title={t('known.gini.title')} table={tables.gini} csvName={csv('gini-bounds')}>
          <LinesChart table={tables.gini} axis="ratio" />
        </ChartFrame>
      )}
      <ChartFrame
        className="content-spikes"
        title={t('known.files.title')}
        table={files}
        csvName={csv('files-reported-known')}
        lead={
          <div className="content-spikes__lead">
            <p>{t('known.files.lead')}</p>
            <ViewSwitch
              label={t('known.files.metric')}
              param="metric"
              options={CONTENT_METRICS.map((value) => ({ value, label: labels.metric(value) }))}
              current={metric}
            />
          </div>
        }
      >
        <LinesChart table={files} axis="count" marks={marks} markLabel={t('chart.spike')} />
      </ChartFrame>
      <FlagList
        flags={flags}
        heading={t('known.flags.heading', { metric: labels.metric(metric) })}
        granularity={data.granularity}
      />
    </div>
  );
}
