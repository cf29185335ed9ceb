import { parseSubmissionCsv } from './csv/parse-csv';
import { parseSubmissionJson } from './json/parse-json';
import type { FileFormat, FileHint, ParsedFile, ParseOptions } from './types';

const SNIFF_BYTES = 1024;
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The first byte that is not a BOM or whitespace, among the first kilobyte. */
function firstSignificantByte(input: Uint8Array): number | undefined {
  let i = UTF8_BOM.every((byte, k) => input[k] === byte) ? UTF8_BOM.length : 0;
  for (; i < Math.min(input.length, SNIFF_BYTES); i++) {
    const byte = input[i] as number;
    if (!WHITESPACE.has(byte)) return byte;
  }
  return undefined;
}

const saysJson = (hint: FileHint): boolean =>
  /\.json$/i.test(hint.filename ?? '') || /[/+]json\b/i.test(hint.contentType ?? '');

/**
 * CSV or JSON. The content decides when it can: a submission CSV starts with its header, never
 * with `{` or `[`. Otherwise a `.json` name or a JSON content type chooses JSON, anything else
 * CSV (browsers send CSV files under several content types, `application/vnd.ms-excel` among
 * them).
 */
export function detectFormat(input: Uint8Array, hint: FileHint = {}): FileFormat {
  const first = firstSignificantByte(input);
  if (first === 0x7b || first === 0x5b) return 'json';
  return saysJson(hint) ? 'json' : 'csv';
}

/** Reads an uploaded file, CSV or JSON, into one document per period (see `ParsedFile`). */
export function parseSubmissionFile(
  input: Uint8Array,
  hint: FileHint = {},
  options?: ParseOptions,
): ParsedFile {
  return detectFormat(input, hint) === 'json'
    ? parseSubmissionJson(input, options)
    : parseSubmissionCsv(input, options);
}
