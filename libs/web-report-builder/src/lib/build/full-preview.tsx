import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadReportView } from '@candor/web-reports';
import type { Language } from '@candor/web-i18n';

type ReportViewModule = Awaited<ReturnType<typeof loadReportView>>;

export interface FullPreviewProps {
  id: string;
  /** The report model, as `reportPreview.content` gives it. */
  content: unknown;
  language: Language;
  /** The address the report will have once published (for its citation). */
  url: string;
}

/**
 * The whole report as its page will show it, rendered by the public page's `ReportView` (loaded
 * on demand, with its charts), before anything is published.
 */
export function FullPreview({ id, content, language, url }: FullPreviewProps) {
  const { t } = useTranslation('reportBuilder');
  const [view, setView] = useState<ReportViewModule | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    loadReportView().then(
      (module) => {
        if (live) setView(module);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  if (failed)
    return (
      <p id={id} className="message message--error" role="alert">
        {t('preview.fullFailed')}
      </p>
    );
  if (!view)
    return (
      <p id={id} className="loading" role="status">
        {t('loading')}
      </p>
    );
  const report = view.toReport(content);
  if (!report)
    return (
      <p id={id} className="message message--error" role="alert">
        {t('preview.invalid')}
      </p>
    );
  const { ReportView } = view;
  return (
    <section id={id} className="report-builder__full" aria-label={t('preview.fullTitle')}>
      <ReportView report={report} meta={null} language={language} url={url} />
    </section>
  );
}
