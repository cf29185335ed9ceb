import type { RefObject } from 'react';
import type { SubmissionReportFieldsFragment } from '@candor/web-graphql';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Icon } from '../shared/icon';
import { IssueTable, type IssueRow } from '../shared/issue-table';
import { StoredVersions } from '../shared/stored-versions';
import { jumpTo } from './jump-to';
import type { Highlights, LocatedIssue } from './report-highlights';

export interface ReportViewProps {
  report: SubmissionReportFieldsFragment;
  dryRun: boolean;
  highlights: Highlights;
  /** The text was edited after this report: its line numbers may be off. */
  stale: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** One sentence for the outcome, as the heading and the spoken announcement. */
export function reportTitle(
  t: TFunction<'submissions'>,
  report: SubmissionReportFieldsFragment,
  dryRun: boolean,
  subject: 'file' | 'figures' = 'file',
): string {
  if (!report.ok) {
    const key = !dryRun
      ? 'report.title.submitFailed'
      : subject === 'file'
        ? 'report.title.checkFailed'
        : 'report.title.figuresFailed';
    return t(key, { count: report.errors.length });
  }
  if (!dryRun) return t('report.title.stored', { count: report.submissions.length });
  return t(subject === 'file' ? 'report.title.checkOk' : 'report.title.figuresOk');
}

const toRows = (located: readonly LocatedIssue[], prefix: string): IssueRow[] =>
  located.map((l, index) => ({ key: `${prefix}${index}`, ...l.issue, targetId: l.targetId }));

/** The answer to a check or an upload: errors and warnings by line and column, or what was stored. */
export function ReportView({ report, dryRun, highlights, stale, headingRef }: ReportViewProps) {
  const { t } = useTranslation('submissions');
  const errors = report.errors.length;
  const title = reportTitle(t, report, dryRun);

  return (
    <section
      className={`report report--${report.ok ? 'ok' : 'failed'}`}
      aria-labelledby="report-title"
    >
      <h2 id="report-title" tabIndex={-1} ref={headingRef}>
        <Icon name={report.ok ? 'check' : 'cross'} />
        {title}
      </h2>
      {stale && <p className="note">{t('report.stale')}</p>}
      {report.ok && dryRun && <p>{t('report.checkOkBody')}</p>}
      {report.ok && !dryRun && (
        <>
          <p>{t(report.replayed ? 'report.replayed' : 'report.storedBody')}</p>
          <StoredVersions submissions={report.submissions} />
        </>
      )}
      {errors > 0 && (
        <IssueTable
          caption={t('report.errorsCaption', { count: errors })}
          issues={toRows(highlights.errors, 'e')}
          severity="error"
          placeHeader={t('upload.preview.line')}
          onJump={jumpTo}
        />
      )}
      {report.warnings.length > 0 && (
        <IssueTable
          caption={t('report.warningsCaption', { count: report.warnings.length })}
          issues={toRows(highlights.warnings, 'w')}
          severity="warning"
          placeHeader={t('upload.preview.line')}
          onJump={jumpTo}
        />
      )}
    </section>
  );
}
