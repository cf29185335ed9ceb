import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TotalsGrain } from '@candor/web-graphql';
import { GRAINS, SCALES, type MetricOption, type Scale, type TrendParams } from './trend-data';

export interface TrendControlsProps {
  params: TrendParams;
  metrics: MetricOption[];
  onChange: (next: Partial<TrendParams>) => void;
}

/** Metric, period and scale selectors. */
export function TrendControls({ params, metrics, onChange }: TrendControlsProps) {
  const { t } = useTranslation('trends');
  const id = useId();
  const options = metrics.some((metric) => metric.code === params.metric)
    ? metrics
    : [{ code: params.metric, label: params.metric, unit: '' }, ...metrics];

  return (
    <fieldset className="controls">
      <legend className="visually-hidden">{t('controls.legend')}</legend>
      <div className="field field--wide">
        <label htmlFor={`${id}-metric`}>{t('controls.metric')}</label>
        <select
          id={`${id}-metric`}
          value={params.metric}
          onChange={(event) => onChange({ metric: event.target.value })}
        >
          {options.map((metric) => (
            <option key={metric.code} value={metric.code}>
              {metric.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-grain`}>{t('controls.grain')}</label>
        <select
          id={`${id}-grain`}
          value={params.grain}
          onChange={(event) =>
            onChange({ grain: GRAINS.find((grain) => grain === event.target.value) ?? 'month' })
          }
        >
          {GRAINS.map((grain: TotalsGrain) => (
            <option key={grain} value={grain}>
              {t(`grain.${grain}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-scale`}>{t('controls.scale')}</label>
        <select
          id={`${id}-scale`}
          value={params.scale}
          onChange={(event) =>
            onChange({
              scale: SCALES.find((scale) => scale === event.target.value) ?? 'linear',
            })
          }
        >
          {SCALES.map((scale: Scale) => (
            <option key={scale} value={scale}>
              {t(`scale.${scale}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
