import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SUBSTANCE, TDI_PRIMARY_DRUG, TEDS_SUBSTANCE, codesOf, type VocabularyEntry } from "../codes/index.js";
import { addDays } from "../days/index.js";
import { toTdiRecord, toTedsDischarge, type TreatmentEpisode } from "./index.js";
import { SUBSTANCE_TO_TDI } from "./tdi-record.js";
import { SUBSTANCE_TO_TEDS, tedsLengthOfStayCode } from "./teds-discharge.js";

const base: TreatmentEpisode = { id: "E1", patientId: "P1", facilityId: "F1", modality: "outpatient", admissionDate: "2020-01-15" };

describe("toTdiRecord", () => {
  it("maps a full episode item by item", () => {
    expect(
      toTdiRecord({
        ...base,
        setting: "prison",
        referralSource: "family-friends",
        previouslyTreated: true,
        primarySubstance: "opium",
        secondarySubstances: ["alcohol", "methamphetamine"],
        route: "smoke-inhale",
        ageAtFirstUse: 17,
        ostStatus: "never",
      }),
    ).toEqual({
      centreType: "prison",
      yearOfTreatmentStart: 2020,
      treatmentStatus: "previously-treated",
      referralSource: "self-family-friends",
      primaryDrug: "1.5",
      secondaryDrugs: ["8", "3.2"],
      route: "smoke-inhale",
      frequency: "not-known",
      ageAtFirstUse: 17,
      injecting: "not-known",
      ostStatus: "never",
      livingWith: "not-known",
      livingWithChildren: "not-known",
      livingWhere: "not-known",
      labourStatus: "not-known",
      education: "not-known",
    });
  });

  it("takes the facility's centre type first, then setting, then modality", () => {
    expect(toTdiRecord({ ...base, modality: "community-outreach" }).centreType).toBe("low-threshold");
    expect(toTdiRecord({ ...base, setting: "primary-care" }).centreType).toBe("general-practitioner");
    expect(toTdiRecord({ ...base, modality: "long-term-residential" }).centreType).toBe("inpatient");
    expect(toTdiRecord({ ...base, setting: "prison" }, { tdiCentreType: "outpatient" }).centreType).toBe("outpatient");
    expect(toTdiRecord(base).primaryDrug).toBe("99");
  });

  it("maps every substance to a sub-category (or an undivided group) of the TDI primary drug", () => {
    const entries: readonly VocabularyEntry[] = TDI_PRIMARY_DRUG.entries;
    const leaves = entries.filter((entry) => !entries.some((child) => child.parent === entry.code)).map((entry) => entry.code);
    for (const substance of codesOf(SUBSTANCE)) expect(leaves, substance).toContain(SUBSTANCE_TO_TDI[substance]);
    for (const substance of codesOf(SUBSTANCE)) expect(codesOf(TEDS_SUBSTANCE), substance).toContain(SUBSTANCE_TO_TEDS[substance]);
  });
});

describe("toTedsDischarge", () => {
  it("maps a discharged episode (hand-worked: 15 Jan to 30 Apr 2020 is 106 days, bin 91-120)", () => {
    const result = toTedsDischarge({ ...base, dischargeDate: "2020-04-30", dischargeReason: "transferred", referralSource: "general-practitioner", primarySubstance: "heroin" });
    expect(result).toEqual({ ok: true, value: { SERVICES_D: "7", REASON: "4", LOS: "34", PSOURCE: "3", SUB1: "5", SUB2: "1", SUB3: "1" } });
  });

  it("counts the stay to the last contact when it is earlier, and a same-day stay as one day", () => {
    const result = toTedsDischarge({ ...base, dischargeDate: "2020-04-30", lastContactDate: "2020-01-20" });
    expect(result.ok && result.value.LOS).toBe("5");
    const sameDay = toTedsDischarge({ ...base, dischargeDate: base.admissionDate });
    expect(sameDay.ok && sameDay.value.LOS).toBe("1");
  });

  it("derives the service code from withdrawal management, modality and setting", () => {
    const service = (episode: Partial<TreatmentEpisode>) => {
      const result = toTedsDischarge({ ...base, dischargeDate: "2020-01-20", ...episode });
      return result.ok ? result.value.SERVICES_D : undefined;
    };
    expect(service({ modality: "short-term-inpatient", setting: "hospital", withdrawalManagement: true })).toBe("1");
    expect(service({ modality: "short-term-inpatient", withdrawalManagement: true })).toBe("2");
    expect(service({ modality: "outpatient", withdrawalManagement: true })).toBe("8");
    expect(service({ modality: "long-term-residential", setting: "hospital" })).toBe("3");
    expect(service({ modality: "short-term-inpatient" })).toBe("4");
    expect(service({ modality: "long-term-residential" })).toBe("5");
    expect(service({ modality: "recovery-management" })).toBe("-9");
    const explicit = toTedsDischarge({ ...base, dischargeDate: "2020-01-20" }, { service: "6" });
    expect(explicit.ok && explicit.value.SERVICES_D).toBe("6");
  });

  it("reports an open episode as missing its discharge date", () => {
    expect(toTedsDischarge(base)).toEqual({ ok: false, issues: [{ path: ["dischargeDate"], code: "missing", message: expect.any(String) }] });
  });

  it("bins every length of stay as the TEDS codebook does (oracle: the bin table read upwards)", () => {
    const upperBounds: [number, string][] = [[45, "31"], [60, "32"], [90, "33"], [120, "34"], [180, "35"], [365, "36"]];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (days) => {
        const expected = days <= 30 ? String(Math.max(days, 1)) : (upperBounds.find(([bound]) => days <= bound)?.[1] ?? "37");
        expect(tedsLengthOfStayCode(days)).toBe(expected);
        const result = toTedsDischarge({ ...base, admissionDate: "2000-01-01", dischargeDate: addDays("2000-01-01", days) });
        expect(result.ok && result.value.LOS).toBe(expected);
      }),
    );
  });
});
