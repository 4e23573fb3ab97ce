/** Small-cell suppression of a table of counts, with complementary suppression, before publication. */
import { entryInterval } from "./disclosure-intervals.js";

/**
 * A two-way table of counts (people, episodes, facilities): `cells[row][column]`, whole numbers of at
 * least 0. Its row, column and grand totals are computed from the cells.
 *
 * @example
 * ```ts
 * import type { CountTable } from "treatment-quality";
 *
 * const retainedBySex: CountTable = { rows: ["North", "South"], columns: ["men", "women"], cells: [[40, 3], [25, 12]] };
 * ```
 */
export interface CountTable {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly cells: readonly (readonly number[])[];
}

/**
 * Options of {@link suppressSmallCells}.
 *
 * @example
 * ```ts
 * import type { SuppressionOptions } from "treatment-quality";
 *
 * const eleven: SuppressionOptions = { threshold: 11 };
 * ```
 */
export interface SuppressionOptions {
  /** Counts from 1 to threshold - 1 are suppressed (default 5). */
  readonly threshold?: number;
  /** Suppress zeros too (default false: a zero is published). */
  readonly suppressZeros?: boolean;
}

/**
 * A suppressed entry of a published table: `"primary"` (a small count) or `"complementary"`
 * (suppressed so that the small ones cannot be worked out from the totals).
 *
 * @example
 * ```ts
 * import type { SuppressedEntry } from "treatment-quality";
 *
 * const small: SuppressedEntry = { row: "North", column: "women", reason: "primary" };
 * ```
 */
export interface SuppressedEntry {
  /** A row label, or `"total"` for the column totals. */
  readonly row: string;
  /** A column label, or `"total"` for the row totals. */
  readonly column: string;
  readonly reason: "primary" | "complementary";
}

/**
 * A table ready to publish: suppressed counts and totals are null, every suppression is listed with
 * its reason, and the rule applied is recorded.
 *
 * @example
 * ```ts
 * import type { PublishedTable } from "treatment-quality";
 *
 * const shown = (table: PublishedTable) => table.cells.map((line) => line.map((count) => count ?? "<5"));
 * ```
 */
export interface PublishedTable {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly cells: readonly (readonly (number | null)[])[];
  readonly rowTotals: readonly (number | null)[];
  readonly columnTotals: readonly (number | null)[];
  readonly total: number | null;
  readonly suppressed: readonly SuppressedEntry[];
  readonly rule: {
    readonly threshold: number;
    readonly suppressZeros: boolean;
    readonly method: string;
  };
}

const METHOD =
  "Counts (cells and totals) from 1 to threshold - 1 suppressed; then, while a row or column (with its total) has exactly one suppressed entry, or a suppressed entry can be worked out exactly from the published numbers, the smallest positive published entry of that row or column is suppressed too.";

function checkTable(table: CountTable): void {
  const { rows, columns, cells } = table ?? ({} as CountTable);
  if (!Array.isArray(rows) || !Array.isArray(columns) || rows.length === 0 || columns.length === 0) throw new Error("table must have at least one row and one column label.");
  if (!Array.isArray(cells) || cells.length !== rows.length || cells.some((line) => !Array.isArray(line) || line.length !== columns.length)) {
    throw new Error(`table.cells must have ${rows.length} rows of ${columns.length} counts.`);
  }
  cells.forEach((line: readonly number[], row) =>
    line.forEach((count: number, column) => {
      if (!Number.isInteger(count) || count < 0) throw new Error(`table.cells[${row}][${column}] must be a whole number of at least 0; got ${String(count)}.`);
    }),
  );
}

/**
 * Suppress the small counts of a table before it is published, so that no one with fewer than
 * `threshold` (default 5) people behind it can be singled out. Apply it once, after the last merge
 * (to facility, region, country): suppressed tables cannot be added up.
 *
 * Primary suppression hides every count from 1 to threshold - 1, totals included (zeros by option).
 * Complementary suppression then hides more, so that the hidden counts cannot be worked out from what
 * is published: while a row or column (with its total) has exactly one hidden entry, the smallest
 * positive published entry in it is hidden too; and the table is then attacked as a reader would,
 * by subtraction along rows and columns and by bounds (counts are whole numbers of at least 0,
 * {@link disclosureIntervals}), hiding more until every hidden entry can take more than one value.
 * The rule and threshold are recorded in the result.
 *
 * @param table - the counts
 * @param options - see {@link SuppressionOptions}
 * @returns the table to publish
 *
 * @example
 * ```ts
 * import { suppressSmallCells } from "treatment-quality";
 *
 * const published = suppressSmallCells({ rows: ["North", "South"], columns: ["men", "women"], cells: [[40, 3], [25, 12]] });
 * published.cells; // => [[null, null], [null, null]]
 * published.rowTotals; // => [43, 37]
 * published.suppressed.map((entry) => `${entry.row}/${entry.column} ${entry.reason}`);
 * // => ["North/women primary", "North/men complementary", "South/men complementary", "South/women complementary"]
 * ```
 */
