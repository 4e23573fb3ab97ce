/** What an attacker can learn about the suppressed counts of a published table from its totals. */
import type { PublishedTable } from "./suppress-small-cells.js";

/**
 * The range a suppressed count of a published table can take, given every published count and total
 * (counts are whole numbers of at least 0). `lower === upper` means the count is disclosed.
 *
 * @example
 * ```ts
 * import type { DisclosureInterval } from "treatment-quality";
 *
 * const safe: DisclosureInterval = { row: "North", column: "women", lower: 0, upper: 9 };
 * ```
 */
export interface DisclosureInterval {
  /** A row label, or `"total"` for the column totals. */
  readonly row: string;
  /** A column label, or `"total"` for the row totals. */
  readonly column: string;
  readonly lower: number;
  /** `Infinity` when nothing published bounds it. */
  readonly upper: number;
}

const UNBOUNDED = 2 ** 40;

/**
 * Whole numbers for the unknown entries (null) of a table with totals so that every row and column
 * adds up, or undefined when there are none. The table is a flow: source -> row (row total) ->
 * column (count) -> sink (column total), and sink -> source (grand total); known entries are fixed
 * flows, unknown ones free. A circulation with these bounds exists exactly when the standard
 * lower-bound reduction saturates, and its flows fill the table.
 */
export function completeTable(values: readonly (readonly (number | null)[])[]): number[][] | undefined {
  const rows = values.length - 1;
  const columns = values[0]!.length - 1;
  const source = rows + columns;
  const sink = source + 1;
  const superSource = sink + 1;
  const superSink = superSource + 1;
  const size = superSink + 1;
  const capacity = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const excess = new Array<number>(size).fill(0);
  const ends = (row: number, column: number): [number, number] => {
    if (row === rows && column === columns) return [sink, source];
    if (column === columns) return [source, row];
    if (row === rows) return [rows + column, sink];
    return [row, rows + column];
  };
  values.forEach((line, row) =>
    line.forEach((value, column) => {
      const [from, to] = ends(row, column);
      if (value === null) capacity[from]![to]! += UNBOUNDED;
      else {
        excess[to]! += value;
        excess[from]! -= value;
      }
    }),
  );
  let needed = 0;
  for (let node = 0; node < superSource; node += 1) {
    if (excess[node]! > 0) {
      capacity[superSource]![node]! += excess[node]!;
      needed += excess[node]!;
    } else if (excess[node]! < 0) capacity[node]![superSink]! += -excess[node]!;
  }
  if (maximumFlow(capacity, superSource, superSink) !== needed) return undefined;
  return values.map((line, row) =>
    line.map((value, column) => {
      if (value !== null) return value;
      const [from, to] = ends(row, column);
      return UNBOUNDED - capacity[from]![to]!;
    }),
  );
}

/** Edmonds-Karp on a capacity matrix (changed in place). */
function maximumFlow(capacity: number[][], from: number, to: number): number {
  let total = 0;
  for (;;) {
    const parent = new Array<number>(capacity.length).fill(-1);
    parent[from] = from;
    const queue = [from];
    for (let head = 0; head < queue.length && parent[to] === -1; head += 1) {
      const node = queue[head]!;
      capacity[node]!.forEach((left, next) => {
        if (left > 0 && parent[next] === -1) {
          parent[next] = node;
          queue.push(next);
        }
      });
    }
    if (parent[to] === -1) return total;
    let push = Infinity;
    for (let node = to; node !== from; node = parent[node]!) push = Math.min(push, capacity[parent[node]!]![node]!);
    for (let node = to; node !== from; node = parent[node]!) {
      capacity[parent[node]!]![node]! -= push;
      capacity[node]![parent[node]!]! += push;
    }
    total += push;
  }
}

/** The range of the unknown entry at (row, column), which can take the value `actual`. */
export function entryInterval(values: readonly (readonly (number | null)[])[], row: number, column: number, actual: number): { lower: number; upper: number } {
  const fixedAt = (value: number) => completeTable(values.map((line, at) => (at === row ? line.map((entry, position) => (position === column ? value : entry)) : line))) !== undefined;
  // The feasible values of one entry are a run of whole numbers around the actual one (the constraints form a network matrix).
  let low = 0;
  let high = actual;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fixedAt(middle)) high = middle;
    else low = middle + 1;
  }
  const lower = low;
  if (fixedAt(UNBOUNDED / 2)) return { lower, upper: Infinity };
  low = actual;
  high = UNBOUNDED / 2;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fixedAt(middle)) low = middle;
    else high = middle - 1;
  }
  return { lower, upper: low };
}

/**
 * What an attacker can work out about each suppressed count of a published table from everything
 * published (the other counts, the row and column totals, the grand total), by subtraction along
 * rows and columns and by bounding with the fact that counts are whole numbers of at least 0: the
 * exact range of values each suppressed entry can take. Publishers can audit a table with it; a
 * table from {@link suppressSmallCells} never has an entry whose range is a single value.
 *
 * @param table - a published table (suppressed entries are null)
 * @returns the range of every suppressed entry, in table order, totals last; none when the
 *   published numbers contradict each other
 *
 * @example
 * ```ts
 * import { disclosureIntervals, suppressSmallCells } from "treatment-quality";
 *
 * const published = suppressSmallCells({ rows: ["North", "South"], columns: ["men", "women"], cells: [[40, 3], [25, 12]] });
 * disclosureIntervals(published).every((interval) => interval.lower < interval.upper); // => true
 * ```
 */
export function disclosureIntervals(table: PublishedTable): DisclosureInterval[] {
  const values = gridOf(table);
  const completed = completeTable(values);
  if (completed === undefined) return [];
  const intervals: DisclosureInterval[] = [];
  values.forEach((line, row) =>
    line.forEach((entry, column) => {
      if (entry !== null) return;
      const { lower, upper } = entryInterval(values, row, column, completed[row]![column]!);
      intervals.push({ row: table.rows[row] ?? "total", column: table.columns[column] ?? "total", lower, upper });
    }),
  );
  return intervals;
}

/** A published table as one grid: row totals in the last column, column totals and the grand total in the last row. */
export function gridOf(table: Pick<PublishedTable, "cells" | "rowTotals" | "columnTotals" | "total">): (number | null)[][] {
  return [...table.cells.map((line, row) => [...line, table.rowTotals[row] ?? null]), [...table.columnTotals, table.total]];
}
