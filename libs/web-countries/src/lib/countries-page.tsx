import { useTranslation } from 'react-i18next';
import {
  ReleaseSource,
  ReleaseStatus,
  usePublicLabels,
  useViewParams,
} from '@candor/web-public-kit';
import { CountriesControls } from './controls/countries-controls';
import { CountryRankingView } from './country-ranking-view';
import { useCountries } from './use-countries';

/**
 * Figures by hosting country for one period of a release: a bar chart of the largest countries
 * in a chart frame (summary, gaps with reasons, table view, CSV of the whole breakdown) and the
 * full ranking. The URL (`metric`, `granularity`, `period`, `scope`, `release`, `lang`)
 * reproduces the view.
 */
export function CountriesPage() {
  const { t } = useTranslation('countries');
  const labels = usePublicLabels();
  const [params] = useViewParams();
  const state = useCountries(params);
  const metricName = labels.metric(state.choices.metric);

  return (
    <>
      <title>{`${t('title')} · Candor`}</title>
      <header className="page-header page-header--wide">
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1>{t('heading')}</h1>
        <p className="lead">{t('intro')}</p>
        {'release' in state && (
          <ReleaseSource release={state.release} pinned={params.release !== null} />
        )}
      </header>
      <CountriesControls choices={state.choices} />
      <ReleaseStatus status={state.status} say={(key) => t(key)} />
      {state.status === 'no-metric' && <p className="note">{t('noMetric')}</p>}
      {state.status === 'no-periods' && (
        <p className="note">{t('noPeriods', { metric: metricName })}</p>
      )}
      {state.status === 'ready' && (
        <CountryRankingView
          metric={state.choices.metric}
          scope={state.choices.scope}
          period={state.period}
          rows={state.rows}
          total={state.total}
          countries={state.countries}
          csvPrefix={[state.release.series, `v${state.release.version}`]}
        />
      )}
    </>
  );
}
