import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frameworkArb } from "../../test/framework-arbitraries.js";
import { frameworkToCsv, parseFrameworkCsv, parseFrameworkRows } from "./framework-csv.js";
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
