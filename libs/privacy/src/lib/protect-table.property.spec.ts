// Property tests over random small tables with margins, some with time margins (quarter = Σ
// months), as privacy.md asks under "What tests must show".
import fc from 'fast-check';
import { type ProtectedTable, protectTable, type ProtectTableInput } from './protect-table';
import { auditSuppression } from './secondary/audit';
import { crossTable, type Dimension, timeDimension, withTotal } from './secondary/equations';
import type { Contribution } from './types';

const ORGANIZATIONS = ['o0', 'o1', 'o2', 'o3', 'o4'];
const P = 15;

interface Scenario {
  readonly input: ProtectTableInput;
  /** Contributions of every cell, margins as the union of their parts (computed here). */
  readonly contributions: ReadonlyMap<string, readonly Contribution[]>;
}

const scenario = fc
  .record({
    rows: fc.integer({ min: 2, max: 5 }),
    columns: fc.integer({ min: 2, max: 5 }),
    /** 0: a two-way table; 2 or 3: also months with their quarter (time margins). */
    months: fc.constantFrom(0, 0, 2, 3),
    attributed: fc.array(
      fc.integer({ min: 0, max: 9 }).map((x) => x < 3),
      { minLength: 5, maxLength: 5 },
    ),
    unit: fc.constantFrom('reports', 'urls'),
    rounding: fc.option(fc.constantFrom(5, 10), { nil: undefined }),
  })
  .map((shape) =>
    // Keep three-way tables small: the LPs run in Jest's slow VM context.
    shape.months > 0 ? { ...shape, rows: Math.min(shape.rows, 3), columns: 2 } : shape,
  )
  .chain((shape) => {
    const leaves = shape.rows * shape.columns * Math.max(1, shape.months);
    return fc
      .array(
        fc.array(
          fc.record({
            organization: fc.integer({ min: 0, max: ORGANIZATIONS.length - 1 }),
            value: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 300 })),
          }),
          { maxLength: 5 },
        ),
        { minLength: leaves, maxLength: leaves },
      )
      .map((figures): Scenario => build(shape, figures));
  });

type Shape = {
  rows: number;
  columns: number;
  months: number;
  attributed: boolean[];
  unit: string;
  rounding: number | undefined;
};

function build(shape: Shape, figures: { organization: number; value: number }[][]): Scenario {
  const codes = (prefix: string, n: number): string[] =>
    Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  const dimensions: Dimension[] = [
    withTotal(codes('r', shape.rows)),
    withTotal(codes('c', shape.columns)),
  ];
  if (shape.months > 0) {
    dimensions.push(timeDimension([{ total: 'total', parts: codes('m', shape.months) }]));
  }
  const { cells, equations } = crossTable(dimensions, () => 0);
  const inner = new Map<string, Contribution[]>();
  let k = 0;
  for (const { id } of cells) {
    if (id.split('|').includes('total')) continue;
    inner.set(
      id,
      (figures[k] ?? []).map(({ organization, value }) => ({
        contributorId: ORGANIZATIONS[organization] ?? 'o0',
        value,
        attributed: shape.attributed[organization] ?? false,
      })),
    );
    k += 1;
  }
  // A margin's contributions: every leaf it covers (coordinate equal, or the margin's total).
  const contributions = new Map<string, readonly Contribution[]>();
  for (const { id } of cells) {
    const coordinates = id.split('|');
    contributions.set(
      id,
      [...inner].flatMap(([leaf, list]) =>
        leaf.split('|').every((code, d) => coordinates[d] === 'total' || coordinates[d] === code)
          ? list
          : [],
      ),
    );
  }
  return {
    input: {
      unit: shape.unit,
      cells: cells.map(({ id }) => (inner.has(id) ? { id, contributions: inner.get(id) } : { id })),
      equations,
      options: shape.rounding
        ? { p: P, rounding: { base: shape.rounding, key: 'property', series: 's' } }
        : { p: P },
    },
    contributions,
  };
}

/** An independent reading of the primary rules of privacy.md. */
function breaksAPrimaryRule(contributions: readonly Contribution[], unit: string): boolean {
  const confidential = new Map<string, number>();
  let total = 0;
  for (const { contributorId, value, attributed } of contributions) {
    total += value;
    if (!attributed)
      confidential.set(contributorId, (confidential.get(contributorId) ?? 0) + value);
  }
  const values = [...confidential.values()].filter((v) => v > 0).sort((a, b) => b - a);
  const [x1 = 0, x2 = 0] = values;
  const remainder = values.reduce((a, b) => a + b, 0) - x1 - x2;
  const fewContributors = values.length === 1 || values.length === 2;
  const dominated = values.length > 0 && remainder < (P / 100) * x1;
  const small = (unit === 'reports' || unit === 'accounts') && total >= 1 && total <= 9;
  return fewContributors || dominated || small;
}

const trueValue = (s: Scenario, id: string): number =>
  (s.contributions.get(id) ?? []).reduce((sum, { value }) => sum + value, 0);

