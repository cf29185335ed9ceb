import { useEffect, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { DEFAULT_LANGUAGE, isLanguage } from '@candor/web-i18n';
import { languageSearch } from '@candor/web-public-kit';
import { wordsFor } from '../i18n';
import { absoluteUrl, reportPath, reportPathFromKey } from '../shared/links';
import { errorKind } from '../shared/load-error';
import type { ReportMeta } from '../shared/report-meta';
import { toReport } from '../shared/report-meta';
import { setReportReady } from './report-ready';
import { ReportView } from './report-view';
import { transparencyReportQuery } from './report.documents';
import '../reports.css';

type Failure = 'notFound' | 'network' | 'unknown' | 'invalid';

/**
 * `/reports/:releaseId/:scope/:language` (`?print=1`: the PDF layout): loads the report and
 * renders it with `ReportView`, in the report's language. A failure sets
 * `<html data-report-ready="error">` so the PDF renderer stops waiting.
 */
export function ReportPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const print = search.get('print') === '1';
  const releaseId = params['releaseId'] ?? '';
  const scope = params['scope'] ?? '';
  const language = isLanguage(params['language']) ? params['language'] : null;
  const { data, error } = useQuery(transparencyReportQuery, {
    variables: { releaseId, scope, language: language ?? DEFAULT_LANGUAGE },
    skip: language === null,
  });
  const found = data?.transparencyReport ?? null;
  const report = useMemo(() => (found ? toReport(found.content) : null), [found]);
  const meta: ReportMeta | null = found;

  const failure: Failure | null =
    language === null
      ? 'notFound'
      : error
        ? errorKind(error)
        : data && !found
          ? 'notFound'
          : found && !report
            ? 'invalid'
            : null;

  useEffect(() => {
    if (!failure) return;
    setReportReady('error');
    return () => setReportReady(null);
  }, [failure]);

  const words = wordsFor(language ?? DEFAULT_LANGUAGE);
  if (failure) {
    return (
      <div className="transparency-report" lang={language ?? undefined}>
        <title>{`${words.eyebrow} · Candor`}</title>
        <header className="page-header">
          <p className="eyebrow">
            <Link to={{ pathname: '/reports', search: languageSearch(search) }}>
              {words.list.title}
            </Link>
          </p>
          <h1>{words.eyebrow}</h1>
        </header>
        <p className="message message--error" role="alert">
          {words.errors[failure]}
        </p>
      </div>
    );
  }
  if (!report || !meta || !language) {
    return (
      <p className="loading" role="status" lang={language ?? undefined}>
        {words.loading}
      </p>
    );
  }
  const path = meta.key ? reportPathFromKey(meta.key) : reportPath(releaseId, scope, language);
  return (
    <ReportView
      report={report}
      meta={meta}
      language={language}
      print={print}
      url={absoluteUrl(window.location.origin, path)}
      signalReady
    />
  );
}
