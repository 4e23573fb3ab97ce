/**
 * Frameworks kept in a spreadsheet: one row a node, one column a field. Read from CSV text (or from
 * the rows a spreadsheet library gives) with every bad row reported by its line; written back to
 * CSV without loss.
 */
import { createCsvTokenizer, detectCsvDelimiter, formatCsvRow, type CsvDelimiter } from "../_lib/csv.js";
import { issue, type Issue, type IssuePath } from "../_lib/issue.js";
import { fail, type Result } from "../_lib/result.js";
import { parseWithSchema } from "../_lib/zod-issues.js";
import { checkFramework, type DefineFrameworkOptions } from "./define-framework.js";
import { FrameworkNodeSchema, LINK_RELATIONS, TEXT_LOCALES, type Framework, type FrameworkNode } from "./framework.js";


/**
 * The columns of a framework spreadsheet, in the order {@link frameworkToCsv} writes them, each
 * with what it holds. Lists (`modalities`, `settings`, `populations`, `evidence`, `derived_from`)
 * separate items with `|`; a link in `derived_from` is written `frameworkId@version#nodeId=relation`
 * (the `@version` part is optional). Yes/no columns accept `true`/`false`, `yes`/`no`, `1`/`0`
 * and `да`/`нет`; `weight` accepts a decimal comma. An empty cell means the field is absent.
 *
 * @example
 * ```ts
 * import { FRAMEWORK_CSV_COLUMNS } from "treatment-quality";
 *
 * FRAMEWORK_CSV_COLUMNS.filter((column) => column.required).map((column) => column.name);
 * // => ["id", "code", "kind", "title_en", "source_document", "source_edition", "source_verified"]
 * ```
 */
export const FRAMEWORK_CSV_COLUMNS: readonly { readonly name: string; readonly required: boolean; readonly holds: string }[] = [
  { name: "id", required: true, holds: "The node's id." },
  { name: "parent_id", required: false, holds: "The parent's id; empty for a root." },
  { name: "code", required: true, holds: "The code shown to people." },
  { name: "kind", required: true, holds: "principle, standard, criterion, ..." },
  ...TEXT_LOCALES.map((locale) => ({ name: `title_${locale}`, required: locale === "en", holds: `The title in ${locale}.` })),
  ...TEXT_LOCALES.map((locale) => ({ name: `guidance_${locale}`, required: false, holds: `The assessor's guidance in ${locale}.` })),
  { name: "weight", required: false, holds: "A positive number; empty means 1." },
  { name: "critical", required: false, holds: "Yes/no." },
  { name: "modalities", required: false, holds: "Modality codes the node applies to." },
  { name: "settings", required: false, holds: "Setting codes the node applies to." },
  { name: "populations", required: false, holds: "Population codes the node applies to." },
  { name: "evidence", required: false, holds: "Evidence types." },
  { name: "source_document", required: true, holds: "The cited document." },
  { name: "source_edition", required: true, holds: "Its edition." },
  { name: "source_section", required: false, holds: "The section cited." },
  { name: "source_verified", required: true, holds: "Yes/no: was the section checked." },
  { name: "source_note", required: false, holds: "A note on the citation." },
  { name: "illustrative", required: false, holds: "Yes/no: is the content our own elaboration." },
  { name: "derived_from", required: false, holds: "Links: frameworkId@version#nodeId=relation, separated by |." },
];

