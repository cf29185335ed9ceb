import type { Report } from '@candor/reports';
import { interpolate } from '../shared/interpolate';
import type { ReportMeta } from '../shared/report-meta';
import { useReportText } from '../shared/report-text';
import { scopeName } from '../shared/scope';
import { citationText } from './citation';

/**
 * The title page: title, scope, period, the release reported on (series and version), the
 * report's version and publication date, the checksums and how to cite the report.
 */
export function TitlePage({
  report,
  meta,
  url,
}: {
  report: Report;
  meta: ReportMeta | null;
  url: string;
}) {
  const { words, format } = useReportText();
  const page = report.titlePage;
  const scope = scopeName(page.scope, words, format, meta?.scopeLabel);
  // The release's title; the scope follows in the report's language (the API's `title` joins
  // the two in English).
  const title = page.title;
  const publishedAt = meta ? meta.publishedAt : null;
  const citation = citationText(
    {
      title,
      scope,
      version: meta?.version ?? 1,
      releaseSeries: page.series,
      releaseVersion: page.version,
      publishedAt: publishedAt ?? page.publishedAt,
      checksum: page.checksum,
    },
    url,
    words,
    format,
  );

  return (
    <section
      id="title-page"
      className="report-section report-title"
      aria-labelledby="title-page-title"
    >
      <p className="eyebrow">{words.eyebrow}</p>
      <h1 id="title-page-title">{title}</h1>
      <p className="report-title__scope">{scope}</p>
      <p className="report-title__period">{format.periodRange(page.periodFrom, page.periodTo)}</p>
      {meta?.status === 'awaiting_approval' && (
        <p className="note" role="note">
          {words.awaitingApproval}
        </p>
      )}
      <dl className="report-facts">
        <div>
          <dt>{words.titlePage.scope}</dt>
          <dd>{scope}</dd>
        </div>
        <div>
          <dt>{words.titlePage.period}</dt>
          <dd>{format.periodRange(page.periodFrom, page.periodTo)}</dd>
        </div>
        <div>
          <dt>{words.titlePage.release}</dt>
          <dd>
            {interpolate(words.titlePage.releaseValue, {
              series: page.series,
              version: page.version,
            })}
          </dd>
        </div>
        {meta && (
          <div>
            <dt>{words.titlePage.reportVersion}</dt>
            <dd>{format.number(meta.version)}</dd>
          </div>
        )}
        <div>
          <dt>{words.titlePage.published}</dt>
          <dd>{publishedAt ? format.date(publishedAt) : words.titlePage.notPublished}</dd>
        </div>
        <div className="report-facts__wide">
          <dt>{words.titlePage.checksum}</dt>
          <dd>
            <code className="report-checksum" translate="no" data-checksum={page.checksum ?? ''}>
              {page.checksum ?? words.titlePage.noChecksum}
            </code>
          </dd>
        </div>
        {meta && (
          <div className="report-facts__wide">
            <dt>{words.titlePage.reportChecksum}</dt>
            <dd>
              <code className="report-checksum" translate="no">
                {meta.jsonSha256}
              </code>
            </dd>
          </div>
        )}
      </dl>
      <h2 id="title-page-cite">{words.titlePage.citeTitle}</h2>
      <blockquote className="report-citation" data-citation>
        <p>{citation}</p>
      </blockquote>
      <p className="report-title__source muted">{words.sourceLanguage}</p>
    </section>
  );
}
