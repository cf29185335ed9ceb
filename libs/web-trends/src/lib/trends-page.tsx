import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TrendFigure } from '@candor/charts';
import { useDomainLabels } from '@candor/web-i18n';
import { TrendControls } from './trend-controls';
import { trendParams, type TrendParams } from './trend-data';
import { useNetworkTrend, useTrendMetrics } from './use-network-trend';

/** Internal preview: one network total over time, with its table view and text summary. */
export function TrendsPage() {
  const { t } = useTranslation('trends');
  const domain = useDomainLabels();
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => trendParams(search), [search]);
  const { options } = useTrendMetrics();
  const { points, loading, failed } = useNetworkTrend(params.metric, params.grain);
  const metric = options.find((option) => option.code === params.metric);

  const update = useCallback(
    (next: Partial<TrendParams>) =>
      setSearch(
        (current) => {
          const merged = new URLSearchParams(current);
          for (const [key, value] of Object.entries(next)) merged.set(key, value);
          return merged;
        },
        { replace: true },
      ),
    [setSearch],
  );

  return (
    <>
      <title>{`${t('title')} · Candor`}</title>
      <header className="page-header">
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
      </header>
      <TrendControls params={params} metrics={options} onChange={update} />
      <p className="note" role="note">
        {t('withheldNote')}
      </p>
      <section className="card" aria-busy={loading}>
        {failed ? (
          <p className="alert" role="alert">
            {t('error')}
          </p>
        ) : loading && points.length === 0 ? (
          <p className="loading" role="status">
            {t('loading')}
          </p>
        ) : (
          <TrendFigure
            points={points}
            title={t(`chartTitle.${params.grain}`, { metric: metric?.label ?? params.metric })}
            seriesLabel={t('seriesLabel')}
            valueLabel={metric ? domain.unit(metric.unit) : undefined}
            scale={params.scale}
            summaryHeadingLevel={2}
          />
        )}
      </section>
    </>
  );
}
