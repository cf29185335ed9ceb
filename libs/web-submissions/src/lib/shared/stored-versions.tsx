import type { SubmissionReportFieldsFragment } from '@candor/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { keptSearch } from './links';
import { StatusBadge } from './status-badge';
import { useFormat } from './use-format';

type Stored = SubmissionReportFieldsFragment['submissions'][number];

/** The versions a submission stored, one per period, with a link to each period's history. */
export function StoredVersions({ submissions }: { submissions: readonly Stored[] }) {
  const { t } = useTranslation('submissions');
  const format = useFormat();
  const [search] = useSearchParams();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t('report.stored.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.period')}</th>
            <th scope="col" className="number">
              {t('report.stored.version')}
            </th>
            <th scope="col" className="number">
              {t('report.stored.figures')}
            </th>
            <th scope="col">{t('report.stored.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('home.table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {submissions.map((s) => (
            <tr key={s.id}>
              <th scope="row">{format.period(s.period)}</th>
              <td className="number">{format.number(s.version)}</td>
              <td className="number">{format.number(s.figureCount)}</td>
              <td>
                <StatusBadge status={s.status} />
              </td>
              <td>
                <Link to={{ pathname: `/submit/history/${s.period}`, search: keptSearch(search) }}>
                  {t('home.action.history')}
                  <span className="visually-hidden"> · {format.period(s.period)}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
