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

describe("computeProportionOfDaysCovered: medication groups and special periods", () => {
  const switchToBuprenorphine = [
    { patientId: "P", date: "2020-01-01", duration: 30, medication: "N07BC02" },
    { patientId: "P", date: "2020-01-21", duration: 30, medication: "N07BC01" }, // a switch within the agonist class
  ];

  it("shifts a switch within an ATC class like a refill when medications are grouped", () => {
    const options = { period, minimumTreatmentDays: 0 };
    expect(computeProportionOfDaysCovered(switchToBuprenorphine, options)[0]?.coveredDays).toBe(50);
    expect(computeProportionOfDaysCovered(switchToBuprenorphine, { ...options, groupMedications: "atc-class" })[0]?.coveredDays).toBe(60);
    expect(computeProportionOfDaysCovered(switchToBuprenorphine, { ...options, groupMedications: () => "any" })[0]?.coveredDays).toBe(60);
    expect(() => computeProportionOfDaysCovered(switchToBuprenorphine, { ...options, groupMedications: "atc" as never })).toThrow(/groupMedications/);
  });

  it("counts covered periods as covered, leaves excluded ones out and pushes supply past them, and loses supply in uncovered ones", () => {
    const fills = [
      { patientId: "P", date: "2020-01-01", duration: 30 }, // 1-30 January
      { patientId: "P", date: "2020-03-01", duration: 10 }, // 1-10 March
    ];
    const options = { period, minimumTreatmentDays: 0 };
    const stay = (treatAs: "covered" | "excluded" | "uncovered") => [{ patientId: "P", start: "2020-01-21", end: "2020-02-09", treatAs }]; // 20 days
    const [plain] = computeProportionOfDaysCovered(fills, options);
    expect([plain?.coveredDays, plain?.excludedDays, plain?.value]).toEqual([40, 0, 40 / 90]);
    const [covered] = computeProportionOfDaysCovered(fills, { ...options, specialPeriods: stay("covered") });
    expect([covered?.coveredDays, covered?.value]).toEqual([50, 50 / 90]); // 1 January - 9 February and 1-10 March
    // The 10 days of supply left on 21 January are used from 10 February: 20 + 10 + 10 of 70 days.
    const [excluded] = computeProportionOfDaysCovered(fills, { ...options, specialPeriods: stay("excluded") });
    expect([excluded?.coveredDays, excluded?.excludedDays, excluded?.value]).toEqual([40, 20, 40 / 70]);
    const [uncovered] = computeProportionOfDaysCovered(fills, { ...options, specialPeriods: stay("uncovered") });
    expect([uncovered?.coveredDays, uncovered?.value]).toEqual([30, 30 / 90]);
  });

  it("applies periods without a patient to everyone, and reports a bad period on its patient only", () => {
    const fills = [
      { patientId: "P", date: "2020-01-01", duration: 30 },
      { patientId: "P", date: "2020-03-01", duration: 10 },
      { patientId: "Q", date: "2020-01-01", duration: 30 },
      { patientId: "Q", date: "2020-03-01", duration: 10 },
    ];
    const specialPeriods = [
      { start: "2020-02-01", end: "2020-02-10", treatAs: "covered" as const, reason: "service closed" },
      { patientId: "Q", start: "2020-02-30", end: "2020-03-01", treatAs: "excluded" as const },
    ];
    const rows = computeProportionOfDaysCovered(fills, { period, minimumTreatmentDays: 0, specialPeriods });
    expect(rows[0]?.coveredDays).toBe(50);
    expect(rows[1]?.value).toBeNull();
    expect(rows[1]?.issues.map((each) => [each.path.join("."), each.code])).toEqual([["specialPeriods.1.start", "invalid_date"]]);
    expect(() => computeProportionOfDaysCovered(fills, { period, specialPeriods: [{ start: "2020-02-10", end: "2020-02-01", treatAs: "covered" }] })).toThrow(/specialPeriods\[0\]/);
    const whole = computeProportionOfDaysCovered(fills, { period, minimumTreatmentDays: 0, specialPeriods: [{ start: "2020-01-01", end: "2020-03-30", treatAs: "excluded" }] });
    expect(whole[0]?.issues[0]?.message).toMatch(/whole treatment period/);
  });

  it("equals a day-by-day supply simulation with special periods, groups and both overlap rules", () => {
    const start = isoDateToDayNumber("2020-01-01");
    const end = isoDateToDayNumber("2020-03-30");
    const kinds = ["covered", "excluded", "uncovered"] as const;
    const specialArb = fc.array(fc.record({ from: fc.integer({ min: -15, max: 95 }), length: fc.integer({ min: 1, max: 20 }), treatAs: fc.constantFrom(...kinds) }), { maxLength: 3 });
    const fillsArb = fc.array(fc.record({ offset: fc.integer({ min: -20, max: 95 }), duration: fc.integer({ min: 1, max: 40 }), medication: fc.constantFrom("N07BC02", "N07BC01", "N07BB04") }), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(fillsArb, specialArb, fc.boolean(), fc.boolean(), fc.boolean(), (raw, special, shift, grouped, before) => {
        const fills = raw.map((fill) => ({ patientId: "P", date: dayNumberToIsoDate(start + fill.offset), duration: fill.duration, medication: fill.medication }));
        const specialPeriods = special.map(({ from, length, treatAs }) => ({ patientId: "P", start: dayNumberToIsoDate(start + from), end: dayNumberToIsoDate(start + from + length - 1), treatAs }));
        const [row] = computeProportionOfDaysCovered(fills, {
          period, minimumTreatmentDays: 0, minimumDistinctFillDates: 1, specialPeriods, includeSupplyBeforePeriod: before,
          shiftOverlaps: shift ? "same-medication" : "none", ...(grouped ? { groupMedications: "atc-class" as const } : {}),
        });
        // Oracle: an inventory per medication group (per fill without shifting), used one day at a time.
        const sorted = raw.map((fill, order) => ({ ...fill, day: start + fill.offset, order })).sort((a, b) => a.day - b.day || a.order - b.order);
        const inPeriod = sorted.filter((fill) => fill.day >= start && fill.day <= end);
        if (inPeriod.length === 0) {
          expect(row?.value).toBeNull();
          return;
        }
        const index = inPeriod[0]!.day;
        const used = before ? sorted.filter((fill) => fill.day <= end) : inPeriod;
        const kindOf = (day: number) => {
          const on = specialPeriods.filter((each) => isoDateToDayNumber(each.start) <= day && day <= isoDateToDayNumber(each.end)).map((each) => each.treatAs);
          return on.includes("excluded") ? "excluded" : on.includes("uncovered") ? "uncovered" : on.includes("covered") ? "covered" : "normal";
        };
        const groupOf = (fill: (typeof sorted)[number]) => (!shift ? `fill ${fill.order}` : grouped && fill.medication !== "N07BB04" ? "agonist" : fill.medication);
        const stock = new Map<string, number>();
        let covered = 0;
        let counted = 0;
        for (let day = used[0]!.day; day <= end; day += 1) {
          for (const fill of used) if (fill.day === day) stock.set(groupOf(fill), (stock.get(groupOf(fill)) ?? 0) + fill.duration);
          const kind = kindOf(day);
          if (kind === "excluded") continue;
          let held = false;
          for (const [group, days] of stock) if (days > 0) { held = true; stock.set(group, days - 1); }
          if (day < index) continue;
          counted += 1;
          if (kind === "covered" || (kind === "normal" && held)) covered += 1;
        }
        if (counted === 0) {
          expect(row?.value).toBeNull();
          return;
        }
        expect([row?.coveredDays, row?.excludedDays, row?.value]).toEqual([covered, end - index + 1 - counted, covered / counted]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("computeProportionOfDaysCovered: messages, limits and bad special periods", () => {
  const twoFills = [
    { patientId: "P", date: "2020-01-01", duration: 30 },
    { patientId: "P", date: "2020-03-01", duration: 10 },
  ];

  it("says how many distinct dates there were and how many are needed, with the code", () => {
    const [one] = computeProportionOfDaysCovered([{ patientId: "P", date: "2020-01-01", duration: 30 }], { period });
    expect(one?.issues).toEqual([{ code: "invalid_value", path: [], message: "Fills on 1 distinct date in the period; at least 2 are needed." }]);
    const [two] = computeProportionOfDaysCovered(twoFills, { period, minimumDistinctFillDates: 3 });
    expect(two?.issues.map((each) => each.message)).toEqual(["Fills on 2 distinct dates in the period; at least 3 are needed."]);
    expect([two?.fills, two?.distinctFillDates]).toEqual([2, 2]);
  });

  it("takes a treatment period exactly as long as the minimum, and a value exactly at the threshold as adherent", () => {
    // From the first fill (1 January) to the period end (30 March): 90 days, both included.
    expect(computeProportionOfDaysCovered(twoFills, { period, minimumTreatmentDays: 90 })[0]?.treatmentDays).toBe(90);
    expect(computeProportionOfDaysCovered(twoFills, { period, minimumTreatmentDays: 91 })[0]?.treatmentDays).toBeNull();
    const [row] = computeProportionOfDaysCovered(twoFills, { period, minimumTreatmentDays: 0, adherenceThreshold: 40 / 90 });
    expect([row?.value, row?.adherent]).toEqual([40 / 90, true]);
    expect(computeProportionOfDaysCovered(twoFills, { period, minimumTreatmentDays: 0, adherenceThreshold: 41 / 90 })[0]?.adherent).toBe(false);
  });

  it("names the period option when it is wrong", () => {
    expect(() => computeProportionOfDaysCovered(twoFills, { period: { start: "2020-03-30", end: "2020-01-01" } })).toThrow(/^period must be/);
  });

  it("counts days before 1970 like any others, with special periods", () => {
    const old = [
      { patientId: "P", date: "1960-01-01", duration: 30 },
      { patientId: "P", date: "1960-03-01", duration: 10 },
    ];
    const [row] = computeProportionOfDaysCovered(old, { period: { start: "1960-01-01", end: "1960-03-30" }, minimumTreatmentDays: 0, specialPeriods: [{ start: "1960-02-01", end: "1960-02-10", treatAs: "covered" }] });
    expect([row?.coveredDays, row?.value]).toEqual([50, 50 / 90]);
  });

  it("throws, naming it, for special periods that are not a list, or a period for everyone that is not one", () => {
    expect(() => computeProportionOfDaysCovered(twoFills, { period, specialPeriods: "closed" as never })).toThrow('specialPeriods must be an array; got "closed".');
    expect(() => computeProportionOfDaysCovered(twoFills, { period, specialPeriods: [null] as never })).toThrow("specialPeriods[0] (for every patient): A calendar date (YYYY-MM-DD) is required here.");
  });

  it("reports a patient's special period with a wrong kind or an end before its start, at its path", () => {
    const specialPeriods = [
      { patientId: "P", start: "2020-02-01", end: "2020-02-10", treatAs: "holiday" },
      { patientId: "P", start: "2020-02-10", end: "2020-02-01", treatAs: "covered" },
    ];
    const [row] = computeProportionOfDaysCovered(twoFills, { period, minimumTreatmentDays: 0, specialPeriods: specialPeriods as never });
    expect(row?.issues).toEqual([
      { code: "invalid_value", path: ["specialPeriods", 0, "treatAs"], message: 'treatAs must be "covered", "excluded" or "uncovered"; got "holiday".' },
      { code: "invalid_value", path: ["specialPeriods", 1, "end"], message: "The special period ends (2020-02-01) before it starts (2020-02-10)." },
    ]);
    const [badEnd] = computeProportionOfDaysCovered(twoFills, { period, minimumTreatmentDays: 0, specialPeriods: [{ patientId: "P", start: "2020-02-01", end: "2020-02-31", treatAs: "covered" }] });
    expect(badEnd?.issues.map((each) => [each.code, each.path])).toEqual([["invalid_date", ["specialPeriods", 0, "end"]]]);
  });

  it("says so, at the special periods, when excluded days leave nothing to measure", () => {
    const [row] = computeProportionOfDaysCovered(twoFills, { period, minimumTreatmentDays: 0, specialPeriods: [{ start: "2020-01-01", end: "2020-03-30", treatAs: "excluded" }] });
    expect(row?.issues).toEqual([{ code: "invalid_value", path: ["specialPeriods"], message: "Excluded special periods cover the whole treatment period, so there is no day to measure." }]);
  });
});
