import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VOCABULARIES } from "../codes/index.js";
import { createLabelLookup, getLabel, getLabelInfo, KK_LABELS, RU_LABELS, UZ_LABELS, type LabelCatalog } from "./index.js";

const CYRILLIC = /[\u0400-\u04FF]/;

function labelsOf(catalog: LabelCatalog) {
  return Object.entries(catalog.systems).flatMap(([system, set]) => Object.entries(set.labels).map(([code, text]) => ({ system, code, text, set })));
}

describe("Russian labels", () => {
  it("cover every code of every vocabulary with a real Russian label, not the English name", () => {
    for (const vocabulary of VOCABULARIES) {
      const set = RU_LABELS.systems[vocabulary.system];
      expect(set, vocabulary.system).toBeDefined();
      for (const entry of vocabulary.entries) {
        const label = set?.labels[entry.code];
        expect(label, `${vocabulary.system} ${entry.code}`).toBeTypeOf("string");
        expect(label).not.toBe(entry.name);
        expect(label, `${vocabulary.system} ${entry.code}: ${label}`).toMatch(CYRILLIC);
      }
    }
  });

  it("use the wording of the Russian ICD-10 for F10-F19", () => {
    expect(RU_LABELS.systems["icd10"]?.labels["F11.2"]).toBe("Психические и поведенческие расстройства, вызванные употреблением опиоидов: синдром зависимости");
    expect(RU_LABELS.systems["icd10"]?.labels["F13.3"]).toBe("Психические и поведенческие расстройства, вызванные употреблением седативных или снотворных средств: абстинентное состояние");
    expect(RU_LABELS.systems["icd11"]?.labels["6C43.2"]).toBe("Зависимость от опиоидов");
    expect(RU_LABELS.systems["teds.lengthOfStay"]?.labels["21"]).toBe("21 день");
    expect(RU_LABELS.systems["teds.lengthOfStay"]?.labels["12"]).toBe("12 дней");
  });
});

describe.each([
  ["uz", UZ_LABELS, (text: string) => !CYRILLIC.test(text) && /[a-z]/i.test(text)],
  ["kk", KK_LABELS, (text: string) => CYRILLIC.test(text)],
] as const)("%s labels", (locale, catalog, inScript) => {
  it("are in the locale's script, never the English name copied, and all marked machine-unverified", () => {
    expect(catalog.locale).toBe(locale);
    const names = new Map(VOCABULARIES.map((vocabulary) => [vocabulary.system, new Map(vocabulary.entries.map((entry) => [entry.code, entry.name]))]));
    for (const { system, code, text, set } of labelsOf(catalog)) {
      expect(set.verified, system).toBe(false);
      expect(names.get(system)?.has(code), `${system} ${code} is not a code of the vocabulary`).toBe(true);
      expect(text).not.toBe(names.get(system)?.get(code));
      expect(inScript(text), `${system} ${code}: ${text}`).toBe(true);
    }
  });
});

describe("every catalog", () => {
  it("labels only codes that exist", () => {
    const codes = new Map(VOCABULARIES.map((vocabulary) => [vocabulary.system, new Set(vocabulary.entries.map((entry) => entry.code))]));
    for (const catalog of [RU_LABELS, UZ_LABELS, KK_LABELS]) {
      for (const { system, code } of labelsOf(catalog)) expect(codes.get(system)?.has(code), `${catalog.locale} ${system} ${code}`).toBe(true);
    }
  });
});

describe("getLabel", () => {
  it("gives the label in the locale, English for en, and the code itself for an unknown system or code", () => {
    expect(getLabel("modality", "outpatient", "ru")).toBe("Амбулаторное лечение");
    expect(getLabel("modality", "outpatient", "en")).toBe("Outpatient treatment");
    expect(getLabel("modality", "nope", "ru")).toBe("nope");
    expect(getLabel("nope", "outpatient", "kk")).toBe("outpatient");
  });

  it("falls back to English where a locale lacks a label, and says so", () => {
    const lookup = createLabelLookup([]);
    expect(lookup.getLabelInfo("atc", "N07BC02", "uz")).toEqual({ text: "Methadone", locale: "en", verified: true, found: true });
    expect(getLabelInfo("icd10", "F11.2", "ru")).toMatchObject({ locale: "ru", verified: true });
    expect(getLabelInfo("icd10", "F19.2", "ru")).toMatchObject({ locale: "ru", verified: false });
    expect(getLabelInfo("atc", "N07BC06", "en")).toMatchObject({ locale: "en", verified: false });
  });

  it("follows a custom fallback chain through Russian before English", () => {
    const lookup = createLabelLookup([RU_LABELS], { fallback: ["ru"] });
    expect(lookup.getLabelInfo("modality", "outpatient", "kk")).toMatchObject({ text: "Амбулаторное лечение", locale: "ru" });
  });

  it("never throws and always returns a string, whatever it is given", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom("en", "ru", "uz", "kk", "xx"), (system, code, locale) => {
        expect(typeof getLabel(system, code, locale as "en")).toBe("string");
        expect(getLabel("__proto__", code, locale as "en")).toBe(code);
        expect(getLabel("modality", "toString", locale as "en")).toBe("toString");
      }),
    );
  });
});
