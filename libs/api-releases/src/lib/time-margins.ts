import { periodRange, toPeriod } from '@candor/catalogue';
import type { ReleaseGrain } from './contributions.query';
import type { ReleaseTable, TableCell } from './release-tables';

/** What another public release of a different grain shows of a cell. */
export type OtherStatus = 'published' | 'hidden';

/** The latest public release of another grain, with the current figures behind its cells. */
export interface OtherGrainRelease {
  grain: ReleaseGrain;
  /** First and last period codes of that release. */
  periodFrom: string;
  periodTo: string;
  /** Its tables rebuilt from the current figures (same cell ids as a build at that grain). */
  tables: readonly ReleaseTable[];
  /** Cell id → what that release shows. */
  shown: ReadonlyMap<string, OtherStatus>;
}

/**
 * A cell of a protection unit; `external` cells belong to another release or to no release. A
 * cell without contributions is a sum: it takes those of the first equation it is the total of.
 */
export type UnitCell = Omit<TableCell, 'contributions'> & {
  contributions?: TableCell['contributions'];
  external?: 'published' | 'hidden' | 'unpublished';
};

/** What disclosure control protects at once: one table, or a metric's year tied across grains. */
export interface ProtectionUnit {
  metric: string;
  cells: UnitCell[];
  equations: { total: string; parts: string[] }[];
}

/** The cells and equations that tie a metric's year across grains. */
interface TimeLink {
  cells: Map<string, UnitCell>;
  equations: ProtectionUnit['equations'];
}

const FINENESS: Record<ReleaseGrain, number> = { month: 0, quarter: 1, year: 2 };
const KNOWN = '_known_difference';

const keyOf = (cell: TableCell) =>
  [cell.metric, cell.scope, cell.dimension ?? '', cell.dimensionValue ?? ''].join('|');

const within = (period: string, from: string, to: string) =>
  toPeriod(period).start >= toPeriod(from).start && toPeriod(period).end <= toPeriod(to).end;

const sumByContributor = (cells: readonly TableCell[]) => {
  const sums = new Map<string, number>();
  for (const cell of cells)
    for (const c of cell.contributions)
      sums.set(c.contributorId, (sums.get(c.contributorId) ?? 0) + c.value);
  return sums;
};

const known = (id: string, value: number): UnitCell => ({
  id,
  metric: KNOWN,
  scope: KNOWN,
  period: KNOWN,
  dimension: null,
  dimensionValue: null,
  contributions: [{ contributorId: KNOWN, value, attributed: true }],
  external: 'published',
});

/**
 * Time margins across releases (privacy.md: "a quarter minus two published months"). A release
 * of one grain is protected together with what the latest public release of each other grain
 * shows over the same periods: for every cell and every coarse period whose fine periods both
 * releases cover, coarse = Σ fine, the other release's cells entering as published (known) or
 * hidden (still to protect). Organizations counted in one grain and not the other (a quarterly
 * submitter, a month missing from a quarter) make the two sides differ by a sum of their figures;
 * that difference is treated as known to the reader, the cautious assumption.
 *
 * Tables of a metric and calendar year that such an equation ties are merged into one unit;
 * the others stay one table per period, so a release with no other grain costs nothing extra.
 * Coarse periods only partly covered are not tied (they have no complete equation).
 */
