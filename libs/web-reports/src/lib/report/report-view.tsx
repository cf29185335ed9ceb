import { Fragment, useEffect, useRef, type ReactNode } from 'react';
import type { Report } from '@candor/reports';
import type { Language } from '@candor/web-i18n';
import type { ReportMeta } from '../shared/report-meta';
import { reportText, ReportTextProvider } from '../shared/report-text';
import { scopeName } from '../shared/scope';
import { AppendixSection } from './appendix-section';
import { Contents } from './contents';
import { CorrectionsSection } from './corrections-section';
import { CountriesSection } from './countries-section';
import { DownloadsBlock } from './downloads-block';
import { KeyFiguresSection } from './key-figures-section';
import { KnownContentSection } from './known-content-section';
import { MethodologySection } from './methodology-section';
import { useReportReady } from './report-ready';
import { reportSections, type ReportSectionId } from './sections';
import { TakedownSection } from './takedown-section';
import { TitlePage } from './title-page';
import { TrendsSection } from './trends-section';
import { VersionsBlock } from './versions-block';

export interface ReportViewProps {
  report: Report;
  /** Version, publication, files and versions; null for a report not published (a preview). */
  meta: ReportMeta | null;
  /** The report's language: every fixed text and number format of the page follows it. */
  language: Language;
  /** The PDF layout (`?print=1`): no screen-only blocks, charts at a fixed size without animation. */
  print?: boolean;
  /** The stable address of the report, for the citation and the downloads. */
  url: string;
  /** Set `<html data-report-ready="true">` once the charts are drawn (the report page does). */
  signalReady?: boolean;
}

/**
 * A transparency report, rendered from its model alone: title page, contents, the numbered
 * sections in `REPORT_SECTIONS` order, and on screen its downloads and versions.
 */
export function ReportView({
  report,
  meta,
  language,
  print = false,
  url,
  signalReady = false,
}: ReportViewProps) {
  const ref = useRef<HTMLElement>(null);
  const { words, format } = reportText(language);
  const sections = reportSections(report, words);
  useReportReady(ref, signalReady);

  // The PDF's language is the report's, whatever language the app was opened in.
  useEffect(() => {
    if (!print) return;
    const root = document.documentElement;
    const before = root.lang;
    root.lang = language;
    return () => {
      root.lang = before;
    };
  }, [print, language]);

  const title = `${report.titlePage.title} · ${scopeName(report.titlePage.scope, words, format, meta?.scopeLabel)}`;
  const bodies: Record<ReportSectionId, (title: string) => ReactNode> = {
    'key-figures': (t) => <KeyFiguresSection report={report} title={t} />,
    trends: (t) => <TrendsSection report={report} title={t} print={print} />,
    takedown: (t) => <TakedownSection report={report} title={t} print={print} />,
    'known-content': (t) => <KnownContentSection report={report} title={t} />,
    countries: (t) => <CountriesSection report={report} title={t} />,
    corrections: (t) => <CorrectionsSection report={report} title={t} />,
    methodology: (t) => <MethodologySection report={report} title={t} />,
    appendix: (t) => <AppendixSection report={report} title={t} />,
  };

  return (
    <ReportTextProvider language={language}>
      <article
        ref={ref}
        className={print ? 'transparency-report transparency-report--print' : 'transparency-report'}
        lang={language}
        data-report-key={report.titlePage.key}
      >
        <title>{`${title} · Candor`}</title>
        <meta name="report-page-label" content={words.print.pageLabel} />
        <TitlePage report={report} meta={meta} url={url} />
        {!print && meta && (
          <div className="report-screen-only">
            <DownloadsBlock meta={meta} url={url} />
            <VersionsBlock meta={meta} releaseVersion={report.titlePage.version} />
          </div>
        )}
        <Contents sections={sections} />
        {sections.map((section) => (
          <Fragment key={section.id}>{bodies[section.id](section.title)}</Fragment>
        ))}
      </article>
    </ReportTextProvider>
  );
}
