import { VALIDATION_CODES as C, type ValidationIssue } from '@candor/catalogue';
import { fileSize } from './format';
import { DEFAULT_MAX_UPLOAD_BYTES, type ParseOptions } from './types';

export type TextResult = { ok: true; text: string } | { ok: false; issue: ValidationIssue };

const BOM = '\uFEFF';
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** Index of the first C0 control character other than tab, line feed and carriage return. */
function firstControl(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 && unit !== TAB && unit !== LF && unit !== CR) return i;
  }
  return -1;
}

/** File signatures of what people upload by mistake instead of the CSV or JSON. */
const SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'an Excel workbook or ZIP archive' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0xff, 0xfe], what: 'UTF-16 text' },
  { bytes: [0xfe, 0xff], what: 'UTF-16 text' },
];

const SAVE_AS =
  'upload the CSV or JSON file itself, saved as UTF-8 text (in Excel: "CSV UTF-8 (comma delimited)")';

const notText = (message: string, row?: number): TextResult => ({
  ok: false,
  issue: { code: C.NOT_TEXT, message, ...(row !== undefined && { row }) },
});

export function maxBytesOf(options: ParseOptions | undefined): number {
  const max = options?.maxBytes;
  return typeof max === 'number' && max > 0 ? max : DEFAULT_MAX_UPLOAD_BYTES;
}

/** UTF-8 length of a string, without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A surrogate pair (two units) is four bytes.
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

/** FILE_TOO_LARGE, or nothing. Checked before anything else reads the content. */
export function checkSize(input: string | Uint8Array, max: number): ValidationIssue | undefined {
  // A string has at least as many UTF-8 bytes as UTF-16 units: only count when it may fit.
  const size =
    typeof input === 'string'
      ? input.length > max
        ? input.length
        : utf8Length(input)
      : input.byteLength;
  if (size <= max) return undefined;
  return {
    code: C.FILE_TOO_LARGE,
    message: `The file is ${fileSize(size)}, more than the limit of ${fileSize(max)}: split it into several files, for example one per period.`,
  };
}

const lineOf = (text: string, index: number): number =>
  (text.slice(0, index).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;

function checkControl(text: string): TextResult {
  const index = firstControl(text);
  if (index < 0) return { ok: true, text };
  const code = text.charCodeAt(index).toString(16).toUpperCase().padStart(2, '0');
  return notText(
    `The file contains the control character 0x${code}, so it is not a text file: ${SAVE_AS}.`,
    lineOf(text, index),
  );
}

/**
 * Reads uploaded content as text: size limit first, then UTF-8 (strictly), without a BOM, and
 * without control characters. Never throws.
 */
export function readText(input: string | Uint8Array, options?: ParseOptions): TextResult {
  const tooLarge = checkSize(input, maxBytesOf(options));
  if (tooLarge) return { ok: false, issue: tooLarge };
  if (typeof input === 'string') {
    return checkControl(input.startsWith(BOM) ? input.slice(BOM.length) : input);
  }
  const known = SIGNATURES.find((s) => s.bytes.every((byte, i) => input[i] === byte));
  if (known) return notText(`The file is ${known.what}, not UTF-8 text: ${SAVE_AS}.`);
  let text: string;
  try {
    // Strips one UTF-8 BOM; `fatal` refuses any byte sequence that is not UTF-8.
    text = new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return notText(
      `The file is not UTF-8 text (it may be a binary file, or text saved in another encoding): ${SAVE_AS}.`,
    );
  }
  return checkControl(text);
}