export function withTimeMargins(
  own: readonly ReleaseTable[],
  ownGrain: ReleaseGrain,
  ownRange: { from: string; to: string },
  others: readonly OtherGrainRelease[],
): ProtectionUnit[] {
  const links = new Map<string, TimeLink>();
  const linkOf = (metric: string, year: string): TimeLink => {
    const id = `${metric}\u0000${year}`;
    const link: TimeLink = links.get(id) ?? { cells: new Map(), equations: [] };
    links.set(id, link);
    return link;
  };

  for (const other of others) {
    if (other.grain === ownGrain) continue;
    const ownIsFine = FINENESS[ownGrain] < FINENESS[other.grain];
    const [fineGrain, coarseTables, fineTables] = ownIsFine
      ? [ownGrain, other.tables, own]
      : [other.grain, own, other.tables];
    const fineRange = ownIsFine ? ownRange : { from: other.periodFrom, to: other.periodTo };
    const fineIndex = new Map<string, TableCell>();
    for (const table of fineTables)
      for (const cell of table.cells) fineIndex.set(`${keyOf(cell)}|${cell.period}`, cell);

    for (const table of coarseTables) {
      const periods = periodRange(table.period, table.period, fineGrain);
      if (!periods.every((p) => within(p, fineRange.from, fineRange.to))) continue;
      const year = String(toPeriod(table.period).year);
      for (const coarse of table.cells) {
        const fine = periods
          .map((p) => fineIndex.get(`${keyOf(coarse)}|${p}`))
          .filter((c): c is TableCell => c !== undefined);
        const coarseShown = ownIsFine ? other.shown.get(coarse.id) : undefined;
        if (fine.length === 0 || (ownIsFine && !coarseShown)) continue;

        const link = linkOf(coarse.metric, year);
        const coarseCell: UnitCell = ownIsFine ? { ...coarse, external: coarseShown } : coarse;
        link.cells.set(coarseCell.id, coarseCell);
        const fineIds = fine.map((cell) => {
          const fineCell: UnitCell = ownIsFine
            ? cell
            : { ...cell, external: other.shown.get(cell.id) ?? 'unpublished' };
          link.cells.set(fineCell.id, fineCell);
          return fineCell.id;
        });

        // coarse + (fine-only figures) = Σ fine + (coarse-only figures), per organization.
        const fineSums = sumByContributor(fine);
        const coarseSums = sumByContributor([coarse]);
        let coarseOnly = 0;
        let fineOnly = 0;
        for (const id of new Set([...fineSums.keys(), ...coarseSums.keys()])) {
          const difference = (coarseSums.get(id) ?? 0) - (fineSums.get(id) ?? 0);
          if (difference > 0) coarseOnly += difference;
          else fineOnly -= difference;
        }
        const tie = `time|${coarse.id}|${fineGrain}`;
        const fineSide = [...fineIds];
        if (coarseOnly > 0) {
          link.cells.set(`${tie}|coarse-only`, known(`${tie}|coarse-only`, coarseOnly));
          fineSide.push(`${tie}|coarse-only`);
        }
        if (fineOnly === 0) {
          link.equations.push({ total: coarse.id, parts: fineSide });
        } else {
          link.cells.set(`${tie}|fine-only`, known(`${tie}|fine-only`, fineOnly));
          link.cells.set(tie, {
            id: tie,
            metric: coarse.metric,
            scope: coarse.scope,
            period: coarse.period,
            dimension: coarse.dimension,
            dimensionValue: coarse.dimensionValue,
            external: 'unpublished',
          });
          // The sum first: a cell without contributions takes those of its first equation.
          link.equations.push({ total: tie, parts: [coarse.id, `${tie}|fine-only`] });
          link.equations.push({ total: tie, parts: fineSide });
        }
      }
    }
  }

  const units: ProtectionUnit[] = [];
  const merged = new Map<string, ProtectionUnit>();
  for (const table of own) {
    const id = `${table.metric}\u0000${toPeriod(table.period).year}`;
    const link = links.get(id);
    if (!link) {
      units.push({ metric: table.metric, cells: table.cells, equations: table.equations });
      continue;
    }
    let unit = merged.get(id);
    if (!unit) {
      unit = { metric: table.metric, cells: [], equations: [...link.equations] };
      merged.set(id, unit);
      units.push(unit);
    }
    unit.cells.push(...table.cells);
    unit.equations.push(...table.equations);
  }
  for (const [id, unit] of merged) {
    const ownIds = new Set(unit.cells.map((cell) => cell.id));
    for (const [cellKey, cell] of links.get(id)?.cells ?? [])
      if (!ownIds.has(cellKey) && cell.external) unit.cells.push(cell);
  }
  return units;
}
