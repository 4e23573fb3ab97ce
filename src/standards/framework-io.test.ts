import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frameworkArb } from "../../test/framework-arbitraries.js";
import { FRAMEWORK_CSV_COLUMNS, frameworkToCsv, parseFrameworkCsv, parseFrameworkRows } from "./framework-csv.js";
import { frameworkToJson, parseFrameworkJson } from "./framework-json.js";
import type { Framework } from "./framework.js";

const metadata = {
  id: "clinic",
  version: "1",
  title: { en: "Clinic standard" },
  publisher: "Clinic",
  year: 2024,
  source: { document: "Clinic standard", edition: "1", verified: true },
  status: "illustrative" as const,
};

function split({ nodes, ...rest }: Framework) {
  return { nodes, metadata: rest };
}

function paths(result: { ok: boolean; issues?: readonly { path: readonly (string | number)[]; code: string }[] }) {
  return result.ok ? [] : result.issues!.map((each) => `${each.path.join(" ")} ${each.code}`);
}

describe("framework JSON", () => {
  it("round-trips random frameworks without loss (property)", () => {
    fc.assert(
      fc.property(frameworkArb, fc.constantFrom(0, 2), (framework, indent) => {
        const back = parseFrameworkJson(frameworkToJson(framework, indent));
        expect(back.ok && back.value).toEqual(framework);
      }),
      { numRuns: 150 },
    );
  });

  it("reports text that is not JSON, and passes resolveAgainst on", () => {
    expect(paths(parseFrameworkJson("{"))).toEqual([" invalid_format"]);
    const notJson = parseFrameworkJson("{");
    expect(notJson.ok || notJson.issues[0]?.message).toMatch(/^The text is not valid JSON: .+\.$/);
    const framework = { ...metadata, nodes: [{ id: "A", code: "1", kind: "criterion", title: { en: "A" }, source: metadata.source, derivedFrom: [{ frameworkId: "x", nodeId: "y", relation: "related" }] }] };
    expect(parseFrameworkJson(JSON.stringify(framework)).ok).toBe(true);
    expect(paths(parseFrameworkJson(JSON.stringify(framework), { resolveAgainst: [] }))).toEqual(["nodes 0 derivedFrom 0 frameworkId unknown_reference"]);
  });
});

