import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartFormat } from '@candor/charts';
import {
  GRANULARITIES,
  usePublicLabels,
  useViewParams,
  type ViewChange,
} from '@candor/web-public-kit';
import type { CountryChoices } from '../use-countries';

/**
 * The page's filters: figure, periods (month, quarter, year), period and scope. Each choice is
 * written to the URL at once, so the address always links to the view shown; the lists only
 * offer what the release publishes.
 */
export function CountriesControls({ choices }: { choices: CountryChoices }) {
  const { t } = useTranslation('countries');
  const labels = usePublicLabels();
  const format = useChartFormat();
  const [, update] = useViewParams();
  const id = useId();
  const on = (key: keyof ViewChange) => (event: ChangeEvent<HTMLSelectElement>) =>
    update({ [key]: event.target.value });

  return (
    <fieldset className="controls countries-controls">
      <legend className="visually-hidden">{t('controls.label')}</legend>
      <div className="field field--wide">
        <label htmlFor={`${id}-metric`}>{t('controls.metric')}</label>
        <select id={`${id}-metric`} value={choices.metric} onChange={on('metric')}>
          {choices.metrics.length === 0 && (
            <option value={choices.metric}>{labels.metric(choices.metric)}</option>
          )}
          {choices.metrics.map((metric) => (
            <option key={metric.code} value={metric.code}>
              {labels.metric(metric.code)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-granularity`}>{t('controls.granularity')}</label>
        <select id={`${id}-granularity`} value={choices.granularity} onChange={on('granularity')}>
          {GRANULARITIES.map((granularity) => (
            <option key={granularity} value={granularity}>
              {labels.granularity(granularity)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-period`}>{t('controls.period')}</label>
        <select
          id={`${id}-period`}
          value={choices.period ?? ''}
          onChange={on('period')}
          disabled={choices.periods.length === 0}
        >
          {/* Newest first: the latest period is the default. */}
          {[...choices.periods].reverse().map((period) => (
            <option key={period} value={period}>
              {format.period(period, 'long')}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-scope`}>{t('controls.scope')}</label>
        <select id={`${id}-scope`} value={choices.scope} onChange={on('scope')}>
          {choices.scopes.map((scope) => (
            <option key={scope} value={scope}>
              {t(`scope.${scope}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
