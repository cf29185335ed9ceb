import { protectTable, type ProtectTableCell } from './protect-table';
import { crossTable, timeDimension, withTotal } from './secondary/equations';
import type { Contribution } from './types';

const c = (contributorId: string, value: number, attributed = false): Contribution => ({
  contributorId,
  value,
  attributed,
});

/** Rows = countries, columns = content types; inner cells from a contributions table. */
function table(inner: Record<string, readonly Contribution[]>, rows: string[], columns: string[]) {
  const { cells, equations } = crossTable([withTotal(rows), withTotal(columns)], () => 0);
  const withContributions: ProtectTableCell[] = cells.map(({ id }) =>
    inner[id] ? { id, contributions: inner[id] } : { id },
  );
  return { cells: withContributions, equations };
}

const three = (a: number, b: number, d: number): Contribution[] => [
  c('h1', a),
  c('h2', b),
  c('h3', d),
];

describe('protectTable', () => {
  const rows = ['NL', 'DE', 'FR'];
  const columns = ['image', 'video'];
  const inner = {
    'NL|image': three(40, 35, 30),
    'NL|video': three(5, 2, 1), // 8 reports: small count
    'DE|image': three(50, 45, 40),
    'DE|video': three(30, 28, 25),
    'FR|image': [c('h1', 60), c('h2', 55)], // two contributors
    'FR|video': three(20, 22, 21),
  };

  it('suppresses primary cells with their reason and enough secondary cells', () => {
    const result = protectTable({ unit: 'reports', ...table(inner, rows, columns) });
    const byId = new Map(result.cells.map((cell) => [cell.id, cell]));
    expect(byId.get('NL|video')).toEqual({
      id: 'NL|video',
      value: null,
      suppression: 'small_count',
    });
    expect(byId.get('FR|image')?.suppression).toBe('contributors');
    expect(result.cells.filter((cell) => cell.suppression === 'secondary').length).toBeGreaterThan(
      0,
    );
    expect(byId.get('total|total')).toEqual({ id: 'total|total', value: 509, suppression: null });
    for (const entry of result.audit) {
      expect(entry.protected).toBe(true);
      expect(entry.interval.upper).toBeGreaterThan(entry.interval.lower);
    }
    // The small count's interval stays within what "fewer than 10" already says.
    const small = result.audit.find((entry) => entry.id === 'NL|video');
    expect(small?.interval.lower).toBeGreaterThanOrEqual(1);
    expect(small?.interval.upper).toBeLessThanOrEqual(9);
  });

  it('publishes value or reason, never both', () => {
    const result = protectTable({ unit: 'reports', ...table(inner, rows, columns) });
    for (const cell of result.cells) {
      expect((cell.value === null) !== (cell.suppression === null)).toBe(true);
    }
  });

  it('does not apply the small-count rule to URLs', () => {
    const result = protectTable({ unit: 'urls', ...table(inner, rows, columns) });
    expect(result.cells.find((cell) => cell.id === 'NL|video')?.suppression).not.toBe(
      'small_count',
    );
    expect(result.cells.some((cell) => cell.suppression === 'small_count')).toBe(false);
  });

  it("publishes an organization's own attributed figures", () => {
    const attributed = { ...inner, 'FR|image': [c('acme', 60, true), c('acme', 55, true)] };
    const result = protectTable({ unit: 'urls', ...table(attributed, rows, columns) });
    expect(result.cells.find((cell) => cell.id === 'FR|image')).toEqual({
      id: 'FR|image',
      value: 115,
      suppression: null,
    });
  });

  it('suppresses a dominated cell, honouring p', () => {
    const dominated = { ...inner, 'DE|image': [c('h1', 1000), c('h2', 50), c('h3', 40)] };
    const strict = protectTable({ unit: 'urls', ...table(dominated, rows, columns) });
    expect(strict.cells.find((cell) => cell.id === 'DE|image')?.suppression).toBe('dominance');
    const lax = protectTable({
      unit: 'urls',
      ...table(dominated, rows, columns),
      options: { p: 3 },
    });
    expect(lax.cells.find((cell) => cell.id === 'DE|image')?.suppression).toBeNull();
    const entry = strict.audit.find((a) => a.id === 'DE|image');
    expect(entry?.requirement.upper).toBe(150 - 40);
    expect(entry?.interval.upper).toBeGreaterThanOrEqual(1090 + 110);
  });

  it('protects across time margins: a quarter minus two months', () => {
    const months = ['01', '02', '03'];
    const dimensions = [
      withTotal(['h-nl', 'h-de', 'h-fr'].map((x) => x.slice(2))),
      timeDimension([{ total: 'Q1', parts: months }]),
    ];
    const { cells, equations } = crossTable(dimensions, () => 0);
    const contributions = (id: string): Contribution[] =>
      id === 'nl|02' ? three(2, 1, 1) : three(30, 31, 32);
    const input = {
      unit: 'reports',
      cells: cells.map(({ id }) =>
        id.includes('total') || id.includes('Q1')
          ? { id }
          : { id, contributions: contributions(id) },
      ),
      equations,
    };
    const result = protectTable(input);
    const suppressed = result.cells.filter((cell) => cell.suppression !== null).map((x) => x.id);
    expect(suppressed).toContain('nl|02');
    expect(suppressed.filter((id) => id.startsWith('nl|')).length).toBeGreaterThan(1);
    expect(result.audit.every((entry) => entry.protected)).toBe(true);
  });

  it('rounds published values when asked, stably, and never a part above its total', () => {
    const rounding = { base: 5, key: 'k', series: 'candor' };
    const input = { unit: 'reports', ...table(inner, rows, columns), options: { rounding } };
    const first = protectTable(input);
    expect(protectTable(input)).toEqual(first);
    const values = new Map(first.cells.map((cell) => [cell.id, cell.value]));
    for (const cell of first.cells) {
      if (cell.value !== null) expect(cell.value % 5).toBe(0);
    }
    for (const { total, parts } of input.equations) {
      for (const part of parts) {
        const [p, t] = [values.get(part), values.get(total)];
        if (p != null && t != null) expect(p).toBeLessThanOrEqual(t);
      }
    }
  });

  it('never keeps a secondary 0 that totals shown as "fewer than 10" would reveal', () => {
    // Found by the property tests: r2 holds a single attributed report, so every r2 total is a
    // small count in [1, 9]; a 0 in r2 marked "secondary" (not 1 … 9) would be known to be 0.
    const leaves: Record<string, Contribution[]> = {
      'r0|c0|m1': [c('o0', 87), c('o4', 76)],
      'r0|c1|m1': [c('o2', 14)],
      'r1|c0|m0': [c('o0', 1)],
      'r1|c0|m1': [c('o2', 221)],
      'r2|c1|m1': [c('o3', 1, true)],
    };
    const { cells, equations } = crossTable(
      [
        withTotal(['r0', 'r1', 'r2']),
        withTotal(['c0', 'c1']),
        timeDimension([{ total: 'total', parts: ['m0', 'm1'] }]),
      ],
      () => 0,
    );
    const input = {
      unit: 'reports',
      cells: cells.map(({ id }) =>
        id.includes('total') ? { id } : { id, contributions: leaves[id] ?? [] },
      ),
      equations,
    };
    const result = protectTable(input);
    expect(result.audit.every((entry) => entry.protected)).toBe(true);
    const byId = new Map(result.cells.map((cell) => [cell.id, cell]));
    expect(byId.get('r2|total|total')?.suppression).toBe('small_count');
    for (const id of ['r2|c0|m0', 'r2|c0|m1', 'r2|c0|total', 'r2|c1|m0']) {
      expect(byId.get(id)).toEqual({ id, value: 0, suppression: null });
    }
  });

  it('rejects a total that is not the sum of its given parts', () => {
    const bad = table(inner, rows, columns);
    const cells = bad.cells.map((cell) =>
      cell.id === 'total|total' ? { id: cell.id, contributions: three(1, 1, 1) } : cell,
    );
    expect(() => protectTable({ unit: 'reports', cells, equations: bad.equations })).toThrow(
      /sum of its parts/,
    );
  });

  describe('cells another release publishes or hides (time margins across releases)', () => {
    const months = ['m1', 'm2', 'm3'];
    const quarter = { total: 'q', parts: months };
    const safe = three(100, 100, 100);

    it('never suppresses a cell published elsewhere and hides a second month instead', () => {
      const result = protectTable({
        unit: 'reports',
        cells: [
          { id: 'q', external: 'published' },
          { id: 'm1', contributions: safe },
          { id: 'm2', contributions: [c('h1', 250)] }, // one contributor
          { id: 'm3', contributions: three(90, 95, 100) },
        ],
        equations: [quarter],
      });
      expect(result.cells.map((cell) => cell.id)).toEqual(['m1', 'm2', 'm3']);
      const suppressed = result.cells.filter((cell) => cell.suppression).map((cell) => cell.id);
      expect(suppressed).toContain('m2');
      expect(suppressed).toHaveLength(2);
      expect(result.audit.every((entry) => entry.protected)).toBe(true);
    });

    it('keeps a cell hidden elsewhere unrecoverable from the months published here', () => {
      const result = protectTable({
        unit: 'reports',
        cells: [
          { id: 'q', external: 'hidden' },
          ...months.map((id) => ({ id, contributions: safe })),
        ],
        equations: [quarter],
      });
      expect(result.cells.filter((cell) => cell.suppression).length).toBeGreaterThan(0);
      const audit = new Map(result.audit.map((entry) => [entry.id, entry]));
      expect(audit.get('q')?.protected).toBe(true);
      expect(result.audit.every((entry) => entry.protected)).toBe(true);
    });

    it('needs no protection for a sum nobody publishes', () => {
      const result = protectTable({
        unit: 'reports',
        cells: [
          { id: 'q', external: 'unpublished' },
          ...months.map((id) => ({ id, contributions: safe })),
        ],
        equations: [quarter],
      });
      expect(result.cells).toEqual(months.map((id) => ({ id, value: 300, suppression: null })));
    });
  });
});
