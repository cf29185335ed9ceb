// The table model of secondary suppression: cells and additivity equations.

/** A cell of a table: a stable id and its true (non-negative integer) value. */
export interface TableCell {
  readonly id: string;
  readonly value: number;
}

/** `total = Σ parts`: a row or column margin, a sub-total, or a time roll-up (quarter = Σ months). */
export interface Equation {
  readonly total: string;
  readonly parts: readonly string[];
}

export interface Table {
  readonly cells: readonly TableCell[];
  readonly equations: readonly Equation[];
}

export class TableError extends Error {
  override readonly name = 'TableError';
}

/** A validated table with look-ups. */
export interface IndexedTable {
  readonly ids: readonly string[];
  readonly values: ReadonlyMap<string, number>;
  readonly equations: readonly Equation[];
  /** Indexes (into `equations`) of the equations each cell appears in. */
  readonly equationsOf: ReadonlyMap<string, readonly number[]>;
}

/**
 * Checks the table (unique ids, non-negative integer values, equations over known cells that add
 * up) and indexes it. Throws TableError.
 */
export function indexTable(table: Table): IndexedTable {
  const values = new Map<string, number>();
  for (const { id, value } of table.cells) {
    if (values.has(id)) throw new TableError(`duplicate cell id ${id}`);
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new TableError(`cell ${id} must hold a non-negative integer, got ${value}`);
    }
    values.set(id, value);
  }
  const equationsOf = new Map<string, number[]>([...values.keys()].map((id) => [id, []]));
  table.equations.forEach((equation, index) => {
    const members = [equation.total, ...equation.parts];
    if (equation.parts.length === 0) throw new TableError(`equation ${index} has no parts`);
    if (new Set(members).size !== members.length) {
      throw new TableError(`equation ${index} (${equation.total}) repeats a cell`);
    }
    let sum = 0;
    for (const id of members) {
      const list = equationsOf.get(id);
      if (!list) throw new TableError(`equation ${index} refers to unknown cell ${id}`);
      list.push(index);
    }
    for (const id of equation.parts) sum += values.get(id) ?? 0;
    if (sum !== values.get(equation.total)) {
      throw new TableError(`cell ${equation.total} is not the sum of its parts (${sum})`);
    }
  });
  return { ids: [...values.keys()], values, equations: table.equations, equationsOf };
}
