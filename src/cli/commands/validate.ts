/** `treatment-quality validate`: every bad record of a file, with its line or index and field path. */
import { parseWithSchema } from "../../_lib/zod-issues.js";
import { outputFormat } from "../output.js";
import { checkedFile, formatOf, readRecords } from "../read-input.js";
import { csvColumnsOf, RECORD_SCHEMA_NAMES, type RecordSchemaName } from "../record-schemas.js";
import { EXIT, progress, UsageError, type Terminal } from "../terminal.js";
import { formatCsvRow } from "../../_lib/csv.js";

export const VALIDATE_HELP = `Usage: treatment-quality validate --schema <Name> [--format text|json|csv] [--input-format json|ndjson|csv] <file>

Check every record of a file against one of the library's schemas and report every bad record
with its line (NDJSON, CSV) or index (JSON array) and the path of the field, then a summary.
Files of any size are streamed (NDJSON and CSV); JSON files are read whole.

Schemas: ${Object.keys(RECORD_SCHEMA_NAMES).join(", ")}.
CSV: a header row of field names; nested fields as dotted columns (period.start); lists
separated by "|" (modalities: outpatient|short-term-inpatient); empty cells are absent.

Output (stdout): text, one line per problem; json, one JSON object per problem (NDJSON) and a
last {"summary": ...} line; csv, a table of problems. The summary also goes to stderr.
Exit codes: 0 all records valid, 1 bad records or an unreadable file, 2 usage error.
`;

/** Run `validate`. */
export async function validateCommand(values: Record<string, string | boolean | undefined>, files: readonly string[], terminal: Terminal): Promise<number> {
  const name = values["schema"];
  if (typeof name !== "string") throw new UsageError("--schema <Name> is required.");
  if (!(name in RECORD_SCHEMA_NAMES)) throw new UsageError(`Unknown schema ${JSON.stringify(name)}; use one of ${Object.keys(RECORD_SCHEMA_NAMES).join(", ")}.`);
  if (files.length !== 1) throw new UsageError(`Give exactly one file to validate; got ${files.length}.`);
  const format = outputFormat(values["format"] as string | undefined, ["text", "json", "csv"]);
  const schema = RECORD_SCHEMA_NAMES[name as RecordSchemaName];
  const shown = files[0]!;
  const path = checkedFile(terminal.cwd, shown);
  const inputFormat = formatOf(shown, values["input-format"] as string | undefined);
  const columns = csvColumnsOf(schema as never);
  const bar = progress(terminal);
  let records = 0;
  let invalid = 0;
  let problems = 0;
  if (format === "csv") terminal.out(formatCsvRow(["line", "index", "path", "code", "message"]) + "\n");
  for await (const record of readRecords(path, shown, inputFormat, columns.types, inputFormat === "csv" ? columns.known : undefined)) {
    records += 1;
    const issues = record.problem !== undefined ? [{ path: [] as (string | number)[], code: "invalid_format", message: record.problem }] : (() => {
      const checked = parseWithSchema(schema as never, record.value);
      return checked.ok ? [] : checked.issues;
    })();
    if (issues.length > 0) {
      invalid += 1;
      problems += issues.length;
      const line = "line" in record.where ? record.where.line : undefined;
      const index = "index" in record.where ? record.where.index : undefined;
      for (const each of issues) {
        const where = line !== undefined ? `line ${line}` : `index ${index}`;
        if (format === "text") terminal.out(`${where}: ${each.path.length > 0 ? `${each.path.join(".")}: ` : ""}${each.code}: ${each.message}\n`);
        else if (format === "json") terminal.out(JSON.stringify({ ...(line === undefined ? { index } : { line }), path: each.path, code: each.code, message: each.message }) + "\n");
        else terminal.out(formatCsvRow([line === undefined ? "" : String(line), index === undefined ? "" : String(index), each.path.join("."), each.code, each.message]) + "\n");
      }
    }
    if (records % 10_000 === 0) bar.update(`validate: ${records.toLocaleString("en-US")} records read, ${invalid.toLocaleString("en-US")} invalid`);
  }
  bar.done();
  const summary = { schema: name, records, valid: records - invalid, invalid, problems };
  if (format === "json") terminal.out(JSON.stringify({ summary }) + "\n");
  terminal.err(`${shown}: ${records.toLocaleString("en-US")} ${name} records, ${summary.valid.toLocaleString("en-US")} valid, ${invalid.toLocaleString("en-US")} invalid (${problems.toLocaleString("en-US")} problems).\n`);
  return invalid > 0 ? EXIT.dataProblems : EXIT.ok;
}
