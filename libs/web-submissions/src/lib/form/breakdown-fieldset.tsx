import { useTranslation } from 'react-i18next';
import { useFormat } from '../shared/use-format';
import { CountInput } from './count-input';
import { FieldIssues, issueProps, type FieldMessages } from './field-issues';
import { isCountryDimension } from './form-edit';
import { fieldId, type Breakdown, type BreakdownRow, type CatalogueDimension } from './form-state';

export interface CountryOption {
  code: string;
  name: string;
}

export interface BreakdownFieldsetProps {
  breakdown: Breakdown;
  dimension: CatalogueDimension;
  countries: readonly CountryOption[];
  total: string;
  messagesOf: (field: string) => FieldMessages | undefined;
  onRow: (row: string, change: Partial<Pick<BreakdownRow, 'value' | 'count'>>) => void;
  onAddRow: () => void;
  onRemoveRow: (row: string) => void;
  onRemove: () => void;
}

const whole = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);

/** A metric broken down by one dimension: one count per value, or rows of countries. */
export function BreakdownFieldset(props: BreakdownFieldsetProps) {
  const { breakdown, dimension, countries, total, messagesOf } = props;
  const { t } = useTranslation('submissions');
  const format = useFormat();
  const country = isCountryDimension(dimension);
  const counts = breakdown.rows.map((r) => whole(r.count)).filter((n): n is number => n !== null);
  const sum = counts.reduce((a, n) => a + n, 0);
  const totalValue = whole(total);

  return (
    <fieldset className="breakdown">
      <legend>{t('form.breakdown.legend', { dimension: dimension.label })}</legend>
      <div className={country ? 'breakdown__rows' : 'count-grid'}>
        {breakdown.rows.map((row, index) => {
          const countField = fieldId.rowCount(breakdown.key, row.key);
          if (!country) {
            const value = dimension.values.find((v) => v.code === row.value);
            return (
              <CountInput
                key={row.key}
                field={countField}
                label={value?.label ?? row.value}
                value={row.count}
                messages={messagesOf(countField)}
                onChange={(count) => props.onRow(row.key, { count })}
              />
            );
          }
          const valueField = fieldId.rowValue(breakdown.key, row.key);
          const valueMessages = messagesOf(valueField);
          return (
            <div key={row.key} className="breakdown__row">
              <div className="field">
                <label htmlFor={valueField}>{t('form.breakdown.country', { n: index + 1 })}</label>
                <select
                  id={valueField}
                  value={row.value}
                  onChange={(event) => props.onRow(row.key, { value: event.target.value })}
                  {...issueProps(valueField, valueMessages)}
                >
                  <option value="">{t('form.breakdown.chooseCountry')}</option>
                  <option value="unknown">{t('form.breakdown.unknownCountry')}</option>
                  {countries.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.name}
                    </option>
                  ))}
                </select>
                <FieldIssues field={valueField} messages={valueMessages} />
              </div>
              <CountInput
                field={countField}
                label={t('form.breakdown.count', { n: index + 1 })}
                value={row.count}
                messages={messagesOf(countField)}
                onChange={(count) => props.onRow(row.key, { count })}
              />
              <button
                type="button"
                className="button button--quiet"
                onClick={() => props.onRemoveRow(row.key)}
              >
                {t('form.breakdown.removeRow', { n: index + 1 })}
              </button>
            </div>
          );
        })}
      </div>
      <div className="breakdown__footer">
        <p className="hint">
          {totalValue !== null
            ? t('form.breakdown.sumOfTotal', {
                sum: format.number(sum),
                total: format.number(totalValue),
              })
            : t('form.breakdown.sum', { sum: format.number(sum) })}
        </p>
        {country && (
          <button type="button" className="button button--secondary" onClick={props.onAddRow}>
            {t('form.breakdown.addRow')}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={props.onRemove}>
          {t('form.breakdown.remove', { dimension: dimension.label })}
        </button>
      </div>
    </fieldset>
  );
}
