import { describe, expect, it } from "vitest";
import { ATC, ICD10, ICD11, MEDICATION_CLASS, MEDICATION_ROLE, VOCABULARIES, codesOf, findVocabulary, listVocabularies, lookupAtc } from "./index.js";

describe("vocabularies", () => {
  it("have unique, short, stable system ids and a source each", () => {
    const systems = VOCABULARIES.map((vocabulary) => vocabulary.system);
    expect(new Set(systems).size).toBe(systems.length);
    for (const vocabulary of VOCABULARIES) {
      expect(vocabulary.system).toMatch(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z]*)?$/);
      expect(vocabulary.source.length).toBeGreaterThan(20);
      expect(vocabulary.title.length).toBeGreaterThan(3);
    }
  });

  it("hold distinct codes with names, parents that exist, and notes where unverified", () => {
    for (const vocabulary of VOCABULARIES) {
      const codes = codesOf(vocabulary);
      expect(new Set(codes).size, vocabulary.system).toBe(codes.length);
      for (const entry of vocabulary.entries) {
        expect(entry.name.trim().length, `${vocabulary.system} ${entry.code}`).toBeGreaterThan(0);
        if (entry.parent !== undefined) expect(codes).toContain(entry.parent);
        if (entry.verified === false) expect(entry.note, `${vocabulary.system} ${entry.code}`).toBeTruthy();
      }
    }
  });

  it("are listed with their codes by listVocabularies and found by system id", () => {
    const listed = listVocabularies();
    expect(listed.map((each) => each.system)).toEqual(VOCABULARIES.map((each) => each.system));
    for (const system of ["modality", "setting", "population", "linkedService", "contactType", "icd10", "icd11", "atc", "tdi.referralSource", "tdi.primaryDrug", "teds.reason", "teds.lengthOfStay", "asam"]) {
      expect(findVocabulary(system), system).toBeDefined();
    }
    expect(listed.find((each) => each.system === "modality")?.codes).toEqual([
      "community-outreach",
      "screening-brief-intervention",
      "outpatient",
      "short-term-inpatient",
      "long-term-residential",
      "recovery-management",
    ]);
  });

  it("give ICD-10 F10-F19 with the ten fourth characters, and ICD-11's block with its state numbering", () => {
    expect(ICD10.entries).toHaveLength(110);
    const icd11 = new Map(ICD11.entries.map((entry) => [entry.code, entry.name]));
    expect(icd11.get("6C43.2")).toBe("Opioid dependence");
    expect(icd11.get("6C43.0")).toBe("Episode of harmful use of opioids");
    expect(icd11.get("6C44.4")).toBe("Sedative, hypnotic or anxiolytic withdrawal");
    expect(icd11.get("6C48.2")).toBe("Caffeine intoxication");
    expect(icd11.get("6C49.4")).toBe("Hallucinogen-induced delirium");
    expect(icd11.has("6C48.5")).toBe(false);
    expect(icd11.has("6C4H.2")).toBe(false);
    expect(icd11.get("6C40.21")).toBe("Alcohol dependence, current use, episodic");
  });
});

describe("lookupAtc", () => {
  it("finds every medication of the table with a class and a role from their vocabularies", () => {
    for (const entry of ATC.entries) {
      const found = lookupAtc(entry.code);
      expect(found?.name).toBe(entry.name);
      expect(codesOf(MEDICATION_CLASS)).toContain(found?.class);
      expect(codesOf(MEDICATION_ROLE)).toContain(found?.role);
    }
  });

  it("keeps OAT an explicit list, not a code prefix", () => {
    const oat = ATC.entries.filter((entry) => lookupAtc(entry.code)?.role === "opioid-agonist-treatment").map((entry) => entry.code);
    expect(oat.sort()).toEqual(["N02AA01", "N07BC01", "N07BC02", "N07BC03", "N07BC05", "N07BC06", "N07BC51"]);
    expect(lookupAtc("N07BC04")).toMatchObject({ name: "Lofexidine", role: "withdrawal-management" });
    expect(lookupAtc("N07BB04")).toMatchObject({ name: "Naltrexone", class: "opioid-antagonist" });
    expect(lookupAtc("N02AE01")).toBeUndefined();
    expect(lookupAtc(" n07bc02 ")?.name).toBe("Methadone");
    expect(lookupAtc(42 as unknown as string)).toBeUndefined();
  });
});
