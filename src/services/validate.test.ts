import { describe, expect, it } from "vitest";
import { RECORD_SCHEMAS, validateContact, validateRecord, validateRecords, validateTreatmentEpisode } from "./index.js";

const contact = { patientId: "P-0001", date: "2020-04-03", providerId: "DR-17" };

describe("validateRecord", () => {
  it("accepts every example of every record schema", () => {
    for (const [kind, schema] of Object.entries(RECORD_SCHEMAS)) {
      const examples = (schema.meta()?.examples ?? []) as unknown[];
      expect(examples.length, kind).toBeGreaterThan(0);
      for (const example of examples) expect(validateRecord(kind as keyof typeof RECORD_SCHEMAS, example), kind).toMatchObject({ ok: true, value: example });
    }
  });

  it("reports path-addressed issues with the library's codes", () => {
    const result = validateRecord("medicationEvent", { patientId: "Ivan Petrov", date: "2021-02-29", duration: 1.5, dose: 3, dispensingMode: "home" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((each) => [each.path.join("."), each.code])).toEqual([
      ["patientId", "invalid_format"],
      ["date", "invalid_date"],
      ["duration", "invalid_type"],
      ["dispensingMode", "unknown_code"],
      ["dose", "unrecognized_key"],
    ]);
  });

  it("checks the cross-field rules of a treatment episode", () => {
    const base = { id: "E1", patientId: "P1", facilityId: "F1", modality: "outpatient", admissionDate: "2020-03-01" };
    const codesAt = (value: object) => {
      const result = validateTreatmentEpisode(value);
      return result.ok ? [] : result.issues.map((each) => [each.path.join("."), each.code]);
    };
    expect(codesAt({ ...base, dischargeDate: "2020-02-28" })).toEqual([["dischargeDate", "invalid_value"]]);
    expect(codesAt({ ...base, dischargeDate: "2020-03-01" })).toEqual([]);
    expect(codesAt({ ...base, lastContactDate: "2020-02-01" })).toEqual([["lastContactDate", "invalid_value"]]);
    expect(codesAt({ ...base, dischargeDate: "2020-04-01", lastContactDate: "2020-04-02" })).toEqual([["lastContactDate", "invalid_value"]]);
    expect(codesAt({ ...base, dischargeReason: "completed" })).toEqual([["dischargeDate", "missing"]]);
    expect(codesAt({ ...base, primarySubstance: "heroin", secondarySubstances: ["alcohol", "heroin"] })).toEqual([["secondarySubstances.1", "invalid_value"]]);
    expect(codesAt({ ...base, secondarySubstances: ["alcohol", "alcohol"] })).toEqual([["secondarySubstances.1", "invalid_value"]]);
    expect(codesAt({ ...base, secondarySubstances: ["alcohol", "cannabis", "lsd", "ketamine", "opium"] })).toEqual([["secondarySubstances", "out_of_range"]]);
  });

  it("puts the given path before every issue path, and throws only on an unknown kind", () => {
    const result = validateContact({ ...contact, providerId: "" }, ["contacts", 4]);
    expect(result.ok ? [] : result.issues[0]?.path).toEqual(["contacts", 4, "providerId"]);
    expect(() => validateRecord("patient" as "contact", contact)).toThrow(/kind must be one of facility, service/);
  });
});

describe("validateRecords", () => {
  const input = [contact, { ...contact, date: "2020-13-01" }, null, { ...contact, providerId: "DR-2" }];
  const expected = {
    records: [contact, { ...contact, providerId: "DR-2" }],
    indexes: [0, 3],
    invalidIndexes: [1, 2],
  };

  it("keeps every good record and reports every bad one by position, from an array", () => {
    const outcome = validateRecords("contact", input);
    expect(outcome).toMatchObject(expected);
    expect(outcome.issues.map((each) => each.path)).toEqual([[1, "date"], [2]]);
  });

  it("does the same for a generator and for an async generator", async () => {
    function* generate() {
      yield* input;
    }
    async function* arrive() {
      for (const each of input) yield await Promise.resolve(each);
    }
    expect(validateRecords("contact", generate())).toMatchObject(expected);
    await expect(validateRecords("contact", arrive())).resolves.toMatchObject(expected);
  });

  it("throws a TypeError naming the argument for a value that is not a collection", () => {
    expect(() => validateRecords("contact", 42 as unknown as unknown[])).toThrow(/values must be an array, an iterable or an async iterable/);
  });
});
