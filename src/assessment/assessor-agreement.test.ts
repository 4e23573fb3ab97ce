import { describe, expect, it } from "vitest";
import type { Assessment } from "./assessment-record.js";
import { assessorAgreement } from "./assessor-agreement.js";
import { defineRatingScale, type RatingScale } from "./rating-scale.js";

function assessment(id: string, levels: readonly string[], first = 0): Assessment {
  return {
    id,
    frameworkId: "f",
    frameworkVersion: "1",
    facilityId: "F",
    mode: id === "self" ? "self" : "external",
    assessors: [{ id: "X", role: "lead" }],
    visitDate: "2024-01-01",
    status: "final",
    ratings: levels.map((level, index) => ({ criterionId: `C${index + first}`, level })),
  };
}

describe("assessorAgreement, hand-worked", () => {
  it("matches the textbook 2 x 2 example: po 0.7, pe 0.5, kappa 0.4", () => {
    const yesNo = defineRatingScale({ id: "yes-no", title: { en: "Yes/no" }, levels: [{ code: "YES", value: 1, label: { en: "Yes" } }, { code: "NO", value: 0, label: { en: "No" } }] });
    if (!yesNo.ok) throw new Error("scale");
    // 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no.
    const first = [...Array(25).fill("YES"), ...Array(25).fill("NO")];
    const second = [...Array(20).fill("YES"), ...Array(5).fill("NO"), ...Array(10).fill("YES"), ...Array(15).fill("NO")];
    const result = assessorAgreement(assessment("a", first), assessment("b", second), { scale: yesNo.value as RatingScale });
    expect(result).toMatchObject({ n: 50, agreements: 35, percentAgreement: 0.7, nOrdinal: 50 });
    expect(result.kappa).toBeCloseTo(0.4, 12); // (0.7 - 0.5) / (1 - 0.5); pe = 0.5 x 0.6 + 0.5 x 0.4
    expect(result.kappaStandardError).toBeCloseTo(Math.sqrt((0.7 * 0.3) / (50 * 0.25)), 12); // 0.1296
    expect(result.weightedKappa).toBeCloseTo(0.4, 12); // two levels: weighted = unweighted
  });

  it("weights near misses on three levels and leaves N/A out of the weighted kappa", () => {
    const self = ["MET", "MET", "PARTIALLY_MET", "NOT_MET", "NOT_MET", "MET", "NOT_APPLICABLE"];
    const external = ["MET", "PARTIALLY_MET", "PARTIALLY_MET", "PARTIALLY_MET", "NOT_MET", "NOT_MET", "MET"];
    const result = assessorAgreement(assessment("self", self), assessment("external", external));
    expect(result).toMatchObject({ n: 7, agreements: 3, nOrdinal: 6 });
    expect(result.percentAgreement).toBe(3 / 7);
    // Unweighted, 7 items, categories MET/PM/NM/NA: self 3/1/2/1, external 2/3/2/0.
    const po = 3 / 7;
    const pe = (3 * 2 + 1 * 3 + 2 * 2 + 1 * 0) / 49;
    expect(result.kappa).toBeCloseTo((po - pe) / (1 - pe), 12);
    // Weighted over the 6 ordinal items: weights 1, 0.5, 0; po = 4/6, pe = 19/36, kappa = 5/17.
    expect(result.weightedKappa).toBeCloseTo(5 / 17, 12);
  });

  it("gives null where kappa is undefined, and lists what only one side rated or could not be read", () => {
    const allMet = assessorAgreement(assessment("a", ["MET", "MET"]), assessment("b", ["MET", "MET", "SUPERB"]));
    expect(allMet).toMatchObject({ n: 2, percentAgreement: 1, kappa: null, kappaStandardError: null, weightedKappa: null, onlyInFirst: [], onlyInSecond: [], ignored: ["b: C2"] });
    const disjoint = assessorAgreement(assessment("a", ["MET"]), assessment("b", ["MET"], 1));
    expect(disjoint).toMatchObject({ n: 0, percentAgreement: null, kappa: null, nOrdinal: 0, weightedKappa: null, onlyInFirst: ["C0"], onlyInSecond: ["C1"] });
  });
});
