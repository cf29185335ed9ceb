import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../shared/use-format';
import type { Comparison, ComparisonRow } from './comparison-rows';

/** Figures of a version next to the version before: changes first, unchanged ones on request. */
export function ComparisonTable({
  comparison,
  caption,
}: {
  comparison: Comparison;
  caption: string;
}) {
  const { t } = useTranslation('submissions');
  const format = useFormat();
  const id = useId();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const { counts } = comparison;
  const rows = showUnchanged
    ? comparison.rows
    : comparison.rows.filter((r) => r.change !== 'unchanged');

  const value = (n: number | null) => (n === null ? '—' : format.number(n));
  const delta = (row: ComparisonRow) => {
    if (row.delta === null) return '—';
    const sign = row.delta > 0 ? '+' : '';
    const ratio = row.ratio !== null ? ` (${format.percent(row.ratio)})` : '';
    return `${sign}${format.number(row.delta)}${ratio}`;
  };

  return (
    <div className="comparison">
      <p className="comparison__counts" id={`${id}-counts`}>
        {t('compare.counts', {
          changed: format.number(counts.changed),
          added: format.number(counts.added),
          removed: format.number(counts.removed),
          unchanged: format.number(counts.unchanged),
        })}
      </p>
      {rows.length === 0 ? (
        <p className="muted">{t('compare.noChanges')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table comparison__table" aria-describedby={`${id}-counts`}>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compare.table.figure')}</th>
                <th scope="col">{t('compare.table.change')}</th>
                <th scope="col" className="number">
                  {t('compare.table.previous')}
                </th>
                <th scope="col" className="number">
                  {t('compare.table.current')}
                </th>
                <th scope="col" className="number">
                  {t('compare.table.difference')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className={`change--${row.change}`} data-change={row.change}>
                  <th scope="row">
                    <span className="figure-name">{row.metricLabel}</span>
                    <span className="figure-dims">
                      {row.dimensions.length === 0
                        ? t('compare.total')
                        : row.dimensions.map((d) => `${d.dimension}: ${d.value}`).join(' · ')}
                    </span>
                  </th>
                  <td>
                    <span className={`change-tag change-tag--${row.change}`}>
                      {t(`compare.change.${row.change}`)}
                    </span>
                  </td>
                  <td className="number">{value(row.previous)}</td>
                  <td className="number">{value(row.current)}</td>
                  <td className="number">{delta(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {counts.unchanged > 0 && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setShowUnchanged((v) => !v)}
        >
          {showUnchanged
            ? t('compare.hideUnchanged')
            : t('compare.showUnchanged', { count: counts.unchanged })}
        </button>
      )}
    </div>
  );
}
