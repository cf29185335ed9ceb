import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIssueLabel } from './issue-label';
import { useFormat } from './use-format';

export interface IssueRow {
  key: string;
  row: number | null;
  column: string | null;
  code: string;
  message: string;
  period: string | null;
  /** Where the row link leads, if the issue can be shown in place. */
  targetId: string | null;
  /** Words for the place when the issue has no row number (a form field, say). */
  place?: string;
}

export interface IssueTableProps {
  caption: ReactNode;
  issues: readonly IssueRow[];
  severity: 'error' | 'warning';
  /** Column header of the place: `Line` for files, `Field` for the form. */
  placeHeader: string;
  onJump: (event: MouseEvent<HTMLAnchorElement>, targetId: string) => void;
}

/** Issues of a report: where, which column, what, and the server's explanation. */
export function IssueTable({ caption, issues, severity, placeHeader, onJump }: IssueTableProps) {
  const { t } = useTranslation('submissions');
  const label = useIssueLabel();
  const format = useFormat();
  const periods = new Set(issues.map((i) => i.period).filter(Boolean));

  return (
    <div className="table-wrap">
      <table className={`table issues issues--${severity}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{placeHeader}</th>
            {periods.size > 1 && <th scope="col">{t('report.period')}</th>}
            <th scope="col">{t('report.column')}</th>
            <th scope="col">{t('report.problem')}</th>
            <th scope="col">{t('report.details')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue) => {
            const place =
              issue.place ??
              (issue.row !== null ? format.number(issue.row) : t('report.wholeFile'));
            return (
              <tr key={issue.key} data-row={issue.row ?? undefined} data-code={issue.code}>
                <td className="issues__place">
                  {issue.targetId ? (
                    <a
                      href={`#${issue.targetId}`}
                      aria-label={
                        issue.place || issue.row === null
                          ? t('report.goTo', { place })
                          : t('report.goToLine', { line: place })
                      }
                      onClick={(event) => onJump(event, issue.targetId ?? '')}
                    >
                      {place}
                    </a>
                  ) : (
                    place
                  )}
                </td>
                {periods.size > 1 && <td>{issue.period ? format.period(issue.period) : '—'}</td>}
                <td>{issue.column ? <code>{issue.column}</code> : '—'}</td>
                <td>
                  <strong>{label(issue.code)}</strong>
                  <br />
                  <code className="muted">{issue.code}</code>
                </td>
                <td lang="en">{issue.message}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
