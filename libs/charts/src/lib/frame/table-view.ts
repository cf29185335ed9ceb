import { cellOf, type ChartTable } from './chart-table';

/** How a table's parts read in the chosen language. */
export interface TableFormat {
  period: (code: string) => string;
  value: (value: number, kind: ChartTable['series'][number]['kind']) => string;
  /** The reason of a gap, in words: "too few organizations contribute". */
  gap: (reason: string) => string;
}

export interface TableViewCell {
  seriesId: string;
  text: string;
  /** True for a gap: the text says why there is no figure. */
  gap: boolean;
}

export interface TableViewRow {
  key: string;
  label: string;
  cells: TableViewCell[];
}

/** The label of a row's key: a period in words, a category's name, or the code itself. */
export function keyLabel(table: ChartTable, key: string, format: TableFormat): string {
  if (table.keyKind === 'period') return format.period(key);
  return table.keyLabels?.[key] ?? key;
}

/** The rows of the "show as table" view, in the table's order, one cell per series. */
export function tableView(table: ChartTable, format: TableFormat): TableViewRow[] {
  return table.rows.map((row) => ({
    key: row.key,
    label: keyLabel(table, row.key, format),
    cells: table.series.map((series) => {
      const cell = cellOf(row, series.id);
      return cell.value === null
        ? { seriesId: series.id, text: format.gap(cell.gap ?? 'not_published'), gap: true }
        : { seriesId: series.id, text: format.value(cell.value, series.kind), gap: false };
    }),
  }));
}

export interface GapGroup {
  seriesId: string;
  reason: string;
  keys: string[];
  /** The keys as runs of adjacent rows, so a long gap reads "Q1 2024 to Q3 2025". */
  runs: { from: string; to: string }[];
}

/** The gaps of a table grouped by series and reason, in row order, for the note under a chart. */
export function gapGroups(table: ChartTable): GapGroup[] {
  const groups = new Map<string, GapGroup & { lastIndex: number }>();
  for (const series of table.series) {
    table.rows.forEach((row, index) => {
      const cell = cellOf(row, series.id);
      if (cell.value !== null) return;
      const reason = cell.gap ?? 'not_published';
      const id = `${series.id}|${reason}`;
      const group = groups.get(id) ?? {
        seriesId: series.id,
        reason,
        keys: [],
        runs: [],
        lastIndex: -2,
      };
      group.keys.push(row.key);
      const run = group.runs.at(-1);
      if (run && group.lastIndex === index - 1) run.to = row.key;
      else group.runs.push({ from: row.key, to: row.key });
      group.lastIndex = index;
      groups.set(id, group);
    });
  }
  return [...groups.values()].map(({ lastIndex: _lastIndex, ...group }) => group);
}
