import { describe, expect, it } from "vitest";
import { fhirProblems } from "../../test/support/fhir-validator.js";
import { ATC, codesOf, ICD10, MODALITY, SUBSTANCE, VOCABULARIES } from "../codes/index.js";
import { CODE_MAPS, toTdiRecord } from "../services/index.js";
import { fhirCodeSystemUrl, toFhirCodeSystem, toFhirValueSet } from "./code-system.js";
import { toFhirConceptMap } from "./concept-map.js";

describe("vocabularies as CodeSystem and ValueSet", () => {
  it("gives every vocabulary a CodeSystem and a ValueSet that the independent R4 validator accepts", () => {
    const problems = VOCABULARIES.flatMap((vocabulary) => [...fhirProblems(toFhirCodeSystem(vocabulary)), ...fhirProblems(toFhirValueSet(vocabulary))].map((problem) => `${vocabulary.system} ${problem}`));
    expect(problems).toEqual([]);
    expect(VOCABULARIES.length).toBeGreaterThan(30);
  });

  it("has one concept per code, in order, with the English name, labels in other locales, and what is unverified", () => {
    for (const vocabulary of VOCABULARIES) {
      const system = toFhirCodeSystem(vocabulary);
      expect(system.concept?.map((concept) => [concept.code, concept.display])).toEqual(vocabulary.entries.map((entry) => [entry.code, entry.name]));
      expect(system.count).toBe(vocabulary.entries.length);
    }
    const outpatient = toFhirCodeSystem(MODALITY).concept?.find((concept) => concept.code === "outpatient");
    expect(outpatient?.designation?.map((each) => each.language)).toEqual(["en", "ru", "uz", "kk"]);
    const diamorphine = toFhirCodeSystem(ATC).concept?.find((concept) => concept.code === "N07BC06");
    expect(diamorphine?.property?.map((each) => each.code)).toEqual(["unverified", "note"]);
    expect(toFhirCodeSystem(ICD10).concept?.find((concept) => concept.code === "F11.2")?.property).toEqual([{ code: "parent", valueCode: "F11" }]);
  });

  it("supplements the classifications it holds a part of, under its own URL, and uses the canonical base for its own", () => {
    expect([toFhirCodeSystem(ATC).url, toFhirCodeSystem(ATC).content, toFhirCodeSystem(ATC).supplements]).toEqual(["https://www.npmjs.com/package/treatment-quality/fhir/CodeSystem/atc", "supplement", "http://www.whocc.no/atc"]);
    expect(fhirCodeSystemUrl(ATC)).toBe("http://www.whocc.no/atc");
    expect([toFhirCodeSystem(MODALITY).url, toFhirCodeSystem(MODALITY).content]).toEqual(["https://www.npmjs.com/package/treatment-quality/fhir/CodeSystem/modality", "complete"]);
    expect(fhirCodeSystemUrl(MODALITY, { canonicalBase: "https://fhir.health.example/fhir/" })).toBe("https://fhir.health.example/fhir/CodeSystem/modality");
    expect(toFhirValueSet(ATC).compose?.include[0]?.concept?.map((concept) => concept.code)).toEqual(codesOf(ATC));
    expect(toFhirCodeSystem(MODALITY, { version: "2024.1" }).version).toBe("2024.1");
    expect(() => toFhirCodeSystem(MODALITY, { canonicalBase: "not a url" })).toThrow(/canonicalBase must be an absolute URL/);
  });

  it("is checked by a validator that does catch mistakes", () => {
    const broken = { ...toFhirCodeSystem(MODALITY), content: "everything", concept: [{ code: "a", designation: [{ language: "ru", valu: "x" }] }] };
    expect(fhirProblems(broken).length).toBeGreaterThanOrEqual(2);
  });
});

describe("code maps as ConceptMap", () => {
  it("gives every code map a ConceptMap the validator accepts, with every row and its equivalence", () => {
    const equivalence = { equivalent: "equivalent", narrower: "narrower", broader: "wider", related: "inexact" } as const;
    for (const map of CODE_MAPS) {
      const conceptMap = toFhirConceptMap(map);
      expect(fhirProblems(conceptMap), map.id).toEqual([]);
      const rows = conceptMap.group?.flatMap((group) => group.element.flatMap((element) => (element.target ?? []).map((target) => [element.code, target.code, target.equivalence])));
      expect(rows, map.id).toEqual(map.rows.map((row) => [row.from, row.to, equivalence[row.relation]]));
      expect(conceptMap.status, map.id).toBe(map.rows.some((row) => row.verified === false) ? "draft" : "active");
    }
  });

  it("maps substances to TDI exactly as toTdiRecord does", () => {
    const map = CODE_MAPS.find((each) => each.id === "substance-to-tdi-primary-drug")!;
    for (const substance of codesOf(SUBSTANCE)) {
      const record = toTdiRecord({ id: "E", patientId: "P", facilityId: "F", modality: "outpatient", admissionDate: "2020-01-01", primarySubstance: substance });
      expect(map.rows.find((row) => row.from === substance)?.to, substance).toBe(record.primaryDrug);
    }
  });
});

describe("the validator's work-around for falsy choice values", () => {
  it("still reports a choice element that has no value at all", () => {
    const system = toFhirCodeSystem(MODALITY);
    const broken = { ...system, concept: [{ code: "x", property: [{ code: "note" }] }] };
    expect(fhirProblems(broken)).toEqual(["CodeSystem.concept[0].property[0].value[x]: Missing property"]);
    expect(fhirProblems({ ...system, concept: [{ code: "x", property: [{ code: "unverified", valueBoolean: false }] }] })).toEqual([]);
  });
});