const COLUMN_NAMES = new Set(FRAMEWORK_CSV_COLUMNS.map((column) => column.name));
const LIST_SEPARATOR = "|";
const APPLICABILITY = ["modalities", "settings", "populations"] as const;
const TRUE_WORDS = new Set(["true", "yes", "1", "да"]);
const FALSE_WORDS = new Set(["false", "no", "0", "нет"]);
const LINK_FORM = /^([^@#=|\s]+)(?:@([^#=|\s]+))?#([^=|\s]+)=(\S+)$/;

/**
 * The framework's own fields (id, version, title, publisher, ...), which a spreadsheet of nodes does
 * not hold and {@link parseFrameworkCsv} takes separately.
 *
 * @example
 * ```ts
 * import { internationalStandards2020, type FrameworkMetadata } from "treatment-quality";
 *
 * const { nodes, ...metadata } = internationalStandards2020;
 * const forTheSheet: FrameworkMetadata = metadata;
 * ```
 */
export type FrameworkMetadata = Omit<Framework, "nodes">;

/**
 * Options of {@link parseFrameworkCsv} and {@link parseFrameworkRows}.
 *
 * @example
 * ```ts
 * import type { ParseFrameworkCsvOptions } from "treatment-quality";
 *
 * const options: ParseFrameworkCsvOptions = {
 *   framework: { id: "national", version: "1", title: { en: "National standard" }, publisher: "Ministry of Health", year: 2020, source: { document: "National standard", edition: "2020", verified: true }, status: "official" },
 *   ignoreColumns: ["comment"],
 * };
 * ```
 */
export interface ParseFrameworkCsvOptions extends DefineFrameworkOptions {
  /** The framework's metadata (id, version, title, publisher, ...). */
  readonly framework: FrameworkMetadata;
  /** The separator; by default detected from the header line (comma, semicolon or tab). */
  readonly delimiter?: CsvDelimiter;
  /** Extra columns to skip without complaint (notes, comments); other unknown columns are reported. */
  readonly ignoreColumns?: readonly string[];
}

interface SheetRow {
  readonly line: number;
  /** The row's cells, in the order of the header's column names. */
  readonly values: readonly string[];
}

/**
 * Read a framework from CSV text: a header row naming the columns ({@link FRAMEWORK_CSV_COLUMNS},
 * in any order), then one row per node. Blank rows are skipped. Every problem is reported with the
 * line and column where a person will find it (`["line", 7, "weight"]`), all rows at once; rows
 * that fail do not hide problems in the others, and their children are not reported again. The
 * framework is then checked as a whole by `defineFramework` (ids, parents, cycles).
 *
 * @param text - the CSV text (UTF-8; a byte-order mark is dropped)
 * @param options - the framework's metadata and reading options
 * @returns the framework, or the issues
 *
 * @example
 * ```ts
 * import { parseFrameworkCsv } from "treatment-quality";
 *
 * const csv = [
 *   "id;parent_id;code;kind;title_en;title_ru;weight;critical;source_document;source_edition;source_verified",
 *   "E;;1;principle;Ethics;Этика;;;Clinic standard;1;yes",
 *   "E.1;E;1.1;criterion;Consent is recorded;Согласие оформлено;1,5;yes;Clinic standard;1;yes",
 *   "E.2;E;1.2;criterion;Complaints are answered;Жалобы рассматриваются;heavy;no;Clinic standard;1;yes",
 * ].join("\n");
 * const framework = { id: "clinic", version: "1", title: { en: "Clinic standard" }, publisher: "Clinic", year: 2024, source: { document: "Clinic standard", edition: "1", verified: true }, status: "illustrative" as const };
 * const result = parseFrameworkCsv(csv, { framework });
 * if (!result.ok) result.issues.map((each) => each.path.join(" ")); // => ["line 4 weight"]
 * ```
 */
export function parseFrameworkCsv(text: string, options: ParseFrameworkCsvOptions): Result<Framework> {
  const firstLineEnd = text.search(/[\r\n]/);
  const delimiter = options.delimiter ?? detectCsvDelimiter(firstLineEnd < 0 ? text : text.slice(0, firstLineEnd));
  const tokenizer = createCsvTokenizer(delimiter);
  const records = [...tokenizer.push(text), ...tokenizer.end()].filter((record) => record.fields.some((field) => field.trim() !== ""));
  const [header, ...body] = records;
  if (header === undefined) return fail([issue("missing", [], "The text has no header row.")]);
  const issues: Issue[] = [];
  const names = header.fields.map((field) => field.trim().toLowerCase());
  const rows: SheetRow[] = body.map((record) => {
    if (record.problem !== undefined) issues.push(issue("invalid_format", ["line", record.line], record.problem));
    const extra = record.fields.slice(names.length).filter((field) => field.trim() !== "");
    if (extra.length > 0) issues.push(issue("invalid_format", ["line", record.line], `The row has ${record.fields.length} cells but the header names ${names.length} columns.`));
    return { line: record.line, values: record.fields };
  });
  return readSheet(names, header.line, rows, options, issues);
}

/**
 * Read a framework from rows a spreadsheet library gives (for example SheetJS `sheet_to_json`):
 * one object per node, keyed by column name ({@link FRAMEWORK_CSV_COLUMNS}). Numbers and booleans
 * in cells are accepted. Row `i` is reported as line `i + 2`, as in a sheet whose first row is
 * the header.
 *
 * @param records - the rows
 * @param options - the framework's metadata and reading options (`delimiter` is not used)
 * @returns the framework, or the issues
 *
 * @example
 * ```ts
 * import { parseFrameworkRows } from "treatment-quality";
 *
 * const rows = [
 *   { id: "C1", code: "1", kind: "criterion", title_en: "Consent is recorded", weight: 2, source_document: "Clinic standard", source_edition: "1", source_verified: true },
 * ];
 * const framework = { id: "clinic", version: "1", title: { en: "Clinic standard" }, publisher: "Clinic", year: 2024, source: { document: "Clinic standard", edition: "1", verified: true }, status: "illustrative" as const };
 * const result = parseFrameworkRows(rows, { framework });
 * result.ok && result.value.nodes[0]?.weight; // => 2
 * ```
 */
export function parseFrameworkRows(records: readonly Readonly<Record<string, unknown>>[], options: ParseFrameworkCsvOptions): Result<Framework> {
  const keys = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const rows: SheetRow[] = records.map((record, index) => ({
    line: index + 2,
    values: keys.map((key) => {
      const value = record[key];
      return value === null || value === undefined ? "" : String(value);
    }),
  }));
  return readSheet(
    keys.map((key) => key.trim().toLowerCase()),
    1,
    rows,
    options,
    [],
  );
}

function readSheet(names: readonly string[], headerLine: number, rows: readonly SheetRow[], options: ParseFrameworkCsvOptions, issues: Issue[]): Result<Framework> {
  const ignored = new Set((options.ignoreColumns ?? []).map((name) => name.trim().toLowerCase()));
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) issues.push(issue("duplicate", ["line", headerLine, name], `The column "${name}" appears twice in the header.`));
    else if (!COLUMN_NAMES.has(name) && !ignored.has(name) && name !== "") {
      issues.push(issue("unrecognized_key", ["line", headerLine, name], `Unknown column "${name}"; the columns are ${[...COLUMN_NAMES].join(", ")} (list extra ones in ignoreColumns).`));
    }
    seen.add(name);
  }
  const missing = FRAMEWORK_CSV_COLUMNS.filter((column) => column.required && !seen.has(column.name));
  for (const column of missing) issues.push(issue("missing", ["line", headerLine, column.name], `The header has no "${column.name}" column, which is required.`));
  if (missing.length > 0 || issues.some((each) => each.code === "duplicate")) return fail(issues);

  const columnIndex = new Map<string, number>();
  names.forEach((name, index) => {
    if (!columnIndex.has(name)) columnIndex.set(name, index);
  });
  const nodes: FrameworkNode[] = [];
  const lines: number[] = [];
  const rejectedIds = new Set<string>();
  for (const row of rows) {
    const cellIssues: Issue[] = [];
    const cell = (name: string) => {
      const index = columnIndex.get(name);
      return index === undefined ? "" : (row.values[index] ?? "");
    };
    const draft = nodeFromCells(cell, (column, message, code = "invalid_format") => cellIssues.push(issue(code, ["line", row.line, column], message)));
    const parsed = parseWithSchema(FrameworkNodeSchema, draft);
    // A cell that could not be read is reported once, by its reader, not again as absent.
    const unreadable = new Set(cellIssues.map((each) => each.path[2]));
    const schemaIssues = parsed.ok ? [] : parsed.issues.map((each) => ({ ...each, path: ["line", row.line, columnOf(each.path)] })).filter((each) => !unreadable.has(each.path[2]));
    const rowIssues = [...cellIssues, ...schemaIssues];
    if (parsed.ok && rowIssues.length === 0) {
      nodes.push(parsed.value);
      lines.push(row.line);
    } else {
      issues.push(...dedupe(rowIssues));
      const id = cell("id").trim();
      if (id) rejectedIds.add(id);
    }
  }
  const { nodes: _ignored, ...metadata } = options.framework as Framework;
  const checked = checkFramework({ ...metadata, nodes }, { resolveAgainst: options.resolveAgainst, unlistedFrameworks: "report", knownIds: rejectedIds });
  if (checked.ok && issues.length === 0) return checked;
  const structural = checked.ok ? [] : checked.issues.filter((each) => !(each.path[0] === "nodes" && each.path.length === 1 && nodes.length === 0 && issues.length > 0));
  for (const each of structural) {
    const [head, index, ...rest] = each.path;
    issues.push(head === "nodes" && typeof index === "number" ? { ...each, path: ["line", lines[index]!, columnOf(rest)] } : { ...each, path: ["framework", ...each.path] });
  }
  return fail(sortByLine(issues));
}

