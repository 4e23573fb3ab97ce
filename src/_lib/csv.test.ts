import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCsvTokenizer, detectCsvDelimiter, formatCsvRow, tokenizeCsv, type CsvDelimiter } from "./csv.js";

/** Feed `text` in pieces cut at `cuts` (positions), as a stream would deliver it. */
function tokenizeInChunks(text: string, cuts: number[], delimiter: CsvDelimiter) {
  const tokenizer = createCsvTokenizer(delimiter);
  const positions = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const rows = [];
  let from = 0;
  for (const position of positions) {
    rows.push(...tokenizer.push(text.slice(from, position)));
    from = position;
  }
  rows.push(...tokenizer.push(text.slice(from)), ...tokenizer.end());
  return rows;
}

describe("tokenizeCsv", () => {
  it("reads quoted fields with delimiters, doubled quotes and line breaks, and numbers lines", () => {
    const text = '\ufeffid,title\r\nP1,"Ethics, consent"\nP2,"Say ""yes""\nor no"\rP3,plain\n';
    expect(tokenizeCsv(text)).toEqual([
      { line: 1, fields: ["id", "title"] },
      { line: 2, fields: ["P1", "Ethics, consent"] },
      { line: 3, fields: ["P2", 'Say "yes"\nor no'] },
      { line: 5, fields: ["P3", "plain"] },
    ]);
  });

  it("keeps the last record when the text has no final line break, and reads semicolons and tabs", () => {
    expect(tokenizeCsv("a;b\n1;2", ";")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "2"] },
    ]);
    expect(tokenizeCsv("a\tb", "\t")).toEqual([{ line: 1, fields: ["a", "b"] }]);
    expect(tokenizeCsv("")).toEqual([]);
    expect(tokenizeCsv("\n")).toEqual([{ line: 1, fields: [""] }]);
  });

  it("reports text after a closing quote and a quote never closed, and keeps a quote inside an unquoted field", () => {
    const [afterQuote, unclosed] = tokenizeCsv('"ab"c,d\n"open,e');
    expect(afterQuote).toMatchObject({ line: 1, fields: ["abc", "d"] });
    expect(afterQuote?.problem).toMatch(/field 1/);
    expect(unclosed).toMatchObject({ line: 2, fields: ["open,e"] });
    expect(unclosed?.problem).toMatch(/never closed/);
    expect(tokenizeCsv('5" screen,x')).toEqual([{ line: 1, fields: ['5" screen', "x"] }]);
  });

  it("detects the delimiter of a header line, ignoring quoted ones", () => {
    expect(detectCsvDelimiter("id;title;kind")).toBe(";");
    expect(detectCsvDelimiter('id,"a;b;c",kind')).toBe(",");
    expect(detectCsvDelimiter("id\ttitle")).toBe("\t");
    expect(detectCsvDelimiter("id")).toBe(",");
  });

  it("round-trips any table through formatCsvRow, whatever the chunking (property)", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "Я", ",", ";", "\t", '"', "\n", "\r", " ", "\ufeff", "1") });
    const delimiter = fc.constantFrom<CsvDelimiter>(",", ";", "\t");
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 });
    fc.assert(
      fc.property(table, delimiter, fc.array(fc.nat(), { maxLength: 8 }), (rows, separator, cuts) => {
        const text = rows.map((row) => `${formatCsvRow(row, separator)}\n`).join("");
        const read = tokenizeInChunks(text, cuts, separator);
        expect(read.map((row) => row.fields)).toEqual(rows);
        expect(read.every((row) => row.problem === undefined)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("numbers lines like a text editor does (property)", () => {
    const plainCell = fc.string({ unit: fc.constantFrom("a", "b", " ") });
    fc.assert(
      fc.property(fc.array(fc.array(plainCell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), fc.constantFrom("\n", "\r\n", "\r"), (rows, lineBreak) => {
        const text = rows.map((row) => row.join(",")).join(lineBreak);
        const read = tokenizeCsv(text);
        read.forEach((row, index) => expect(row.line).toBe(index + 1));
      }),
    );
  });
});
