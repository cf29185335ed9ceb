import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFrameFormat } from '@candor/charts';
import type { CountryRanking, RankedRow } from './country-ranking';

/**
 * The full ranking: published countries by rank with their figure and share of the total, then
 * the residual parts (unknown country, not broken down), then the withheld countries, each with
 * the reason in place of a figure and no rank.
 */
export function RankedTable({
  ranking,
  caption,
  countLabel,
}: {
  ranking: CountryRanking;
  caption: string;
  countLabel: string;
}) {
  const { t } = useTranslation('countries');
  const format = useFrameFormat();
  const headingId = useId();
  const withShare = ranking.total !== null;

  const row = (item: RankedRow, group: 'ranked' | 'residual' | 'withheld') => (
    <tr key={item.code} data-key={item.code} data-group={group}>
      <td className="data-table__number ranked-table__rank">
        {item.rank !== null ? (
          format.value(item.rank, 'count')
        ) : (
          <span className="visually-hidden">{t('ranking.notRanked')}</span>
        )}
      </td>
      <th scope="row">{item.name}</th>
      <td
        className={
          item.count === null ? 'data-table__number data-table__withheld' : 'data-table__number'
        }
        data-series="count"
      >
        {item.count === null
          ? format.gap(item.gap ?? 'not_published')
          : format.value(item.count, 'count')}
      </td>
      {withShare && (
        <td
          className={
            item.share === null ? 'data-table__number data-table__withheld' : 'data-table__number'
          }
          data-series="share"
        >
          {item.share === null ? t('ranking.noShare') : format.value(item.share, 'share')}
        </td>
      )}
    </tr>
  );

  return (
    <section className="ranked-table" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ranking.heading')}</h2>
      <div className="data-table" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="data-table__number">
                {t('ranking.rank')}
              </th>
              <th scope="col">{t('ranking.country')}</th>
              <th scope="col" className="data-table__number">
                {countLabel}
              </th>
              {withShare && (
                <th scope="col" className="data-table__number">
                  {t('ranking.share')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {ranking.ranked.map((item) => row(item, 'ranked'))}
            {ranking.residual.map((item) => row(item, 'residual'))}
            {ranking.withheld.map((item) => row(item, 'withheld'))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