export function suppressSmallCells(table: CountTable, options: SuppressionOptions = {}): PublishedTable {
  checkTable(table);
  const threshold = options.threshold ?? 5;
  if (!Number.isInteger(threshold) || threshold < 1) throw new Error(`threshold must be a whole number of at least 1; got ${String(threshold)}.`);
  const suppressZeros = options.suppressZeros ?? false;
  const rows = table.rows.length;
  const columns = table.columns.length;
  // The table with its totals as one grid: row totals in the last column, column totals in the last row.
  const rowTotals = table.cells.map((line) => line.reduce((sum, count) => sum + count, 0));
  const columnTotals = table.columns.map((_, column) => table.cells.reduce((sum, line) => sum + line[column]!, 0));
  const grid = [...table.cells.map((line, row) => [...line, rowTotals[row]!]), [...columnTotals, rowTotals.reduce((sum, count) => sum + count, 0)]];
  const reason: ("primary" | "complementary" | undefined)[][] = grid.map((line) => line.map((count) => ((count > 0 || suppressZeros) && count < threshold ? "primary" : undefined)));
  const lines: [number, number][][] = [...grid.map((line, row) => line.map((_, column): [number, number] => [row, column])), ...grid[0]!.map((_, column) => grid.map((__, row): [number, number] => [row, column]))];
  const hidden = ([row, column]: [number, number]) => reason[row]![column] !== undefined;
  /** Hide the smallest positive published entry of a line (a zero only if nothing else is left). */
  const hideOneMore = (line: readonly [number, number][]): boolean => {
    const open = line.filter((entry) => !hidden(entry));
    const pick = [...open].sort(([ra, ca], [rb, cb]) => (grid[ra]![ca]! === 0 ? 1 : 0) - (grid[rb]![cb]! === 0 ? 1 : 0) || grid[ra]![ca]! - grid[rb]![cb]!)[0];
    if (pick === undefined) return false;
    reason[pick[0]]![pick[1]] = "complementary";
    return true;
  };
  for (;;) {
    const lonely = lines.find((line) => line.filter(hidden).length === 1);
    if (lonely !== undefined && hideOneMore(lonely)) continue;
    // Attack the table as a reader would; hide more around any entry that can be worked out exactly.
    const published = grid.map((line, row) => line.map((count, column) => (reason[row]![column] === undefined ? count : null)));
    const workedOut = ([row, column]: [number, number]) => {
      const { lower, upper } = entryInterval(published, row, column, grid[row]![column]!);
      return lower === upper;
    };
    const disclosed = lines.slice(0, grid.length).flat().find((entry) => hidden(entry) && workedOut(entry));
    if (disclosed === undefined) break;
    // More in its row or column; if both are fully hidden, the smallest published entry anywhere (so the loop always ends safe).
    if (!(hideOneMore(lines[disclosed[0]]!) || hideOneMore(lines[grid.length + disclosed[1]]!) || hideOneMore(lines.flat()))) break;
  }
  const shown = grid.map((line, row) => line.map((count, column) => (reason[row]![column] === undefined ? count : null)));
  const label = (row: number, column: number) => ({ row: table.rows[row] ?? "total", column: table.columns[column] ?? "total" });
  const suppressed = (["primary", "complementary"] as const).flatMap((kind) => grid.flatMap((line, row) => line.flatMap((_, column) => (reason[row]![column] === kind ? [{ ...label(row, column), reason: kind }] : []))));
  return {
    rows: [...table.rows],
    columns: [...table.columns],
    cells: shown.slice(0, rows).map((line) => line.slice(0, columns)),
    rowTotals: shown.slice(0, rows).map((line) => line[columns]!),
    columnTotals: shown[rows]!.slice(0, columns),
    total: shown[rows]![columns]!,
    suppressed,
    rule: { threshold, suppressZeros, method: METHOD },
  };
}
