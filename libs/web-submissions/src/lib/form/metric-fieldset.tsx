import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BreakdownFieldset, type CountryOption } from './breakdown-fieldset';
import { CountInput } from './count-input';
import type { FieldMessages } from './field-issues';
import { edit } from './form-edit';
import { fieldId, type CatalogueMetric, type FormState } from './form-state';

export interface MetricFieldsetProps {
  metric: CatalogueMetric;
  state: FormState;
  countries: readonly CountryOption[];
  messagesOf: (field: string) => FieldMessages | undefined;
  onChange: (update: (state: FormState) => FormState) => void;
}

/**
 * The inputs of one metric, generated from the catalogue: its total, or one count per bucket of a
 * histogram; then any breakdowns by one dimension the person adds.
 */
export function MetricFieldset({
  metric,
  state,
  countries,
  messagesOf,
  onChange,
}: MetricFieldsetProps) {
  const { t } = useTranslation('submissions');
  const id = useId();
  const required = metric.requiredDimension;
  const histogram = metric.dimensions.find((d) => d.code === required);
  const breakdowns = state.breakdowns.filter((b) => b.metric === metric.code);
  const available = required
    ? []
    : metric.dimensions.filter((d) => !breakdowns.some((b) => b.dimension === d.code));
  const [choice, setChoice] = useState('');
  const chosen = available.find((d) => d.code === choice) ?? available[0];
  const code = metric.code;

  return (
    <fieldset className="metric card" id={`metric-${code}`}>
      <legend className="metric__legend">
        <span className="metric__label">{metric.label}</span> <code>{code}</code>
      </legend>
      <p className="hint metric__definition">{metric.definition}</p>
      {histogram ? (
        <>
          <p className="hint">{t('form.histogramHint', { dimension: histogram.label })}</p>
          <div className="count-grid">
            {histogram.values.map((bucket) => {
              const field = fieldId.bucket(code, bucket.code);
              return (
                <CountInput
                  key={bucket.code}
                  field={field}
                  label={bucket.label}
                  value={state.buckets[code]?.[bucket.code] ?? ''}
                  messages={messagesOf(field)}
                  onChange={(value) => onChange((s) => edit.bucket(s, code, bucket.code, value))}
                />
              );
            })}
          </div>
        </>
      ) : (
        <CountInput
          className="count--total"
          field={fieldId.total(code)}
          label={t('form.total')}
          value={state.totals[code] ?? ''}
          messages={messagesOf(fieldId.total(code))}
          onChange={(value) => onChange((s) => edit.total(s, code, value))}
        />
      )}
      {breakdowns.map((breakdown) => {
        const dimension = metric.dimensions.find((d) => d.code === breakdown.dimension);
        if (!dimension) return null;
        return (
          <BreakdownFieldset
            key={breakdown.key}
            breakdown={breakdown}
            dimension={dimension}
            countries={countries}
            total={state.totals[code] ?? ''}
            messagesOf={messagesOf}
            onRow={(row, change) => onChange((s) => edit.row(s, breakdown.key, row, change))}
            onAddRow={() => onChange((s) => edit.addRow(s, breakdown.key))}
            onRemoveRow={(row) => onChange((s) => edit.removeRow(s, breakdown.key, row))}
            onRemove={() => onChange((s) => edit.removeBreakdown(s, breakdown.key))}
          />
        );
      })}
      {chosen && (
        <div className="add-breakdown">
          <div className="field field--inline">
            <label htmlFor={`${id}-dimension`}>{t('form.breakdown.by')}</label>
            <select
              id={`${id}-dimension`}
              value={chosen.code}
              onChange={(event) => setChoice(event.target.value)}
            >
              {available.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.label}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onChange((s) => edit.addBreakdown(s, code, chosen))}
          >
            {t('form.breakdown.add')}
            <span className="visually-hidden"> · {metric.label}</span>
          </button>
        </div>
      )}
    </fieldset>
  );
}
