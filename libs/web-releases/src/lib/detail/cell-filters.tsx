import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useReleaseLabels } from '../shared/use-labels';
import type { CellFilters } from './cell-paging';

export interface CellFiltersProps {
  filters: CellFilters;
  metrics: readonly string[];
  scopes: readonly string[];
  dimensions: readonly string[];
  metricLabel: (code: string) => string;
  onChange: (filters: CellFilters) => void;
}

/** Filters of the cell preview; each change asks the server for the first matching page. */
export function CellFiltersForm({
  filters,
  metrics,
  scopes,
  dimensions,
  metricLabel,
  onChange,
}: CellFiltersProps) {
  const { t } = useTranslation('releases');
  const id = useId();
  const labels = useReleaseLabels();
  const set = (changes: Partial<CellFilters>) => onChange({ ...filters, ...changes });
  return (
    <fieldset className="cell-filters">
      <legend className="visually-hidden">{t('detail.cells.filters')}</legend>
      <div className="field">
        <label htmlFor={`${id}-metric`}>{t('detail.cells.metric')}</label>
        <select
          id={`${id}-metric`}
          value={filters.metric}
          onChange={(event) => set({ metric: event.target.value })}
        >
          <option value="">{t('detail.cells.all')}</option>
          {metrics.map((code) => (
            <option key={code} value={code}>
              {metricLabel(code)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-scope`}>{t('detail.cells.scope')}</label>
        <select
          id={`${id}-scope`}
          value={filters.scope}
          onChange={(event) => set({ scope: event.target.value })}
        >
          <option value="">{t('detail.cells.all')}</option>
          {scopes.map((code) => (
            <option key={code} value={code}>
              {labels.scope(code)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-dimension`}>{t('detail.cells.dimension')}</label>
        <select
          id={`${id}-dimension`}
          value={filters.dimension}
          onChange={(event) => set({ dimension: event.target.value })}
        >
          <option value="">{t('detail.cells.all')}</option>
          {dimensions.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </div>
      <div className="checkbox cell-filters__check">
        <input
          id={`${id}-suppressed`}
          type="checkbox"
          checked={filters.suppressedOnly}
          onChange={(event) => set({ suppressedOnly: event.target.checked })}
        />
        <label htmlFor={`${id}-suppressed`}>{t('detail.cells.suppressedOnly')}</label>
      </div>
    </fieldset>
  );
}
