import type { ValidationIssue } from '@candor/catalogue';
import type { ParsedFile } from '@candor/submission-files';
import type {
  SubmissionReport,
  SubmissionsService,
  SubmitDocumentsRequest,
} from './submissions.service';

/** Errors that concern one row alone: still meaningful when other rows of the file could not be read. */
const ROW_LOCAL = new Set([
  'NOT_AN_INTEGER',
  'NEGATIVE_VALUE',
  'VALUE_TOO_LARGE',
  'UNKNOWN_METRIC',
  'METRIC_NOT_ALLOWED',
  'DIMENSION_NOT_ALLOWED',
  'DIMENSION_REQUIRED',
  'UNKNOWN_DIMENSION_VALUE',
  'DUPLICATE_FIGURE',
  'INVALID_PERIOD',
]);

const byRow = (a: ValidationIssue, b: ValidationIssue) => (a.row ?? 0) - (b.row ?? 0);

/**
 * A parsed upload through the one validator. When some rows could not be read, nothing is stored,
 * but the readable rows are still checked so the person sees every row-level mistake at once
 * (sums are not checked then: a missing row would make them look wrong).
 */
export async function submitParsedFile(
  service: SubmissionsService,
  parsed: ParsedFile,
  request: Omit<SubmitDocumentsRequest, 'documents'>,
): Promise<SubmissionReport> {
  if (parsed.errors.length === 0) {
    const report = await service.submitDocuments({ ...request, documents: parsed.documents });
    return { ...report, warnings: [...parsed.warnings, ...report.warnings] };
  }
  const readable = parsed.documents.filter((d) => d.figures.length > 0);
  const checked = readable.length
    ? await service.submitDocuments({ ...request, documents: readable, dryRun: true })
    : null;
  const rowErrors = (checked?.errors ?? []).filter((e) => ROW_LOCAL.has(e.code));
  return {
    ok: false,
    submissions: [],
    replayed: false,
    errors: [...parsed.errors, ...rowErrors].sort(byRow),
    warnings: parsed.warnings,
  };
}
