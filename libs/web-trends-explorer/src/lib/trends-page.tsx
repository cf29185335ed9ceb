import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ReleaseSource, ReleaseStatus, useViewParams } from '@candor/web-public-kit';
import { TrendsFilters } from './filters/trends-filters';
import { TrendsResult } from './trends-result';
import { useTrendLabels } from './use-trend-labels';
import { useTrends } from './use-trends';

const NO_COUNTRIES: readonly { code: string; name: string }[] = [];

/**
 * The trends explorer: any published figure over time, filtered by organization kind and one
 * breakdown, by month, quarter or year, on a linear or log axis, with spikes, level shifts and
 * notes of the public log marked. Every filter lives in the URL, pinned to a release on demand.
 */
export function TrendsPage() {
  const { t } = useTranslation('trends');
  const [params, update] = useViewParams();
  const trends = useTrends(params);
  const labels = useTrendLabels(trends.status === 'ready' ? trends.countries : NO_COUNTRIES);

  // A breakdown chosen without a value shows its default value: write it into the URL, so the
  // address still reproduces the view when a later release would pick another default.
  const defaultValue =
    trends.status === 'ready' && trends.selection.breakdown && params.value === null
      ? trends.value
      : null;
  useEffect(() => {
    if (defaultValue) update({ value: defaultValue });
  }, [defaultValue, update]);

  return (
    <>
      <title>{`${t('title')} · Candor`}</title>
      <header className="page-header page-header--wide">
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1>{t('heading')}</h1>
        <p className="lead">{t('intro')}</p>
        {trends.status === 'ready' && (
          <ReleaseSource release={trends.release} pinned={params.release !== null} />
        )}
      </header>
      <ReleaseStatus status={trends.status} say={(key) => t(key)} />
      {trends.status === 'ready' && (
        <div className="trends">
          <TrendsFilters trends={trends} labels={labels} update={update} />
          <div
            className="trends__result"
            aria-busy={trends.series.status === 'loading'}
            data-state={trends.series.status}
          >
            {trends.series.status === 'loading' && (
              <p className="loading" role="status">
                {t('loading')}
              </p>
            )}
            {trends.series.status === 'failed' && (
              <p className="alert" role="alert">
                {t('error')}
              </p>
            )}
            {trends.series.status === 'ready' && (
              <TrendsResult trends={trends} series={trends.series} labels={labels} />
            )}
          </div>
        </div>
      )}
    </>
  );
}
