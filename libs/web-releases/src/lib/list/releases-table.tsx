import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AllReleasesQuery } from '@candor/web-graphql';
import { languageSearch } from '../shared/links';
import { ReleaseStatusBadge } from '../shared/status-badge';
import { useFormat } from '../shared/use-format';
import { useReleaseLabels } from '../shared/use-labels';

type Release = AllReleasesQuery['allReleases'][number];

/** Every release, one row each, with its status and a link to its page. */
export function ReleasesTable({ releases }: { releases: readonly Release[] }) {
  const { t } = useTranslation('releases');
  const format = useFormat();
  const labels = useReleaseLabels();
  const [search] = useSearchParams();
  return (
    <div className="table-wrap">
      <table className="table releases-table">
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.columns.title')}</th>
            <th scope="col">{t('list.columns.periods')}</th>
            <th scope="col">{t('list.columns.status')}</th>
            <th scope="col" className="number">
              {t('list.columns.cells')}
            </th>
            <th scope="col">{t('list.columns.built')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('list.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {releases.map((r) => (
            <tr key={r.id} data-release={r.id} data-status={r.status}>
              <th scope="row">
                {r.title}
                <span className="release-meta">
                  {t('list.version', { series: r.series, version: r.version })}
                </span>
              </th>
              <td>
                {format.period(r.periodFrom)} – {format.period(r.periodTo)}
              </td>
              <td>
                <ReleaseStatusBadge status={r.status} />
                {r.status === 'building' && (
                  <span className="release-meta">
                    {labels.step(r.progress.step)} · {format.share(r.progress.percent / 100)}
                  </span>
                )}
              </td>
              <td className="number">{format.number(r.cellCount)}</td>
              <td>{r.builtAt ? format.dateTime(r.builtAt) : t('list.notYet')}</td>
              <td>
                <Link
                  className="button button--secondary button--small"
                  to={{ pathname: `/review/releases/${r.id}`, search: languageSearch(search) }}
                >
                  {t('list.open')}
                  <span className="visually-hidden">
                    {' '}
                    · {r.title} · {t('list.version', { series: r.series, version: r.version })}
                  </span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
