import {
  VALIDATION_CODES as C,
  type RawDocument,
  type RawFigure,
  type ValidationIssue,
} from '@candor/catalogue';
import { quote } from '../format';
import { readText } from '../text';
import { emptyFile, failed, type ParsedFile, type ParseOptions } from '../types';
import {
  documentSchema,
  figureSchema,
  isRecord,
  jsonPath,
  shapeIssue,
  wrapperSchema,
} from './shape';
import { parseJsonText } from './syntax';

interface Item {
  value: unknown;
  base: PropertyKey[];
}

function itemsOf(data: unknown): { items: Item[]; issues: ValidationIssue[] } {
  if (Array.isArray(data))
    return { items: data.map((value, i) => ({ value, base: [i] })), issues: [] };
  if (isRecord(data) && 'submissions' in data) {
    const result = wrapperSchema.safeParse(data);
    const issues = result.success
      ? []
      : result.error.issues.map((i) => shapeIssue(i, { kind: 'file', value: data, base: [] }));
    const list = Array.isArray(data['submissions']) ? (data['submissions'] as unknown[]) : [];
    return { items: list.map((value, i) => ({ value, base: ['submissions', i] })), issues };
  }
  if (isRecord(data)) return { items: [{ value: data, base: [] }], issues: [] };
  return {
    items: [],
    issues: [
      {
        code: C.MALFORMED_JSON,
        message: `The JSON is ${quote(data)}: send a submission { "period": …, "figures": [ … ] }, a list of them, or { "submissions": [ … ] }.`,
      },
    ],
  };
}

/** One submission: its shape, and the shape of each figure (a bad figure is left out). */
function readDocument(item: Item): { document?: RawDocument; issues: ValidationIssue[] } {
  const { value, base } = item;
  const result = documentSchema.safeParse(value);
  const issues = result.success
    ? []
    : result.error.issues.map((i) => shapeIssue(i, { kind: 'submission', value, base }));
  const period =
    isRecord(value) && typeof value['period'] === 'string' ? value['period'] : undefined;
  const raw =
    isRecord(value) && Array.isArray(value['figures']) ? (value['figures'] as unknown[]) : [];
  const figures: RawFigure[] = [];
  raw.forEach((figure, i) => {
    const checked = figureSchema.safeParse(figure);
    if (checked.success) {
      const { metric, dimensions, value: count } = checked.data;
      figures.push({ metric, dimensions: dimensions ?? {}, value: count, row: i + 1 });
      return;
    }
    const ctx = {
      kind: 'figure' as const,
      value: figure,
      base: [...base, 'figures', i],
      row: i + 1,
      ...(period !== undefined && { period }),
    };
    issues.push(...checked.error.issues.map((issue) => shapeIssue(issue, ctx)));
  });
  return { ...(result.success && { document: { period: result.data.period, figures } }), issues };
}

/** Documents of already-parsed JSON: one submission, a list of them, or { submissions }. */
function readSubmissions(data: unknown): ParsedFile {
  const { items, issues: errors } = itemsOf(data);
  if (items.length === 0 && errors.length === 0) {
    errors.push({
      code: C.EMPTY_SUBMISSION,
      message: 'The file has no submissions: send at least one { "period": …, "figures": [ … ] }.',
    });
  }
  const documents: RawDocument[] = [];
  const seen = new Map<string, string>();
  for (const item of items) {
    const { document, issues } = readDocument(item);
    errors.push(...issues);
    if (!document) continue;
    const where = jsonPath(item.base) || 'the file';
    const first = seen.get(document.period);
    if (first !== undefined) {
      errors.push({
        column: jsonPath([...item.base, 'period']),
        code: C.MALFORMED_JSON,
        period: document.period,
        message: `The period ${quote(document.period)} is given twice, in ${first} and ${where}: put all figures of a period in one submission.`,
      });
      continue;
    }
    seen.set(document.period, where);
    documents.push(document);
  }
  return { format: 'json', documents, errors, warnings: [] };
}

/**
 * Reads a JSON submission (text, bytes, or an already-parsed value) into one document per
 * period. Checks the shape, not the figures: `validateDocument` does that, with figure rows
 * being the 1-based position in `figures`. `attributed` is accepted and left to the caller.
 */
export function parseSubmissionJson(input: unknown, options?: ParseOptions): ParsedFile {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) return readSubmissions(input);
  const read = readText(input, options);
  if (!read.ok) return failed('json', read.issue);
  if (read.text.trim() === '') return failed('json', emptyFile('json'));
  const parsed = parseJsonText(read.text);
  if (!parsed.ok) return failed('json', parsed.issue);
  return readSubmissions(parsed.value);
}