describe("framework CSV", () => {
  it("round-trips random frameworks without loss, with any delimiter (property)", () => {
    fc.assert(
      fc.property(frameworkArb, fc.constantFrom(",", ";", "\t") as fc.Arbitrary<"," | ";" | "\t">, fc.boolean(), (framework, delimiter, byteOrderMark) => {
        const { metadata: frameworkMetadata } = split(framework);
        const back = parseFrameworkCsv(frameworkToCsv(framework, { delimiter, byteOrderMark }), { framework: frameworkMetadata });
        expect(back.ok ? back.value : back.issues).toEqual(framework);
      }),
      { numRuns: 150 },
    );
  });

  it("reports every bad row by line and column, and does not report the children of a bad row again", () => {
    const csv = [
      "ID,Parent_ID,code,kind,title_en,title_ru,weight,critical,evidence,source_document,source_edition,source_verified,derived_from,comment",
      "S1,,1,section,Access,Доступ,,,,Clinic standard,1,yes,,",
      '"S1.1",S1,1.1,criterion,"Opening hours, posted",,"1,5",да,observation,Clinic standard,1,1,,note',
      ",,,,,,,,,,,,,",
      "S2,,2,section,Rights,Права,,,,Clinic standard,1,maybe,,",
      "S2.1,S2,2.1,criterion,Consent,,heavy,,interview,Clinic standard,1,yes,is@2020#P2.1.1=same,",
      "S2.2,S9,2.2,criterion,Complaints,,,,,Clinic standard,1,yes,,",
      "S1.1,S1,1.2,criterion,Duplicate id,,,,,Clinic standard,1,yes,,",
      "S3,,3,bogus,Broken kind,,,,,,1,yes,,",
    ].join("\n");
    const result = parseFrameworkCsv(csv, { framework: metadata, ignoreColumns: ["Comment"] });
    expect(paths(result)).toEqual([
      "line 5 source_verified invalid_type",
      "line 6 weight invalid_type",
      "line 6 derived_from invalid_format",
      "line 6 evidence unknown_code",
      "line 7 parent_id unknown_reference",
      "line 8 id duplicate",
      "line 9 kind unknown_code",
      "line 9 source_document missing",
    ]);
  });

  it("reads a valid sheet: semicolons detected, decimal commas, yes/no words, lists and links", () => {
    const csv = [
      "id;parent_id;code;kind;title_en;weight;critical;modalities;populations;evidence;source_document;source_edition;source_section;source_verified;illustrative;derived_from",
      "S1;;1;section;Access;;;outpatient | recovery-management;;;Std;1;;yes;;",
      "S1.1;S1;1.1;criterion;Hours;2,5;нет;;women;observation|staff-interview;Std;1;1.1;no;true;is@2020#P1.1.1=narrower|eu#D3.2=related",
    ].join("\r\n");
    const result = parseFrameworkCsv(csv, { framework: metadata });
    expect(result.ok && result.value.nodes).toEqual([
      { id: "S1", code: "1", kind: "section", title: { en: "Access" }, applicability: { modalities: ["outpatient", "recovery-management"] }, source: { document: "Std", edition: "1", verified: true } },
      {
        id: "S1.1",
        parentId: "S1",
        code: "1.1",
        kind: "criterion",
        title: { en: "Hours" },
        weight: 2.5,
        critical: false,
        applicability: { populations: ["women"] },
        evidence: ["observation", "staff-interview"],
        source: { document: "Std", edition: "1", section: "1.1", verified: false },
        illustrative: true,
        derivedFrom: [
          { frameworkId: "is", version: "2020", nodeId: "P1.1.1", relation: "narrower" },
          { frameworkId: "eu", nodeId: "D3.2", relation: "related" },
        ],
      },
    ]);
  });

  it("reports header problems: missing, duplicate and unknown columns, an empty text, quoting and extra cells", () => {
    expect(paths(parseFrameworkCsv("", { framework: metadata }))).toEqual([" missing"]);
    expect(paths(parseFrameworkCsv("id,code,code,tittle_en\n", { framework: metadata }))).toEqual([
      "line 1 code duplicate",
      "line 1 tittle_en unrecognized_key",
      "line 1 kind missing",
      "line 1 title_en missing",
      "line 1 source_document missing",
      "line 1 source_edition missing",
      "line 1 source_verified missing",
    ]);
    const header = "id,code,kind,title_en,source_document,source_edition,source_verified";
    expect(paths(parseFrameworkCsv(`${header}\nA,1,criterion,"Open,Std,1,yes`, { framework: metadata }))).toEqual(["line 2 invalid_format", "line 2 source_document missing", "line 2 source_edition missing", "line 2 source_verified missing"]);
    expect(paths(parseFrameworkCsv(`${header}\nA,1,criterion,T,Std,1,yes,surplus`, { framework: metadata }))).toEqual(["line 2 invalid_format"]);
    expect(paths(parseFrameworkCsv(`${header},extra\nA,1,criterion,T,Std,1,yes,`, { framework: metadata }))).toEqual(["line 1 extra unrecognized_key"]);
  });

  it("reports metadata problems under framework, and an empty sheet once", () => {
    const header = "id,code,kind,title_en,source_document,source_edition,source_verified";
    expect(paths(parseFrameworkCsv(`${header}\nA,1,criterion,T,Std,1,yes`, { framework: { ...metadata, year: 1800 } }))).toEqual(["framework year out_of_range"]);
    expect(paths(parseFrameworkCsv(`${header}\n`, { framework: metadata }))).toEqual(["framework nodes out_of_range"]);
    expect(paths(parseFrameworkCsv(`${header}\nA,1,criterion,T,Std,1,perhaps`, { framework: metadata }))).toEqual(["line 2 source_verified invalid_type"]);
  });

  it("reads rows from a spreadsheet library, with typed cells, numbering lines from 2", () => {
    const rows = [
      { id: "S1", code: "1", kind: "section", title_en: "Access", source_document: "Std", source_edition: 1, source_verified: true },
      { id: "S1.1", parent_id: "S1", code: 1.1, kind: "criterion", title_en: "Hours", weight: 2, critical: false, source_document: "Std", source_edition: 1, source_verified: null },
    ];
    expect(paths(parseFrameworkRows(rows, { framework: metadata }))).toEqual(["line 3 source_verified missing"]);
    const fixed = parseFrameworkRows([rows[0]!, { ...rows[1]!, source_verified: "no" }], { framework: metadata });
    expect(fixed.ok && fixed.value.nodes[1]).toMatchObject({ code: "1.1", weight: 2, critical: false, source: { edition: "1", verified: false } });
  });
});

