import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ICD10, ICD11, ICD_CROSSWALK, findIcdMappings, mapIcd10ToIcd11, mapIcd11ToIcd10 } from "./index.js";

// Hand-written expectations from the rules stated in the issue and WHO's structure of both
// classifications (the oracle is the table below, not the code that builds the crosswalk).
const FORWARD: [string, string[]][] = [
  ["F11.2", ["6C43.2"]], // opioid dependence
  ["F12.1", ["6C41.0", "6C42.0", "6C41.1", "6C42.1"]], // cannabis harmful use: episode and pattern, cannabis and synthetic cannabinoids
  ["F13.3", ["6C44.4"]], // sedative withdrawal
  ["F10.0", ["6C40.3"]], // alcohol intoxication
  ["F10.4", ["6C40.5"]], // alcohol withdrawal with delirium -> alcohol-induced delirium
  ["F11.5", ["6C43.6"]], // opioid psychotic disorder
  ["F14.2", ["6C45.2"]], // cocaine dependence
  ["F15.2", ["6C46.2", "6C47.2", "6C4C.2"]], // caffeine has no dependence
  ["F15.0", ["6C46.3", "6C47.3", "6C48.2", "6C4C.3"]], // caffeine intoxication is 6C48.2
  ["F16.3", ["6C4C.4"]], // hallucinogens and dissociatives have no withdrawal in ICD-11; MDMA has
  ["F17.2", ["6C4A.2"]],
  ["F18.1", ["6C4B.0", "6C4B.1"]],
  ["F19.2", ["6C4D.2", "6C4E.2", "6C4F.2", "6C4G.2"]],
  ["F11.6", ["6D72.1"]], // amnesic syndrome leads outside the block
  ["F10.7", ["6D84.0"]],
  ["F11.7", []],
  ["F11", ["6C43"]],
  ["F12", ["6C41", "6C42"]],
];

describe("mapIcd10ToIcd11", () => {
  it.each(FORWARD)("%s -> %j", (code, expected) => {
    expect(mapIcd10ToIcd11(code)).toEqual(expected);
  });

  it("accepts codes without the dot and in lower case, and gives [] for unknown codes", () => {
    expect(mapIcd10ToIcd11("F112")).toEqual(["6C43.2"]);
    expect(mapIcd10ToIcd11(" f11.2 ")).toEqual(["6C43.2"]);
    for (const unknown of ["", "F20", "F11.", "F11.22", "X", "6C43.2"]) expect(mapIcd10ToIcd11(unknown)).toEqual([]);
  });
});

describe("mapIcd11ToIcd10", () => {
  it.each([
    ["6C43.2", ["F11.2"]],
    ["6C41.0", ["F12.1"]],
    ["6C41.1", ["F12.1"]],
    ["6C44.4", ["F13.3"]],
    ["6C48.2", ["F15.0"]],
    ["6C49.4", ["F16.4"]],
    ["6C4C.2", ["F15.2", "F16.2"]],
    ["6C4D.2", ["F16.2", "F19.2"]],
    ["6C43.20", ["F11.2"]],
    ["6C40.24", ["F10.2"]],
    ["6C43", ["F11"]],
    ["6C4H.0", []],
  ])("%s -> %j", (code, expected) => {
    expect(mapIcd11ToIcd10(code)).toEqual(expected);
  });

  it("accepts codes without the dot and in lower case, and gives [] for unknown codes", () => {
    expect(mapIcd11ToIcd10("6C432")).toEqual(["F11.2"]);
    expect(mapIcd11ToIcd10("6c43.20")).toEqual(["F11.2"]);
    for (const unknown of ["", "6C43.9", "6C4Z.2", "F11.2", "6C49.7"]) expect(mapIcd11ToIcd10(unknown)).toEqual([]);
  });

  it("gives relations that read from the code looked up", () => {
    expect(findIcdMappings("icd10", "F12.1")[0]).toEqual({ code: "6C41.0", relation: "narrower" });
    expect(findIcdMappings("icd11", "6C41.0")).toEqual([{ code: "F12.1", relation: "broader" }]);
    expect(findIcdMappings("icd11", "6C43.20")).toEqual([{ code: "F11.2", relation: "broader" }]);
    expect(findIcdMappings("icd10", "F10.4")).toEqual([{ code: "6C40.5", relation: "broader" }]);
  });
});

describe("ICD_CROSSWALK", () => {
  const icd10Codes = new Set(ICD10.entries.map((entry) => entry.code));
  const icd11Codes = new Set(ICD11.entries.map((entry) => entry.code));

  it("uses only codes of the two vocabularies, once per pair, each row unverified", () => {
    const pairs = new Set<string>();
    for (const row of ICD_CROSSWALK) {
      expect(icd10Codes.has(row.icd10), row.icd10).toBe(true);
      expect(icd11Codes.has(row.icd11), row.icd11).toBe(true);
      expect(row.verified).toBe(false);
      pairs.add(`${row.icd10}>${row.icd11}`);
    }
    expect(pairs.size).toBe(ICD_CROSSWALK.length);
  });

  it("is symmetric: every code a code maps to maps back to it, with the inverse relation", () => {
    const inverse = { equivalent: "equivalent", narrower: "broader", broader: "narrower", related: "related" } as const;
    fc.assert(
      fc.property(fc.constantFrom(...icd10Codes), (code) => {
        for (const target of findIcdMappings("icd10", code)) {
          expect(findIcdMappings("icd11", target.code)).toContainEqual({ code, relation: inverse[target.relation] });
        }
      }),
    );
  });

  it("maps every ICD-10 category and every dependence, harmful use and intoxication code somewhere", () => {
    for (const code of icd10Codes) {
      if (/^F1\d(\.[0-2])?$/.test(code)) expect(mapIcd10ToIcd11(code).length, code).toBeGreaterThan(0);
    }
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (value) => {
        expect(Array.isArray(mapIcd10ToIcd11(value as string))).toBe(true);
        expect(Array.isArray(mapIcd11ToIcd10(value as string))).toBe(true);
      }),
    );
  });
});
