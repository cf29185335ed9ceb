export { DEFAULT_MAX_UPLOAD_BYTES } from './lib/types';
export type { FileFormat, FileHint, ParsedFile, ParseOptions } from './lib/types';
export { parseSubmissionCsv } from './lib/csv/parse-csv';
export { parseSubmissionJson } from './lib/json/parse-json';
export { detectFormat, parseSubmissionFile } from './lib/parse-file';
export { csvTemplate, templateColumns } from './lib/template';
export { submissionCsv } from './lib/csv/write-csv';
export type { CsvDocument } from './lib/csv/write-csv';