describe("framework CSV, cell by cell", () => {
  const header = "id,code,kind,title_en,source_document,source_edition,source_verified";
  const messages = (result: { ok: boolean; issues?: readonly { path: readonly (string | number)[]; message: string }[] }) => (result.ok ? [] : result.issues!.map((each) => `${each.path.join(" ")}: ${each.message}`));

  it("lists its columns, in the order it writes them, with what each holds", () => {
    expect(FRAMEWORK_CSV_COLUMNS.map((column) => `${column.name}${column.required ? "*" : ""}: ${column.holds}`)).toEqual([
      "id*: The node's id.",
      "parent_id: The parent's id; empty for a root.",
      "code*: The code shown to people.",
      "kind*: principle, standard, criterion, ...",
      "title_en*: The title in en.",
      "title_ru: The title in ru.",
      "title_uz: The title in uz.",
      "title_kk: The title in kk.",
      "guidance_en: The assessor's guidance in en.",
      "guidance_ru: The assessor's guidance in ru.",
      "guidance_uz: The assessor's guidance in uz.",
      "guidance_kk: The assessor's guidance in kk.",
      "weight: A positive number; empty means 1.",
      "critical: Yes/no.",
      "modalities: Modality codes the node applies to.",
      "settings: Setting codes the node applies to.",
      "populations: Population codes the node applies to.",
      "evidence: Evidence types.",
      "source_document*: The cited document.",
      "source_edition*: Its edition.",
      "source_section: The section cited.",
      "source_verified*: Yes/no: was the section checked.",
      "source_note: A note on the citation.",
      "illustrative: Yes/no: is the content our own elaboration.",
      "derived_from: Links: frameworkId@version#nodeId=relation, separated by |.",
    ]);
  });

  it("writes commas and CRLF by default, a byte-order mark only when asked, and every field of a node", () => {
    const node = {
      id: "A.1",
      parentId: "A",
      code: "1.1",
      kind: "criterion",
      title: { en: "Hours, posted", ru: "Часы" },
      weight: 1.5,
      critical: true,
      applicability: { modalities: ["outpatient", "recovery-management"] },
      evidence: ["observation"],
      source: { document: "Std", edition: "1", section: "2", verified: false, note: "n" },
      illustrative: false,
      derivedFrom: [{ frameworkId: "is", version: "2020", nodeId: "P1", relation: "narrower" }, { frameworkId: "eu", nodeId: "D3", relation: "related" }],
    } as const;
    const framework = { ...metadata, nodes: [{ id: "A", code: "1", kind: "section", title: { en: "A" }, source: metadata.source }, node] } as Framework;
    const csv = frameworkToCsv(framework);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(FRAMEWORK_CSV_COLUMNS.map((column) => column.name).join(","));
    expect(lines[2]).toBe('A.1,A,1.1,criterion,"Hours, posted",Часы,,,,,,,1.5,true,outpatient|recovery-management,,,observation,Std,1,2,false,n,false,is@2020#P1=narrower|eu#D3=related');
    expect([lines.length, lines.at(-1)]).toEqual([4, ""]);
    expect(csv.startsWith("\ufeff")).toBe(false);
    const forExcel = frameworkToCsv(framework, { delimiter: ";", byteOrderMark: true });
    expect(forExcel.startsWith("\ufeffid;parent_id;code;kind;")).toBe(true);
    expect(frameworkToCsv(framework, { byteOrderMark: false }).startsWith("id,")).toBe(true);
  });

  it("detects the separator from the header line alone", () => {
    // The title holds more commas than the whole text has semicolons; only the header decides.
    const title = "Access, hours, signs, ramps, lifts, toilets, parking, lights, doors, stairs, rails, water, heat, air, noise, beds";
    const csv = ["id;code;kind;title_en;source_document;source_edition;source_verified", `A;1;criterion;${title};Std;1;yes`].join("\n");
    const result = parseFrameworkCsv(csv, { framework: metadata });
    expect(result.ok && result.value.nodes[0]?.title.en).toBe(title);
    expect(parseFrameworkCsv("id;code;kind;title_en;source_document;source_edition;source_verified", { framework: metadata }).ok || "read as one header").toBe("read as one header");
  });

  it("reads column names trimmed and in any case, in the header and in ignoreColumns", () => {
    const csv = [" ID , Code ,kind,title_en,source_document,source_edition,source_verified, Notes ", "A,1,criterion,T,Std,1,yes,checked"].join("\n");
    const result = parseFrameworkCsv(csv, { framework: metadata, ignoreColumns: [" notes "] });
    expect(result.ok ? result.value.nodes.map((each) => [each.id, each.code]) : messages(result)).toEqual([["A", "1"]]);
  });

  it("reads cells trimmed, keeps a node's absent fields absent, and accepts blank extra cells", () => {
    const csv = [`${header},parent_id,source_section,source_note,illustrative,derived_from`, " A , 1 , criterion ,Title,Std,1, yes ,,,,,,  ,"].join("\n");
    const result = parseFrameworkCsv(csv, { framework: metadata });
    expect(result.ok && result.value.nodes).toStrictEqual([{ id: "A", code: "1", kind: "criterion", title: { en: "Title" }, source: { document: "Std", edition: "1", verified: true } }]);
    const linked = parseFrameworkCsv([`${header},derived_from`, "A,1,criterion,T,Std,1,yes,eu#D3=related"].join("\n"), { framework: metadata });
    expect(linked.ok && linked.value.nodes[0]?.derivedFrom).toStrictEqual([{ frameworkId: "eu", nodeId: "D3", relation: "related" }]);
  });

  it("reads numbers written with a sign, a decimal point or comma, or an exponent, and nothing else", () => {
    const weight = (cell: string) => {
      const result = parseFrameworkCsv([`${header},weight`, `A,1,criterion,T,Std,1,yes,${cell}`].join("\n"), { framework: metadata });
      return result.ok ? result.value.nodes[0]?.weight : result.issues.map((each) => each.code).join(" ");
    };
    expect(["2", "+2", "1.5", '"1,5"', ".5", '",5"', "2.", "1e1", "1E+1", "15e-1"].map(weight)).toEqual([2, 2, 1.5, 1.5, 0.5, 0.5, 2, 10, 10, 1.5]);
    // "0x10", "0b1" and "0o7" begin with a number and JavaScript's Number() reads them whole: the form must match to the end.
    expect(["x2", "2x", "1e", "e1", "1.2.3", "1e1.5", "1e+", "- 2", ". 5", ".x", "0x10", "0b1", "0o7"].map(weight)).toEqual(Array(13).fill("invalid_type"));
  });

  it("reads a link only when the whole item has the link form", () => {
    const link = (item: string) => paths(parseFrameworkCsv([`${header},derived_from`, `A,1,criterion,T,Std,1,yes,"${item}"`].join("\n"), { framework: metadata }));
    expect(["eu#D3=related", "eu@2015#D3=related"].map(link)).toEqual([[], []]);
    expect(["a b#D3=related", "eu#D3=related x", "eu#D3", "#D3=related"].map(link)).toEqual(Array(4).fill(["line 2 derived_from invalid_format"]));
  });

  it("says what each cell should hold", () => {
    // Two bad links in one cell: the cell is reported once, with the first.
    const csv = [`${header},weight,critical,derived_from`, "A,1,criterion,T,Std,1,yes,heavy,maybe,just-a-link|eu#D3=same"].join("\n");
    expect(messages(parseFrameworkCsv(csv, { framework: metadata }))).toEqual([
      'line 2 weight: Expected a number (e.g. 2 or 1.5), got "heavy".',
      'line 2 critical: Expected yes or no (true/false, 1/0, да/нет), got "maybe".',
      'line 2 derived_from: Expected links written frameworkId@version#nodeId=relation (relation: equivalent, narrower, broader, related), got "just-a-link".',
    ]);
    expect(messages(parseFrameworkCsv("id,code,code,tittle_en\nA,1,1,T", { framework: metadata }))).toEqual([
      'line 1 code: The column "code" appears twice in the header.',
      `line 1 tittle_en: Unknown column "tittle_en"; the columns are ${FRAMEWORK_CSV_COLUMNS.map((column) => column.name).join(", ")} (list extra ones in ignoreColumns).`,
      'line 1 kind: The header has no "kind" column, which is required.',
      'line 1 title_en: The header has no "title_en" column, which is required.',
      'line 1 source_document: The header has no "source_document" column, which is required.',
      'line 1 source_edition: The header has no "source_edition" column, which is required.',
      'line 1 source_verified: The header has no "source_verified" column, which is required.',
    ]);
    expect(messages(parseFrameworkCsv(`${header}\nA,1,criterion,T,Std,1,yes,surplus`, { framework: metadata }))).toEqual(["line 2: The row has 8 cells but the header names 7 columns."]);
    expect(messages(parseFrameworkCsv(" \n", { framework: metadata }))).toEqual([": The text has no header row."]);
  });

  it("reports only the header when a column repeats or is missing, whatever the rows hold", () => {
    expect(paths(parseFrameworkCsv(`${header},code\nA,1,bogus,T,Std,1,maybe,1`, { framework: metadata }))).toEqual(["line 1 code duplicate"]);
    expect(paths(parseFrameworkCsv("id,code,kind,title_en,source_document,source_edition\nA,1,bogus,T,Std,1", { framework: metadata }))).toEqual(["line 1 source_verified missing"]);
    // An unnamed column (a trailing separator in the header) is not a problem.
    expect(parseFrameworkCsv(`${header},\nA,1,criterion,T,Std,1,yes,`, { framework: metadata }).ok).toBe(true);
  });

  it("does not report again what follows from a rejected row, and reports the rest by line, in order", () => {
    // Line 2 is rejected (a bad weight, its id given with spaces): its child on line 3 is not reported for a missing parent.
    const csv = [`${header},parent_id,weight`, " A ,1,section,T,Std,1,yes,,heavy", "A.1,1.1,criterion,T,Std,1,yes,A,", "B,3,criterion,T,Std,1,yes,A.9,", "C,4,criterion,T,Std,1,maybe,,x"].join("\n");
    expect(paths(parseFrameworkCsv(csv, { framework: metadata }))).toEqual(["line 2 weight invalid_type", "line 4 parent_id unknown_reference", "line 5 weight invalid_type", "line 5 source_verified invalid_type"]);
    // Only bad rows: their problems, not also "no nodes".
    expect(paths(parseFrameworkCsv(`${header}\nA,1,criterion,T,Std,1,maybe`, { framework: metadata }))).toEqual(["line 2 source_verified invalid_type"]);
  });

  it("names the column of a problem inside a node's fields", () => {
    const csv = [`${header},title_ru,guidance_kk,settings,source_section,derived_from`, "A,1,criterion,T,Std,1,yes,Т,Г,nowhere,2,", "B,2,criterion,,Std,1,yes,,,,,", "C,3,criterion,T,Std,1,yes,,,,,x@1#Y=related"].join("\n");
    expect(paths(parseFrameworkCsv(csv, { framework: metadata, resolveAgainst: [] }))).toEqual([
      "line 2 guidance_en missing",
      "line 2 settings unknown_code",
      "line 3 title_en missing",
      "line 4 derived_from unknown_reference",
    ]);
    expect(paths(parseFrameworkRows([{ id: "A", code: "1", kind: "criterion", title_en: "  ", title_ru: "Т", source_document: "Std", source_edition: "1", source_verified: true }], { framework: metadata }))).toEqual(["line 2 title_en missing"]);
  });
});

describe("parseFrameworkCsv: number and yes/no forms, and the column of a bad yes/no", () => {
  const header = "id,code,kind,title_en,weight,critical,illustrative,source_document,source_edition,source_verified";

  it("reads a weight given with a leading decimal point or a two-digit exponent, and 0 as no", () => {
    const result = parseFrameworkCsv(`${header}\nA,1,criterion,T,.25,0,,Std,1,yes\nB,2,criterion,T,25e-02,1,,Std,1,yes`, { framework: metadata });
    expect(result.ok && result.value.nodes.map((node) => [node.weight, node.critical])).toEqual([
      [0.25, false],
      [0.25, true],
    ]);
  });

  it("names the illustrative column when its cell is neither yes nor no", () => {
    expect(paths(parseFrameworkCsv(`${header}\nA,1,criterion,T,,,maybe,Std,1,yes`, { framework: metadata }))).toEqual(["line 2 illustrative invalid_type"]);
  });
});
