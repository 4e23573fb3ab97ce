import { describe, expect, it } from "vitest";
import { computeProportionOfDaysCovered } from "./proportion-of-days-covered.js";

const period = { start: "2020-01-01", end: "2020-03-30" };
const options = { period, minimumTreatmentDays: 0 };

describe("medication groups", () => {
  it("keeps a medication that is not an ATC code as its own group under atc-class", () => {
    const fills = [
      { patientId: "P", date: "2020-01-01", duration: 30, medication: "clinic-methadone" },
      { patientId: "P", date: "2020-01-11", duration: 30, medication: "clinic-methadone" }, // shifted: the same group
    ];
    expect(computeProportionOfDaysCovered(fills, { ...options, groupMedications: "atc-class" })[0]?.coveredDays).toBe(60);
  });

  it("leaves an event without a medication outside every group", () => {
    // The second fill has no medication: it is not the first's medication, so it is not shifted.
    const fills = [
      { patientId: "P", date: "2020-01-01", duration: 30, medication: "N07BC02" },
      { patientId: "P", date: "2020-01-11", duration: 30 },
    ];
    expect(computeProportionOfDaysCovered(fills, { ...options, groupMedications: () => "all" })[0]?.coveredDays).toBe(40);
    expect(computeProportionOfDaysCovered(fills, { ...options, groupMedications: "atc-class" })[0]?.coveredDays).toBe(40);
  });
});