type Report = (column: string, message: string, code?: Issue["code"]) => void;

/** A node object from a row's cells; cells that cannot be read are reported and left out. */
function nodeFromCells(cell: (name: string) => string, report: Report): Record<string, unknown> {
  const text = (name: string) => {
    const value = cell(name);
    return isBlank(value) ? undefined : value;
  };
  const trimmed = (name: string) => text(name)?.trim();
  const node: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (value !== undefined) node[key] = value;
  };
  set("id", trimmed("id"));
  set("parentId", trimmed("parent_id"));
  set("code", trimmed("code"));
  set("kind", trimmed("kind"));
  set("title", localized("title", text));
  set("guidance", localized("guidance", text));
  set("weight", numberCell(trimmed("weight"), "weight", report));
  set("critical", booleanCell(trimmed("critical"), "critical", report));
  const applicability = Object.fromEntries(APPLICABILITY.flatMap((dimension) => (trimmed(dimension) === undefined ? [] : [[dimension, listCell(trimmed(dimension)!)]])));
  set("applicability", Object.keys(applicability).length > 0 ? applicability : undefined);
  set("evidence", trimmed("evidence") === undefined ? undefined : listCell(trimmed("evidence")!));
  const source: Record<string, unknown> = {};
  for (const [key, column] of [
    ["document", "source_document"],
    ["edition", "source_edition"],
    ["section", "source_section"],
    ["note", "source_note"],
  ] as const) {
    if (text(column) !== undefined) source[key] = text(column);
  }
  const verified = booleanCell(trimmed("source_verified"), "source_verified", report);
  if (verified !== undefined) source["verified"] = verified;
  node["source"] = source;
  set("illustrative", booleanCell(trimmed("illustrative"), "illustrative", report));
  set("derivedFrom", linksCell(trimmed("derived_from"), report));
  return node;
}

