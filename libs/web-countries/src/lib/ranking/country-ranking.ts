import { toCell, type ChartTable, type ChartTableRow } from '@candor/charts';
import { NOT_BROKEN_DOWN, UNKNOWN_COUNTRY } from '@candor/web-public-kit';

/** The dimension this page breaks figures down by, and the CSV name of its key column. */
export const HOSTING_COUNTRY = 'hosting_country';
/** Residual values of a country breakdown: they are parts of the total but not countries. */
export { NOT_BROKEN_DOWN, UNKNOWN_COUNTRY };
export const RESIDUALS: readonly string[] = [UNKNOWN_COUNTRY, NOT_BROKEN_DOWN];

/** One row of `breakdown(…)`, as the public API gives it. */
export interface BreakdownRow {
  value: string;
  count: number | null;
  suppression: string | null;
}

/** The period's total (the series point without a breakdown), if the release has one. */
export interface PeriodTotal {
  value: number | null;
  suppression: string | null;
}

export interface RankedRow {
  /** Country code, or a residual value (`unknown`, `_not_broken_down`). */
  code: string;
  name: string;
  /** Competition rank (1, 2, 2, 4 …) among published countries; null for residuals and gaps. */
  rank: number | null;
  count: number | null;
  /** Count ÷ published total; null when either is not published. */
  share: number | null;
  /** Why there is no count (a suppression code); null when the count is published. */
  gap: string | null;
}

export interface CountryRanking {
  /** Published countries, largest first (ties by name). */
  ranked: RankedRow[];
  /** `unknown` and `_not_broken_down`, published or not: parts of the total, never ranked. */
  residual: RankedRow[];
  /** Countries whose figure is withheld, by name: listed with the reason, never ranked. */
  withheld: RankedRow[];
  /** The published total; null when it is withheld or missing. */
  total: number | null;
  /** Why the total is not published (`not_published` when the release has none). */
  totalGap: string | null;
}

/**
 * A breakdown by hosting country as a ranking. A withheld country has no count and no rank,
 * whatever value came with it: it is never ranked as zero. Shares are of the published total,
 * so they are only given when the total is published.
 */
export function countryRanking(
  rows: readonly BreakdownRow[],
  total: PeriodTotal | null,
  options: { name: (code: string) => string; locale: string },
): CountryRanking {
  const totalCell = toCell(total?.value, total?.suppression);
  const totalValue = totalCell.value !== null && totalCell.value > 0 ? totalCell.value : null;
  const collator = new Intl.Collator(options.locale);
  const toRow = (row: BreakdownRow): RankedRow => {
    const cell = toCell(row.count, row.suppression);
    return {
      code: row.value,
      name: options.name(row.value),
      rank: null,
      count: cell.value,
      share: cell.value !== null && totalValue !== null ? cell.value / totalValue : null,
      gap: cell.gap,
    };
  };
  const all = rows.map(toRow);
  const byName = (a: RankedRow, b: RankedRow) => collator.compare(a.name, b.name);
  const countries = all.filter((row) => !RESIDUALS.includes(row.code));

  const ranked = countries
    .filter((row) => row.count !== null)
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || byName(a, b));
  ranked.forEach((row, index) => {
    const previous = ranked[index - 1];
    row.rank = previous && previous.count === row.count ? previous.rank : index + 1;
  });

  return {
    ranked,
    residual: RESIDUALS.flatMap((code) => all.filter((row) => row.code === code)),
    withheld: countries.filter((row) => row.count === null).sort(byName),
    total: totalValue === null ? null : totalCell.value,
    totalGap: totalCell.value === null ? totalCell.gap : null,
  };
}

/** Every row of a ranking in the order the table lists them: ranked, residual, withheld. */
export function rankingRows(ranking: CountryRanking): RankedRow[] {
  return [...ranking.ranked, ...ranking.residual, ...ranking.withheld];
}

/** How many of the ranked countries the bar chart draws; the table lists the rest. */
export const CHART_TOP = 20;

/**
 * The ranking as a chart table: one row per breakdown value, in the table's order, with its
 * count or the reason it is withheld, so the CSV holds exactly what the API publishes (codes,
 * counts, suppression reasons). Shares are derived on the page, not part of the download.
 */
export function rankingTable(
  ranking: CountryRanking,
  labels: { key: string; count: string },
): ChartTable {
  const rows = rankingRows(ranking);
  return {
    keyId: HOSTING_COUNTRY,
    keyLabel: labels.key,
    keyKind: 'category',
    keyLabels: Object.fromEntries(rows.map((row) => [row.code, row.name])),
    series: [{ id: 'count', label: labels.count, kind: 'count' }],
    rows: rows.map((row): ChartTableRow => ({
      key: row.code,
      cells: { count: { value: row.count, gap: row.gap } },
    })),
  };
}

/** The bars the chart draws: the largest published countries, in rank order. */
export function chartBars(ranking: CountryRanking, top = CHART_TOP): RankedRow[] {
  return ranking.ranked.slice(0, top);
}
