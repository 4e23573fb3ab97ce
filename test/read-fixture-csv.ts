/** Reads a CSV fixture under test/fixtures into records keyed by the header's column names. */
import { readFileSync } from "node:fs";
import { tokenizeCsv } from "../src/_lib/csv.js";

export function readFixtureCsv(folder: string, file: string): Record<string, string>[] {
  const [header, ...rows] = tokenizeCsv(readFileSync(new URL(`./fixtures/${folder}/${file}`, import.meta.url), "utf8"));
  return rows.map((row) => Object.fromEntries(header!.fields.map((name, index) => [name, row.fields[index] ?? ""])));
}