const LOCALIZED_COLUMNS = {
  title: TEXT_LOCALES.map((locale) => [locale, `title_${locale}`] as const),
  guidance: TEXT_LOCALES.map((locale) => [locale, `guidance_${locale}`] as const),
};

function localized(field: "title" | "guidance", text: (name: string) => string | undefined): Record<string, string> | undefined {
  let result: Record<string, string> | undefined;
  for (const [locale, column] of LOCALIZED_COLUMNS[field]) {
    const value = text(column);
    if (value !== undefined) (result ??= {})[locale] = value;
  }
  return result;
}

/** Whether a cell is empty or holds only white space. */
function isBlank(value: string): boolean {
  return !/\S/.test(value);
}

function listCell(cell: string): string[] {
  return cell.split(LIST_SEPARATOR).map((item) => item.trim());
}

function numberCell(cell: string | undefined, column: string, report: Report): number | undefined {
  if (cell === undefined) return undefined;
  const value = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(cell) ? Number(cell.replace(",", ".")) : Number.NaN;
  if (Number.isFinite(value)) return value;
  report(column, `Expected a number (e.g. 2 or 1.5), got "${cell}".`, "invalid_type");
  return undefined;
}

function booleanCell(cell: string | undefined, column: string, report: Report): boolean | undefined {
  if (cell === undefined) return undefined;
  const word = cell.toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  report(column, `Expected yes or no (true/false, 1/0, да/нет), got "${cell}".`, "invalid_type");
  return undefined;
}

function linksCell(cell: string | undefined, report: Report): Record<string, string>[] | undefined {
  if (cell === undefined) return undefined;
  const links: Record<string, string>[] = [];
  for (const item of listCell(cell)) {
    const match = LINK_FORM.exec(item);
    if (match === null || !(LINK_RELATIONS as readonly string[]).includes(match[4]!)) {
      report("derived_from", `Expected links written frameworkId@version#nodeId=relation (relation: ${LINK_RELATIONS.join(", ")}), got "${item}".`);
      continue;
    }
    const [, frameworkId, version, nodeId, relation] = match;
    links.push({ frameworkId: frameworkId!, ...(version === undefined ? {} : { version }), nodeId: nodeId!, relation: relation! });
  }
  return links;
}

