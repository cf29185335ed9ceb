import type { SubmissionReportFieldsFragment } from '@candor/web-graphql';
import type { CsvPreview } from './csv-preview';

export type Issue = SubmissionReportFieldsFragment['errors'][number];
export type Severity = 'error' | 'warning';

/** An issue of the report with the place of the preview it points at. */
export interface LocatedIssue {
  issue: Issue;
  severity: Severity;
  /** Index of the column the issue names in the header; null when it names none we show. */
  column: number | null;
  /** Id of the element to move to: the cell, else the row; null when the preview lacks it. */
  targetId: string | null;
}

export interface Mark {
  severity: Severity;
  /** Codes of the issues, for a text label next to the color. */
  codes: string[];
}

export interface Highlights {
  errors: LocatedIssue[];
  warnings: LocatedIssue[];
  /** Marks by line number. */
  rows: Map<number, Mark>;
  /** Marks by `line:column`. */
  cells: Map<string, Mark>;
}

export const rowId = (line: number) => `csv-line-${line}`;
export const cellId = (line: number, column: number) => `csv-cell-${line}-${column}`;
export const cellKey = (line: number, column: number) => `${line}:${column}`;

function mark<K>(marks: Map<K, Mark>, key: K, issue: LocatedIssue): void {
  const current = marks.get(key);
  const severity = current?.severity === 'error' ? 'error' : issue.severity;
  const codes = current?.codes.includes(issue.issue.code)
    ? current.codes
    : [...(current?.codes ?? []), issue.issue.code];
  marks.set(key, { severity, codes });
}

/**
 * Where each issue of a report lies in the preview of the file that was checked: the row by its
 * line number, the cell by the column name. Errors win over warnings on the same row or cell.
 */
export function toHighlights(
  report: Pick<SubmissionReportFieldsFragment, 'errors' | 'warnings'> | null,
  preview: CsvPreview,
): Highlights {
  const columns = (preview.header?.cells ?? []).map((name) => name.trim().toLowerCase());
  const shown = new Set<number>(preview.rows.map((row) => row.line));
  if (preview.header) shown.add(preview.header.line);

  const locate = (issue: Issue, severity: Severity): LocatedIssue => {
    const index = issue.column ? columns.indexOf(issue.column.toLowerCase()) : -1;
    const column = index >= 0 ? index : null;
    const onScreen = issue.row !== null && shown.has(issue.row);
    const targetId =
      onScreen && issue.row !== null
        ? column !== null
          ? cellId(issue.row, column)
          : rowId(issue.row)
        : null;
    return { issue, severity, column, targetId };
  };

  const errors = (report?.errors ?? []).map((issue) => locate(issue, 'error'));
  const warnings = (report?.warnings ?? []).map((issue) => locate(issue, 'warning'));
  const rows = new Map<number, Mark>();
  const cells = new Map<string, Mark>();
  // Errors first, so that a warning never downgrades a row or cell that has an error.
  for (const located of [...errors, ...warnings]) {
    const line = located.issue.row;
    if (line === null || located.targetId === null) continue;
    mark(rows, line, located);
    if (located.column !== null) {
      mark(cells, cellKey(line, located.column), located);
    }
  }
  return { errors, warnings, rows, cells };
}
