import { VALIDATION_CODES as C, type ValidationIssue } from '@candor/catalogue';
import { z } from 'zod';
import { list, quote } from '../format';

export const figureSchema = z.strictObject({
  metric: z.string(),
  dimensions: z.record(z.string(), z.string().nullable()).nullish(),
  // Any value: the validator reads counts (and reports a missing one).
  value: z.unknown().optional(),
});

export const documentSchema = z.strictObject({
  period: z.string(),
  figures: z.array(z.unknown()),
  /** Whether the submitter publishes under its name: an option of the request, not read here. */
  attributed: z.boolean().optional(),
});

export const wrapperSchema = z.strictObject({
  submissions: z.array(z.unknown()),
  attributed: z.boolean().optional(),
});

export type ShapeKind = 'figure' | 'submission' | 'file';

const WHOLE: Record<ShapeKind, { name: string; what: string; fields: string }> = {
  figure: {
    name: 'a figure',
    what: 'a figure { "metric": …, "dimensions": { … }, "value": … }',
    fields: 'metric, dimensions and value',
  },
  submission: {
    name: 'a submission',
    what: 'a submission { "period": …, "figures": [ … ] }',
    fields: 'period, figures and attributed',
  },
  file: {
    name: 'the file',
    what: '{ "submissions": [ … ] }',
    fields: 'submissions and attributed',
  },
};

const EXPECTED: Record<string, string> = {
  period: 'the period as text, like "2026-03"',
  figures: 'a list of figures [{ "metric": …, "dimensions": { … }, "value": … }]',
  submissions: 'a list of submissions [{ "period": …, "figures": [ … ] }]',
  metric: 'the metric code as text, like "hotline.reports.received"',
  dimensions: 'an object of dimension values, like { "hosting_country": "NL" }',
  attributed: 'true or false',
};

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `submissions[0].figures[3].value`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (!IDENTIFIER.test(name)) return `[${JSON.stringify(name)}]`;
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRecord(current)) current = current[String(key)];
    else return undefined;
  }
  return current;
}

function expectation(kind: ShapeKind, local: readonly PropertyKey[]): string {
  if (local.length === 0) return WHOLE[kind].what;
  if (kind === 'figure' && local[0] === 'dimensions' && local.length === 2) {
    return 'the dimension value as text, like "NL", or null for the total over that dimension';
  }
  return EXPECTED[String(local.at(-1))] ?? 'a value of the submission format';
}

export interface ShapeContext {
  kind: ShapeKind;
  /** The value checked, and its path in the file. */
  value: unknown;
  base: readonly PropertyKey[];
  row?: number;
  period?: string;
}

/** A zod issue as a MALFORMED_JSON issue that names the JSON path and what is expected there. */
export function shapeIssue(issue: z.core.$ZodIssue, ctx: ShapeContext): ValidationIssue {
  const local = issue.path;
  const path = [...ctx.base, ...local];
  const at = (column: string, message: string): ValidationIssue => ({
    ...(ctx.row !== undefined && { row: ctx.row }),
    column: column || '(root)',
    code: C.MALFORMED_JSON,
    message,
    ...(ctx.period !== undefined && { period: ctx.period }),
  });
  const where = jsonPath(path) || 'The JSON';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys;
    return at(
      jsonPath([...path, keys[0] ?? '']),
      `${where} has ${keys.length > 1 ? 'the fields' : 'the field'} ${list(keys.map((k) => quote(k)))}, which ${WHOLE[ctx.kind].name} does not have: use only ${WHOLE[ctx.kind].fields}.`,
    );
  }
  const value = valueAt(ctx.value, local);
  const expected = expectation(ctx.kind, local);
  if (value === undefined && local.length > 0) {
    const parent = jsonPath(path.slice(0, -1)) || 'The JSON';
    return at(jsonPath(path), `${parent} has no ${String(local.at(-1))}: give ${expected}.`);
  }
  return at(jsonPath(path), `${where} is ${quote(value)}: give ${expected}.`);
}
