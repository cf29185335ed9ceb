import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePublicLabels } from '@candor/web-public-kit';
import { useBuilderLabels } from '../shared/use-labels';
import { useFormat } from '../shared/use-format';
import type { KeyFigureRow, Shown, TrendRow } from './key-figure-rows';

/** The key figures of a previewed report: value or why it is withheld, and the change. */
export function KeyFiguresTable({ rows }: { rows: readonly KeyFigureRow[] }) {
  const { t } = useTranslation('reportBuilder');
  const id = useId();
  const labels = useBuilderLabels();
  const publicLabels = usePublicLabels();
  const format = useFormat();

  const value = (row: KeyFigureRow, shown: Shown) => {
    if ('withheld' in shown)
      return <span className="withheld">{labels.withheld(shown.withheld)}</span>;
    if (row.kind === 'share') return format.share(shown.value);
    if (row.kind === 'hours')
      return t('preview.keyFigures.hours', { hours: format.hours(shown.value) });
    return format.number(shown.value);
  };
  const change = (row: KeyFigureRow) => {
    if ('withheld' in row.change)
      return <span className="withheld">{labels.withheld(row.change.withheld)}</span>;
    return row.change.kind === 'difference'
      ? t('preview.keyFigures.points', { points: format.points(row.change.value) })
      : format.change(row.change.value);
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('preview.keyFigures.title')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('preview.keyFigures.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">{t('preview.keyFigures.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('preview.keyFigures.figure')}</th>
                <th scope="col">{t('preview.keyFigures.period')}</th>
                <th scope="col">{t('preview.keyFigures.value')}</th>
                <th scope="col">{t('preview.keyFigures.change')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={`${row.rawId}-${index}`}>
                  <th scope="row">
                    {row.id ? t(`preview.keyFigure.${row.id}`) : publicLabels.metric(row.metric)}
                  </th>
                  <td>{row.period ? format.period(row.period) : ''}</td>
                  <td>{value(row, row.shown)}</td>
                  <td>{change(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The trend series of a previewed report, in short. */
export function TrendsList({ rows }: { rows: readonly TrendRow[] }) {
  const { t } = useTranslation('reportBuilder');
  const id = useId();
  const publicLabels = usePublicLabels();
  const format = useFormat();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('preview.trends.title')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('preview.trends.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">{t('preview.trends.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('preview.trends.series')}</th>
                <th scope="col">{t('preview.trends.periods')}</th>
                <th scope="col">{t('preview.trends.withheld')}</th>
                <th scope="col">{t('preview.trends.latest')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={`${row.metric}-${index}`}>
                  <th scope="row">
                    {publicLabels.metric(row.metric) === row.metric && row.label ? (
                      <span lang="en">{row.label}</span>
                    ) : (
                      publicLabels.metric(row.metric)
                    )}
                  </th>
                  <td>{format.number(row.periods)}</td>
                  <td>{format.number(row.withheld)}</td>
                  <td>
                    {row.latest ? (
                      t('preview.trends.latestValue', {
                        value: format.number(row.latest.value),
                        period: format.period(row.latest.period),
                      })
                    ) : (
                      <span className="withheld">{t('preview.trends.noValue')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
