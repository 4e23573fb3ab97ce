import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberToIsoDate, isoDateToDayNumber } from "../days/index.js";
import { computeMedicationPossessionRatio, computeProportionOfDaysCovered } from "./proportion-of-days-covered.js";

const period = { start: "2020-01-01", end: "2020-03-30" }; // 90 days

describe("computeProportionOfDaysCovered, hand-worked", () => {
  it("shifts overlapping fills of the same medication, not of different ones", () => {
    const fills = [
      { patientId: "P", date: "2020-01-01", duration: 30, medication: "N07BC02" },
      { patientId: "P", date: "2020-01-21", duration: 30, medication: "N07BC02" }, // shifted to 31 January
      { patientId: "Q", date: "2020-01-01", duration: 30, medication: "N07BC02" },
      { patientId: "Q", date: "2020-01-21", duration: 30, medication: "N07BC01" }, // a switch: not shifted
    ];
    const rows = computeProportionOfDaysCovered(fills, { period, minimumTreatmentDays: 0 });
    expect(rows.map((row) => [row.patientId, row.coveredDays, row.value])).toEqual([
      ["P", 60, 60 / 90],
      ["Q", 50, 50 / 90],
    ]);
    expect(computeProportionOfDaysCovered(fills, { period, minimumTreatmentDays: 0, shiftOverlaps: "none" })[0]?.coveredDays).toBe(50);
  });

  it("applies the eligibility rules and says why a value is missing", () => {
    const late = [
      { patientId: "P", date: "2020-02-15", duration: 30 },
      { patientId: "P", date: "2020-03-01", duration: 30 },
    ];
    expect(computeProportionOfDaysCovered(late, { period })[0]?.issues[0]?.message).toMatch(/shorter than the 91 days/);
    expect(computeProportionOfDaysCovered([{ patientId: "P", date: "2020-01-01", duration: 30 }], { period })[0]?.issues[0]?.message).toMatch(/1 distinct date/);
    expect(computeMedicationPossessionRatio([{ patientId: "P", date: "2019-01-01", duration: 30 }], { period })[0]?.issues[0]?.message).toMatch(/No fill/);
  });

  it("ignores supply from before the period unless asked", () => {
    const fills = [
      { patientId: "P", date: "2019-12-20", duration: 30 }, // lasts to 18 January
      { patientId: "P", date: "2020-01-10", duration: 10 },
      { patientId: "P", date: "2020-03-01", duration: 10 },
    ];
    const options = { period, minimumTreatmentDays: 0 };
    expect(computeProportionOfDaysCovered(fills, options)[0]?.coveredDays).toBe(20);
    // With the earlier supply, the 10 January fill is shifted to 19 January: 9 + 10 + 10 days from the index date.
    expect(computeProportionOfDaysCovered(fills, { ...options, includeSupplyBeforePeriod: true })[0]?.coveredDays).toBe(29);
  });
});

describe("computeProportionOfDaysCovered properties", () => {
  const fillsArb = fc.array(fc.record({ offset: fc.integer({ min: -20, max: 95 }), duration: fc.integer({ min: 1, max: 40 }), medication: fc.constantFrom("A", "B") }), { minLength: 1, maxLength: 12 });

  it("counts covered days as a day-by-day walk does, and shifting never covers fewer days", () => {
    const start = isoDateToDayNumber("2020-01-01");
    const end = isoDateToDayNumber("2020-03-30");
    fc.assert(
      fc.property(fillsArb, (raw) => {
        const fills = raw.map((fill) => ({ patientId: "P", date: dayNumberToIsoDate(start + fill.offset), duration: fill.duration, medication: fill.medication }));
        const options = { period, minimumTreatmentDays: 0, minimumDistinctFillDates: 1 };
        const [plain] = computeProportionOfDaysCovered(fills, { ...options, shiftOverlaps: "none" });
        const [shifted] = computeProportionOfDaysCovered(fills, options);
        const inPeriod = raw.filter((fill) => fill.offset >= 0 && start + fill.offset <= end).sort((a, b) => a.offset - b.offset);
        if (inPeriod.length === 0) {
          expect(plain?.value).toBeNull();
          return;
        }
        // Oracle: mark each covered day of the treatment period.
        const index = start + inPeriod[0]!.offset;
        const covered = new Set<number>();
        for (const fill of inPeriod) for (let day = start + fill.offset; day < start + fill.offset + fill.duration; day += 1) if (day >= index && day <= end) covered.add(day);
        expect(plain?.coveredDays).toBe(covered.size);
        expect(plain?.value).toBe(covered.size / (end - index + 1));
        expect(shifted!.coveredDays!).toBeGreaterThanOrEqual(covered.size);
        expect(shifted!.value!).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});
