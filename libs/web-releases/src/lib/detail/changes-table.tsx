import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../shared/use-format';
import { useReleaseLabels } from '../shared/use-labels';
import { toChangeRows, type ShownValue } from '@candor/web-public-kit';

const FIRST_ROWS = 100;
const KNOWN_REASONS = [
  'corrected_submissions',
  'late_submissions',
  'definition_changed',
  'disclosure_control',
] as const;

export interface ChangesTableProps {
  changelog: unknown;
  built: boolean;
  previous: { title: string; version: number } | null;
}

/** What changed against the previous published release, cell by cell, with why. */
export function ChangesTable({ changelog, built, previous }: ChangesTableProps) {
  const { t } = useTranslation('releases');
  const id = useId();
  const format = useFormat();
  const labels = useReleaseLabels();
  const rows = useMemo(() => toChangeRows(changelog), [changelog]);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);

  const cell = (value: ShownValue) =>
    value.kind === 'value'
      ? format.number(value.value)
      : value.kind === 'withheld'
        ? t('detail.changes.withheldBecause', { reason: labels.suppression(value.reason) })
        : t('detail.changes.absent');
  const reason = (code: string) => {
    const known = KNOWN_REASONS.find((r) => r === code);
    return known ? t(`detail.changes.reasons.${known}`) : code;
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('detail.changes.title')}</h2>
      {!built ? (
        <p className="muted">{t('detail.changes.notBuilt')}</p>
      ) : !previous ? (
        <p className="muted">{t('detail.changes.first')}</p>
      ) : (
        <>
          <p>
            {t('detail.changes.compared', { title: previous.title, version: previous.version })}{' '}
            {rows.length === 0
              ? t('detail.changes.none')
              : t('detail.changes.count', { count: rows.length })}
          </p>
          {rows.length > 0 && (
            <div className="table-wrap">
              <table className="table table--compact changes-table">
                <caption className="visually-hidden">{t('detail.changes.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('detail.changes.columns.cell')}</th>
                    <th scope="col">{t('detail.changes.columns.period')}</th>
                    <th scope="col" className="number">
                      {t('detail.changes.columns.before')}
                    </th>
                    <th scope="col" className="number">
                      {t('detail.changes.columns.after')}
                    </th>
                    <th scope="col">{t('detail.changes.columns.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((row) => (
                    <tr key={row.key}>
                      <th scope="row">
                        <code>{row.metric}</code>
                        <span className="release-meta">
                          {labels.scope(row.scope)}
                          {row.dimension ? ` · ${row.dimension} ${row.dimensionValue ?? ''}` : ''}
                        </span>
                      </th>
                      <td>{format.period(row.period)}</td>
                      <td className="number">{cell(row.before)}</td>
                      <td className="number">{cell(row.after)}</td>
                      <td>{row.reasons.map(reason).join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {!showAll && rows.length > FIRST_ROWS && (
            <div className="action-bar">
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setShowAll(true)}
              >
                {t('detail.changes.showAll', { count: rows.length })}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