/** The spreadsheet column a node field's path points into. */
function columnOf(path: IssuePath): string {
  const [field, inner] = path;
  if (field === "title" || field === "guidance") return `${field}_${typeof inner === "string" ? inner : "en"}`;
  if (field === "source") return `source_${typeof inner === "string" ? inner : "document"}`;
  if (field === "applicability") return typeof inner === "string" ? inner : "modalities";
  if (field === "parentId") return "parent_id";
  if (field === "derivedFrom") return "derived_from";
  return typeof field === "string" ? field : "id";
}

function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((each) => {
    const key = `${each.path.join("\u0000")}\u0001${each.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortByLine(issues: readonly Issue[]): Issue[] {
  const lineOf = (each: Issue) => (each.path[0] === "line" && typeof each.path[1] === "number" ? each.path[1] : 0);
  return issues.map((each, order) => ({ each, order })).sort((a, b) => lineOf(a.each) - lineOf(b.each) || a.order - b.order).map(({ each }) => each);
}

/**
 * Options of {@link frameworkToCsv}.
 *
 * @example
 * ```ts
 * import type { FrameworkToCsvOptions } from "treatment-quality";
 *
 * const forExcel: FrameworkToCsvOptions = { delimiter: ";", byteOrderMark: true };
 * ```
 */
export interface FrameworkToCsvOptions {
  /** The separator (default `,`); spreadsheets set to Russian or German conventions expect `;`. */
  readonly delimiter?: CsvDelimiter;
  /** Start with a UTF-8 byte-order mark so that Excel shows Cyrillic text correctly (default false). */
  readonly byteOrderMark?: boolean;
}

/**
 * A framework's nodes as CSV text, one row per node with every column of
 * {@link FRAMEWORK_CSV_COLUMNS}, lines ended by CRLF. {@link parseFrameworkCsv} reads it back into
 * an equal framework, given the same metadata (which the spreadsheet does not hold).
 *
 * @param framework - the framework
 * @param options - see {@link FrameworkToCsvOptions}
 * @returns the CSV text
 *
 * @example
 * ```ts
 * import { frameworkToCsv, internationalStandards2020, parseFrameworkCsv } from "treatment-quality";
 *
 * const csv = frameworkToCsv(internationalStandards2020, { delimiter: ";" });
 * csv.split("\r\n")[0]?.startsWith("id;parent_id;code;kind;title_en"); // => true
 * const { nodes, ...metadata } = internationalStandards2020;
 * const back = parseFrameworkCsv(csv, { framework: metadata });
 * back.ok && back.value.nodes.length === nodes.length; // => true
 * ```
 */
export function frameworkToCsv(framework: Framework, options: FrameworkToCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  const header = FRAMEWORK_CSV_COLUMNS.map((column) => column.name);
  const lines = [header, ...framework.nodes.map((node) => cellsOf(node))].map((row) => `${formatCsvRow(row, delimiter)}\r\n`);
  return `${options.byteOrderMark === true ? "\ufeff" : ""}${lines.join("")}`;
}

function cellsOf(node: FrameworkNode): string[] {
  const flag = (value: boolean | undefined) => (value === undefined ? "" : String(value));
  const list = (values: readonly string[] | undefined) => values?.join(LIST_SEPARATOR) ?? "";
  const link = (each: NonNullable<FrameworkNode["derivedFrom"]>[number]) => `${each.frameworkId}${each.version === undefined ? "" : `@${each.version}`}#${each.nodeId}=${each.relation}`;
  return [
    node.id,
    node.parentId ?? "",
    node.code,
    node.kind,
    ...TEXT_LOCALES.map((locale) => node.title[locale] ?? ""),
    ...TEXT_LOCALES.map((locale) => node.guidance?.[locale] ?? ""),
    node.weight === undefined ? "" : String(node.weight),
    flag(node.critical),
    ...APPLICABILITY.map((dimension) => list(node.applicability?.[dimension])),
    list(node.evidence),
    node.source.document,
    node.source.edition,
    node.source.section ?? "",
    String(node.source.verified),
    node.source.note ?? "",
    flag(node.illustrative),
    node.derivedFrom?.map(link).join(LIST_SEPARATOR) ?? "",
  ];
}
