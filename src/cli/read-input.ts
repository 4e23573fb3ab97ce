/** Reading records from JSON, NDJSON and CSV files, streamed, each with where it was found. */
import { createReadStream, statSync } from "node:fs";
import { resolve } from "node:path";
import { createCsvTokenizer, detectCsvDelimiter, type CsvDelimiter } from "../_lib/csv.js";
import { InputError } from "./terminal.js";

/** The file formats the commands read. */
export type InputFormat = "json" | "ndjson" | "csv";

/** One record read, with its place in the file: a line (NDJSON, CSV) or an index (JSON array). */
export interface ReadRecord {
  readonly value: unknown;
  readonly where: { readonly line: number } | { readonly index: number };
  /** Why the record could not be read as JSON or CSV, if so; `value` is then undefined. */
  readonly problem?: string;
}

/** The format of a file from its name, unless given. */
export function formatOf(path: string, given: string | undefined): InputFormat {
  if (given !== undefined) {
    if (given === "json" || given === "ndjson" || given === "csv") return given;
    throw new InputError(`--input-format must be json, ndjson or csv; got ${JSON.stringify(given)}.`);
  }
  if (/\.(ndjson|jsonl)$/i.test(path)) return "ndjson";
  if (/\.csv$/i.test(path)) return "csv";
  if (/\.json$/i.test(path)) return "json";
  throw new InputError(`Cannot tell the format of ${path} from its name; use .json, .ndjson (or .jsonl) or .csv, or give --input-format.`);
}

/** The absolute path of an existing, non-empty regular file, or a clear error. */
export function checkedFile(cwd: string, path: string): string {
  const full = resolve(cwd, path);
  let stats;
  try {
    stats = statSync(full);
  } catch {
    throw new InputError(`${path}: no such file.`);
  }
  if (stats.isDirectory()) throw new InputError(`${path} is a directory; give a file.`);
  if (!stats.isFile()) throw new InputError(`${path} is not a regular file.`);
  if (stats.size === 0) throw new InputError(`${path} is empty.`);
  return full;
}

/** The file's text chunks, decoded as UTF-8 (a byte-order mark dropped); bytes that are not UTF-8 stop the read with a clear error. */
async function* textChunks(path: string, shown: string): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  try {
    for await (const chunk of createReadStream(path)) yield decoder.decode(chunk as Buffer, { stream: true });
    const rest = decoder.decode();
    if (rest.length > 0) yield rest;
  } catch (error) {
    if (error instanceof TypeError) throw new InputError(`${shown} is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8).`);
    throw error;
  }
}

/** Lines of the file, each with its 1-based number, without the line break. */
async function* linesOf(path: string, shown: string): AsyncGenerator<{ text: string; line: number }> {
  let pending = "";
  let line = 0;
  for await (const chunk of textChunks(path, shown)) {
    pending += chunk;
    let start = 0;
    for (let at = pending.indexOf("\n"); at !== -1; at = pending.indexOf("\n", start)) {
      line += 1;
      yield { text: pending.slice(start, at).replace(/\r$/, ""), line };
      start = at + 1;
    }
    pending = pending.slice(start);
  }
  if (pending.length > 0) yield { text: pending.replace(/\r$/, ""), line: line + 1 };
}

/** A CSV cell's text as the value the schema expects: numbers and booleans where the column holds them, lists split on `|`. */
export interface CsvColumnTypes {
  readonly numbers: ReadonlySet<string>;
  readonly booleans: ReadonlySet<string>;
  readonly lists: ReadonlySet<string>;
}

function csvValue(text: string, column: string, types: CsvColumnTypes): unknown {
  if (types.lists.has(column)) return text.split("|").map((part) => part.trim()).filter((part) => part.length > 0);
  if (types.numbers.has(column) && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text.trim())) return Number(text);
  if (types.booleans.has(column) && /^(true|false)$/i.test(text.trim())) return text.trim().toLowerCase() === "true";
  return text;
}

/** A record from a CSV row: empty cells are absent; `period.start` columns make nested objects. */
function csvRecord(header: readonly string[], fields: readonly string[], types: CsvColumnTypes): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  header.forEach((column, position) => {
    const text = fields[position] ?? "";
    if (text === "") return;
    const steps = column.split(".");
    let into = record;
    for (const step of steps.slice(0, -1)) into = (into[step] ??= {}) as Record<string, unknown>;
    into[steps.at(-1)!] = csvValue(text, column, types);
  });
  return record;
}

/**
 * The records of a file, one at a time: a JSON array (or a single JSON object), NDJSON (one JSON
 * value per line, blank lines skipped) or CSV with a header row (delimiter detected). Only JSON files
 * are read whole; NDJSON and CSV stream, so memory stays flat on files of any size.
 */
export async function* readRecords(path: string, shown: string, format: InputFormat, types: CsvColumnTypes, knownColumns?: ReadonlySet<string>): AsyncGenerator<ReadRecord> {
  if (format === "json") {
    let text = "";
    for await (const chunk of textChunks(path, shown)) text += chunk;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new InputError(`${shown} is not valid JSON: ${(error as Error).message}.`);
    }
    const values = Array.isArray(parsed) ? parsed : [parsed];
    for (const [index, value] of values.entries()) yield { value, where: { index } };
    return;
  }
  if (format === "ndjson") {
    for await (const { text, line } of linesOf(path, shown)) {
      if (text.trim() === "") continue;
      try {
        yield { value: JSON.parse(text), where: { line } };
      } catch (error) {
        yield { value: undefined, where: { line }, problem: `not valid JSON: ${(error as Error).message}` };
      }
    }
    return;
  }
  let tokenizer: ReturnType<typeof createCsvTokenizer> | undefined;
  let header: string[] | undefined;
  let delimiter: CsvDelimiter = ",";
  for await (const chunk of textChunks(path, shown)) {
    if (tokenizer === undefined) {
      delimiter = detectCsvDelimiter(chunk.replace(/^\uFEFF/, "").split(/\r?\n/)[0] ?? "");
      tokenizer = createCsvTokenizer(delimiter);
    }
    for (const row of tokenizer.push(chunk)) {
      const record = handleRow(row);
      if (record !== undefined) yield record;
    }
  }
  for (const row of tokenizer?.end() ?? []) {
    const record = handleRow(row);
    if (record !== undefined) yield record;
  }
  if (header === undefined) throw new InputError(`${shown} has no header row.`);

  function handleRow(row: { line: number; fields: string[]; problem?: string }): ReadRecord | undefined {
    if (header === undefined) {
      header = row.fields.map((field) => field.trim());
      const unknown = knownColumns === undefined ? [] : header.filter((column) => !knownColumns.has(column.split(".")[0]!));
      if (unknown.length > 0) throw new InputError(`${shown}: unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((column) => JSON.stringify(column)).join(", ")}; the columns are the record's field names (${[...knownColumns!].join(", ")}).`);
      return undefined;
    }
    if (row.fields.length === 1 && row.fields[0] === "") return undefined;
    if (row.problem !== undefined) return { value: undefined, where: { line: row.line }, problem: row.problem };
    return { value: csvRecord(header, row.fields, types), where: { line: row.line } };
  }
}
