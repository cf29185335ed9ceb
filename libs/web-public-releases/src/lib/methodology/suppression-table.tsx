import { usePublicText } from '../shared/use-public-text';
import { SUPPRESSION_REASONS } from '../shared/vocabulary';

/** Each reason a withheld figure may give, how the pages show it, and what it means. */
export function SuppressionTable({ minContributors }: { minContributors: number }) {
  const { t, format } = usePublicText();
  return (
    <div className="table-wrap">
      <table className="table suppression-table">
        <caption>{t('suppression.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('suppression.code')}</th>
            <th scope="col">{t('suppression.name')}</th>
            <th scope="col">{t('suppression.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {SUPPRESSION_REASONS.map((reason) => (
            <tr key={reason} data-reason={reason}>
              <th scope="row">
                <code translate="no">{reason}</code>
              </th>
              <td>{t(`withheld.${reason}`)}</td>
              <td>
                {t(`suppression.meaningOf.${reason}`, { minimum: format.number(minContributors) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
