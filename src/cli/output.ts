/** Output of the commands: text for people, JSON for programs, CSV for spreadsheets. */
import { formatCsvRow } from "../_lib/csv.js";
import { UsageError } from "./terminal.js";

/** The output formats. */
export type OutputFormat = "text" | "json" | "csv";

/** The output format asked for, checked against those the command offers. */
export function outputFormat(given: string | undefined, offered: readonly OutputFormat[]): OutputFormat {
  const format = (given ?? "text") as OutputFormat;
  if (!offered.includes(format)) throw new UsageError(`--format must be ${offered.join(", ")}; got ${JSON.stringify(given)}.`);
  return format;
}

/** A table as CSV text (header row first), cells written as text; null and undefined are empty. */
export function csvTable(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cell = (value: unknown) => (value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value));
  return [formatCsvRow([...columns]), ...rows.map((row) => formatCsvRow(row.map(cell)))].join("\n") + "\n";
}

/** A table as aligned text columns. */
export function textTable(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cells = [columns.map(String), ...rows.map((row) => row.map((value) => (value === null || value === undefined ? "-" : String(value))))];
  const widths = columns.map((_, index) => Math.max(...cells.map((row) => row[index]!.length)));
  return cells.map((row) => row.map((value, index) => (index === row.length - 1 ? value : value.padEnd(widths[index]!))).join("  ")).join("\n") + "\n";
}

/** A number with a thousands separator, for summaries. */
export const count = (value: number) => value.toLocaleString("en-US");
