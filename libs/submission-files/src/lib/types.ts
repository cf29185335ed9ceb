import { VALIDATION_CODES as C, type RawDocument, type ValidationIssue } from '@candor/catalogue';

/** The upload limit when none is configured: 10 MB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface ParseOptions {
  /** Largest accepted file, in bytes (UTF-8 for string input). Default 10 MB. */
  maxBytes?: number;
}

export type FileFormat = 'csv' | 'json';

/** What the upload says about itself; only used when the content does not decide. */
export interface FileHint {
  contentType?: string;
  filename?: string;
}

/**
 * A file read into one document per period, for the validator. Rows with an error are left out
 * of `documents`; when `errors` is not empty the file must not be stored (a file is accepted or
 * rejected as a whole). When the file cannot be read at all (size, binary, header, quotes),
 * `documents` is empty.
 */
export interface ParsedFile {
  format: FileFormat;
  /** One per period, in first-seen order. CSV figures carry `row` (line number, header = 1). */
  documents: RawDocument[];
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

export const failed = (format: FileFormat, issue: ValidationIssue): ParsedFile => ({
  format,
  documents: [],
  errors: [issue],
  warnings: [],
});

export const emptyFile = (format: FileFormat): ValidationIssue => ({
  code: C.EMPTY_SUBMISSION,
  message:
    format === 'csv'
      ? 'The file is empty: upload a CSV with the header period,metric,value (plus any dimension columns) and one row per figure.'
      : 'The file is empty: upload a JSON submission { "period": …, "figures": [ … ] }.',
});
