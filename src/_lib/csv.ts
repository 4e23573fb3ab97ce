/**
 * A CSV tokenizer (RFC 4180 with the habits of real spreadsheets) and its inverse. Incremental:
 * text can arrive in chunks of any size, so a reader of a large file keeps only the current row in
 * memory. Every row carries the line on which it starts, so a problem can be reported where a person
 * will find it in the file.
 */

/** One record of a CSV text. */
export interface CsvRow {
  /** The 1-based line on which the record starts (a quoted field may span several lines). */
  readonly line: number;
  /** The fields, unquoted. */
  readonly fields: string[];
  /** What is wrong with the record's quoting, if anything; the fields are still given as read. */
  readonly problem?: string;
}

/**
 * The separators CSV text may use: comma, semicolon (what spreadsheets set to Russian, German and
 * many other conventions write) or tab.
 *
 * @example
 * ```ts
 * import type { CsvDelimiter } from "treatment-quality";
 *
 * const excelInRussian: CsvDelimiter = ";";
 * ```
 */
export type CsvDelimiter = "," | ";" | "\t";

/** A tokenizer fed with chunks of text. */
export interface CsvTokenizer {
  /** Feed the next chunk; returns the records completed by it. */
  push(chunk: string): CsvRow[];
  /** Signal the end of the text; returns the last record, if any. */
  end(): CsvRow[];
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

type State = "field-start" | "unquoted" | "quoted" | "quote-in-quoted" | "after-quoted";

/**
 * A tokenizer for `delimiter`-separated text. Quoted fields may hold delimiters, doubled quotes and
 * line breaks; `\r\n`, `\n` and `\r` all end a record; a byte-order mark at the start is dropped;
 * a text that ends without a final line break keeps its last record. A quote inside an unquoted
 * field is kept as a character; text after a closing quote, or a quote left open at the end, is
 * reported as the record's `problem`.
 */
export function createCsvTokenizer(delimiter: CsvDelimiter = ","): CsvTokenizer {
  const separator = delimiter.charCodeAt(0);
  let state: State = "field-start";
  let field = "";
  let fields: string[] = [];
  let line = 1;
  let rowLine = 1;
  let problem: string | undefined;
  let pendingCr = false;
  let crInQuotes = false;
  let atStart = true;
  let rowHasContent = false;

  function finishRow(rows: CsvRow[]): void {
    fields.push(field);
    rows.push(problem === undefined ? { line: rowLine, fields } : { line: rowLine, fields, problem });
    field = "";
    fields = [];
    problem = undefined;
    state = "field-start";
    rowHasContent = false;
  }

  function push(chunk: string): CsvRow[] {
    const rows: CsvRow[] = [];
    let text = chunk;
    if (atStart && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      atStart = false;
    }
    // Characters are not appended one by one: a run of field characters is sliced out of the chunk
    // in one piece when something else (a separator, a quote, a line break, the chunk's end) comes.
    let runStart = -1;
    const flush = (to: number) => {
      if (runStart >= 0) {
        field += text.slice(runStart, to);
        runStart = -1;
      }
    };
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (pendingCr) {
        pendingCr = false;
        if (code === LF) continue;
      }
      if (!rowHasContent) {
        rowLine = line;
        rowHasContent = true;
      }
      if (state === "quoted") {
        if (code === QUOTE) {
          flush(index);
          state = "quote-in-quoted";
        } else {
          if (code === CR || (code === LF && !crInQuotes)) line += 1;
          crInQuotes = code === CR;
          if (runStart < 0) runStart = index;
        }
        continue;
      }
      if (state === "quote-in-quoted") {
        if (code === QUOTE) {
          // A doubled quote: the second one is the literal character.
          runStart = index;
          state = "quoted";
          continue;
        }
        state = "after-quoted";
      }
      if (code === separator) {
        flush(index);
        fields.push(field);
        field = "";
        state = "field-start";
      } else if (code === LF || code === CR) {
        flush(index);
        line += 1;
        pendingCr = code === CR;
        finishRow(rows);
      } else if (state === "field-start" && code === QUOTE) {
        state = "quoted";
        crInQuotes = false;
      } else {
        if (state === "after-quoted") problem ??= `Text follows the closing quote of field ${fields.length + 1}; quote the whole field and double any quote inside it.`;
        else state = "unquoted";
        if (runStart < 0) runStart = index;
      }
    }
    flush(text.length);
    return rows;
  }

  function end(): CsvRow[] {
    const rows: CsvRow[] = [];
    if (state === "quoted") problem ??= `A quoted field opened on line ${rowLine} is never closed.`;
    if (rowHasContent) finishRow(rows);
    return rows;
  }

  return { push, end };
}

/** Every record of a whole CSV text. */
export function tokenizeCsv(text: string, delimiter: CsvDelimiter = ","): CsvRow[] {
  const tokenizer = createCsvTokenizer(delimiter);
  return [...tokenizer.push(text), ...tokenizer.end()];
}

/**
 * The delimiter a header line uses: the one of comma, semicolon and tab that occurs most often
 * outside quotes, comma when none occurs.
 */
export function detectCsvDelimiter(headerLine: string): CsvDelimiter {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const character of headerLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && character in counts) counts[character as CsvDelimiter] += 1;
  }
  const best = (Object.keys(counts) as CsvDelimiter[]).reduce((winner, each) => (counts[each] > counts[winner] ? each : winner), ",");
  return best;
}

/** One record as CSV text (without the line break), quoting the fields that need it. */
export function formatCsvRow(fields: readonly string[], delimiter: CsvDelimiter = ","): string {
  return fields.map((field) => (needsQuotes(field, delimiter) ? `"${field.replaceAll('"', '""')}"` : field)).join(delimiter);
}

function needsQuotes(field: string, delimiter: CsvDelimiter): boolean {
  return field.includes(delimiter) || field.includes('"') || field.includes("\n") || field.includes("\r") || field.startsWith("\ufeff");
}
