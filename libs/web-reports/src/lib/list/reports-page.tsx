import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DEFAULT_LANGUAGE, isLanguage } from '@candor/web-i18n';
import { languageSearch } from '@candor/web-public-kit';
import { fileKey, orderedFiles } from '../shared/files';
import { reportPath } from '../shared/links';
import { errorKind } from '../shared/load-error';
import { reportText } from '../shared/report-text';
import { scopeName } from '../shared/scope';
import { groupReportVersions, seriesAnchor, type ReportSeriesGroup } from './report-groups';
import { transparencyReportListQuery, type ListedReport } from './reports.documents';
import '../reports.css';

/**
 * `/reports`: every published report, grouped by series (scope, language and release series),
 * newest version first, each with its publication date, what changed and why, and its files.
 * The page is in the reader's language; each report opens in its own.
 */
export function ReportsPage() {
  const { t, i18n } = useTranslation('reports');
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const { words, format } = reportText(language);
  const { data, error, loading } = useQuery(transparencyReportListQuery);
  const groups = useMemo(() => groupReportVersions(data?.transparencyReports ?? []), [data]);
  const seriesName = (group: ReportSeriesGroup<ListedReport>) =>
    t('list.series', {
      scope: scopeName(group.scope, words, format, group.scopeLabel),
      language: format.language(group.language),
    });

  return (
    <div className="reports-list">
      <header className="page-header page-header--wide">
        <title>{`${t('list.title')} · Candor`}</title>
        <p className="eyebrow">{t('list.eyebrow')}</p>
        <h1>{t('list.title')}</h1>
        <p className="lead">{t('list.lead')}</p>
      </header>
      {error ? (
        <p className="message message--error" role="alert">
          {errorKind(error) === 'network' ? t('errors.network') : t('errors.listUnknown')}
        </p>
      ) : loading && !data ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : groups.length === 0 ? (
        <p className="message">{t('list.empty')}</p>
      ) : (
        <>
          <nav className="page-toc reports-toc" aria-labelledby="reports-toc">
            <h2 id="reports-toc" className="page-toc__heading">
              {t('list.contents')}
            </h2>
            <ul>
              {groups.map((group) => (
                <li key={group.key}>
                  <a href={`#${seriesAnchor(group.key)}`}>{seriesName(group)}</a>{' '}
                  <span className="muted">
                    ({t('list.count', { count: group.versions.length })})
                  </span>
                </li>
              ))}
            </ul>
          </nav>
          {groups.map((group) => (
            <SeriesCard key={group.key} group={group} name={seriesName(group)} />
          ))}
        </>
      )}
    </div>
  );
}

function SeriesCard({ group, name }: { group: ReportSeriesGroup<ListedReport>; name: string }) {
  const { t, i18n } = useTranslation('reports');
  const [search] = useSearchParams();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const { format } = reportText(language);
  const anchor = seriesAnchor(group.key);
  return (
    <section id={anchor} className="report-series" aria-labelledby={`${anchor}-title`}>
      <h2 id={`${anchor}-title`}>{name}</h2>
      <p className="muted">
        {t('list.releaseSeries', { series: group.releaseSeries })} ·{' '}
        {t('list.count', { count: group.versions.length })}
      </p>
      <ol className="report-series__versions">
        {group.versions.map((report, index) => {
          const to = {
            pathname: reportPath(report.releaseId, report.scope, report.language),
            search: languageSearch(search),
          };
          const named = { title: report.title, scope: name, version: report.version };
          return (
            <li key={report.key} className="report-series__version" data-report-key={report.key}>
              <h3>
                <Link to={to}>{t('list.version', { version: report.version })}</Link>
                {index === 0 && <span className="tag">{t('list.latest')}</span>}
              </h3>
              <p>{report.title}</p>
              <dl className="report-series__facts">
                <div>
                  <dt>{t('list.period')}</dt>
                  <dd>{format.periodRange(report.periodFrom, report.periodTo)}</dd>
                </div>
                <div>
                  <dt>{t('list.published')}</dt>
                  <dd>{report.publishedAt ? format.date(report.publishedAt) : '—'}</dd>
                </div>
                <div>
                  <dt>{t('list.release')}</dt>
                  <dd>
                    <code translate="no">{report.releaseSeries}</code>,{' '}
                    {t('list.releaseValue', { version: report.releaseVersion })}
                  </dd>
                </div>
              </dl>
              {report.version > 1 || report.changes.length > 0 ? (
                <>
                  <p className="report-versions__label">{t('list.changes')}</p>
                  {report.changes.length > 0 ? (
                    <ul className="report-series__changes">
                      {report.changes.map((change) => (
                        <li key={change} lang="en">
                          {change}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p>{t('versions.noChanges')}</p>
                  )}
                  {report.changeNote && (
                    <p>
                      <span className="report-versions__label">{t('list.why')}:</span>{' '}
                      {report.changeNote}
                    </p>
                  )}
                </>
              ) : (
                <p className="muted">{t('list.first')}</p>
              )}
              <ul className="report-series__files" aria-label={t('list.downloadsOf', named)}>
                {orderedFiles(report.files).map((file) => {
                  const key = fileKey(file.name);
                  return (
                    <li key={file.name}>
                      <a href={file.url} type={file.mediaType} download data-file={file.name}>
                        {key ? t(`downloads.name.${key}`) : file.name}
                      </a>
                    </li>
                  );
                })}
              </ul>
              <p>
                <Link to={to} aria-label={t('list.openOf', named)}>
                  {t('list.open')}
                </Link>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
