import { VALIDATION_CODES as C, type ValidationIssue } from '@candor/catalogue';

export type JsonResult = { ok: true; value: unknown } | { ok: false; issue: ValidationIssue };

interface Location {
  line: number;
  column: number;
}

function locationAt(text: string, position: number): Location {
  const lines = text.slice(0, position).split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Where the parser's message says the error is (its wording differs between engines). */
function locate(text: string, message: string): Location | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return locationAt(text, Number(position[1]));
  if (/end of JSON input/i.test(message)) return locationAt(text, text.trimEnd().length);
  return undefined;
}

/** The parser's reason without location and without the quoted input it may echo. */
const reasonOf = (message: string): string =>
  message
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/, (\.\.\.)?".*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
    .trim() || 'syntax error';

/** JSON.parse, with a MALFORMED_JSON issue instead of an exception. */
export function parseJsonText(text: string): JsonResult {
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const where = locate(text, message);
    return {
      ok: false,
      issue: {
        code: C.MALFORMED_JSON,
        ...(where && { row: where.line }),
        message: `The file is not valid JSON${where ? ` at line ${where.line}, column ${where.column}` : ''} (${reasonOf(message)}): fix the syntax there, for example a missing comma, quote or bracket, or a comma before a closing bracket.`,
      },
    };
  }
}