/**
 * The three properties run on the same 100 random tables (one seed per test run, which
 * fast-check prints on failure), so each table is protected once and the result shared.
 */
const RUNS = { numRuns: 100, seed: Math.floor(Math.random() * 2 ** 31) };
const results = new Map<string, ProtectedTable>();

function protect(s: Scenario): ProtectedTable {
  const key = JSON.stringify(s.input);
  const known = results.get(key);
  if (known) return known;
  const result = protectTable(s.input);
  results.set(key, result);
  return result;
}

describe('protectTable over random tables', () => {
  it('(a) no published cell, margins included, breaks a primary rule', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const result = protect(s);
        for (const cell of result.cells) {
          if (cell.suppression !== null) continue;
          expect(breaksAPrimaryRule(s.contributions.get(cell.id) ?? [], s.input.unit)).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('(b) every suppressed cell has a feasibility interval wider than its protection', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const result = protect(s);
        const suppressed = new Set(result.audit.map((entry) => entry.id));
        const bounds = new Map(
          result.audit
            .filter((entry) => entry.reason === 'small_count')
            .map((entry) => [entry.id, { lower: 1, upper: 9 }]),
        );
        const table = {
          cells: s.input.cells.map(({ id }) => ({ id, value: trueValue(s, id) })),
          equations: s.input.equations,
        };
        const intervals = auditSuppression(table, suppressed, { bounds });
        for (const entry of result.audit) {
          const interval = intervals.get(entry.id);
          const value = trueValue(s, entry.id);
          const { upper, lower, width } = entry.requirement;
          expect(interval).toEqual(entry.interval);
          if (!interval) continue;
          expect(interval.upper).toBeGreaterThan(interval.lower); // never a single point
          expect(
            Math.floor(interval.upper + 1e-6) - Math.ceil(interval.lower - 1e-6),
          ).toBeGreaterThanOrEqual(width);
          expect(interval.upper).toBeGreaterThanOrEqual(value + upper - 1e-6);
          const floor = entry.reason === 'small_count' ? 1 : 0;
          expect(interval.lower).toBeLessThanOrEqual(Math.max(floor, value - lower) + 1e-6);
          expect(entry.protected).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('(c) published parts never exceed their published totals', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const result = protect(s);
        const values = new Map(result.cells.map((cell) => [cell.id, cell.value]));
        for (const { total, parts } of s.input.equations) {
          const t = values.get(total);
          if (t === null || t === undefined) continue;
          for (const part of parts) {
            const p = values.get(part);
            if (p !== null && p !== undefined) expect(p).toBeLessThanOrEqual(t);
          }
        }
      }),
      RUNS,
    );
  });

  it('(d) cells another release published stay known, and cells it hid stay protected', () => {
    // The quarter slice (time coordinate = total) is first released on its own, as another
    // release would be; the months are then protected around what it published and hid.
    const isQuarter = (id: string) => id.split('|')[2] === 'total';
    const withExternal = scenario
      .filter((s) => s.input.cells.some(({ id }) => id.split('|').length === 3))
      .map((s) => {
        const quarterIds = new Set(s.input.cells.map((c) => c.id).filter(isQuarter));
        const quarterRelease = protectTable({
          ...s.input,
          cells: [...quarterIds].map((id) => ({
            id,
            contributions: s.contributions.get(id) ?? [],
          })),
          equations: s.input.equations.filter(
            (e) => quarterIds.has(e.total) && e.parts.every((part) => quarterIds.has(part)),
          ),
        });
        const role = new Map(
          quarterRelease.cells.map((c) => [c.id, c.suppression ? 'hidden' : 'published'] as const),
        );
        return {
          ...s,
          input: {
            ...s.input,
            cells: s.input.cells.map((cell) =>
              role.get(cell.id) ? { ...cell, external: role.get(cell.id) } : cell,
            ),
          },
        };
      });
    fc.assert(
      fc.property(withExternal, (s) => {
        const result = protect(s);
        const external = new Map(s.input.cells.map((c) => [c.id, c.external]));
        expect(result.cells.some((cell) => external.get(cell.id))).toBe(false);
        const audited = new Set(result.audit.map((entry) => entry.id));
        for (const [id, role] of external) {
          if (role === 'published') expect(audited.has(id)).toBe(false);
          if (role === 'hidden') expect(audited.has(id)).toBe(true);
        }
        const bounds = new Map(
          result.audit
            .filter((entry) => entry.reason === 'small_count')
            .map((entry) => [entry.id, { lower: 1, upper: 9 }]),
        );
        const intervals = auditSuppression(
          {
            cells: s.input.cells.map(({ id }) => ({ id, value: trueValue(s, id) })),
            equations: s.input.equations,
          },
          audited,
          { bounds },
        );
        for (const entry of result.audit) {
          expect(intervals.get(entry.id)).toEqual(entry.interval);
          expect(entry.protected).toBe(true);
        }
      }),
      { ...RUNS, numRuns: 40 },
    );
  });
});
