import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberToIsoDate, isoDateToDayNumber } from "../days/index.js";
import { computePersistence } from "./persistence.js";

const followUpWindow = { start: "2020-01-01", durationDays: 365 };

describe("computePersistence", () => {
  const fills = [
    { patientId: "P", date: "2020-01-01", duration: 30, medication: "N07BC02" },
    { patientId: "P", date: "2020-02-05", duration: 30, medication: "N07BC02" }, // 5 days late
    { patientId: "P", date: "2020-03-20", duration: 30, medication: "N07BC01" }, // 14 days late, and a switch
  ];

  it("is true when treatment lasts long enough, false with the breaking gap when a long gap comes first", () => {
    expect(computePersistence(fills, { followUpWindow, minimumDays: 60, maximumGapDays: 7 })[0]).toMatchObject({ value: true, indexDate: "2020-01-01", indexEventIndex: 0, continuousDays: 65 });
    expect(computePersistence(fills, { followUpWindow, minimumDays: 90, maximumGapDays: 7 })[0]).toMatchObject({ value: false, breakingGap: { start: "2020-03-06", days: 14 } });
    // Exactly the minimum is enough; a day more is not.
    expect(computePersistence(fills, { followUpWindow, minimumDays: 65, maximumGapDays: 7 })[0]).toMatchObject({ value: true, continuousDays: 65 });
    expect(computePersistence(fills, { followUpWindow, minimumDays: 66, maximumGapDays: 7 })[0]).toMatchObject({ value: false, continuousDays: 65 });
    expect(computePersistence(fills, { followUpWindow, minimumDays: 90, maximumGapDays: 14 })[0]).toMatchObject({ value: true, continuousDays: 109 });
  });

  it("breaks at a change of medication only when asked", () => {
    expect(computePersistence(fills, { followUpWindow, minimumDays: 90, maximumGapDays: 14, medicationChangeBreaksPersistence: true })[0]).toMatchObject({ value: false, continuousDays: 65, breakingGap: null });
  });

  it("is null with a reason when the follow-up ends too early, or there is nothing to measure", () => {
    const short = computePersistence(fills, { followUpWindow: { start: "2020-01-01", durationDays: 60 }, minimumDays: 90, maximumGapDays: 7 })[0];
    expect(short?.value).toBeNull();
    expect(short?.issues[0]?.message).toMatch(/before the 90 days/);
    expect(computePersistence([{ patientId: "Q", date: "2019-01-01", duration: 30 }], { followUpWindow, minimumDays: 30, maximumGapDays: 7 })[0]?.value).toBeNull();
    expect(() => computePersistence([], { followUpWindow, minimumDays: -1, maximumGapDays: 7 })).toThrow(/minimumDays/);
  });

  it("agrees with a day-by-day walk from the index event (property)", () => {
    const start = isoDateToDayNumber("2020-01-01");
    const arb = fc.record({
      fills: fc.array(fc.record({ offset: fc.integer({ min: 0, max: 200 }), duration: fc.integer({ min: 1, max: 40 }) }), { minLength: 1, maxLength: 10 }),
      minimumDays: fc.integer({ min: 1, max: 200 }),
      maximumGapDays: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(arb, ({ fills: raw, minimumDays, maximumGapDays }) => {
        const events = raw.map((fill) => ({ patientId: "P", date: dayNumberToIsoDate(start + fill.offset), duration: fill.duration }));
        const [row] = computePersistence(events, { followUpWindow: { start: "2020-01-01", durationDays: 250 }, minimumDays, maximumGapDays });
        // Oracle: walk the days with a stock of supply; treatment breaks at the first run of more than
        // maximumGapDays uncovered days that ends before the next fill or the follow-up end.
        const sorted = [...raw].sort((a, b) => a.offset - b.offset);
        const index = sorted[0]!.offset;
        let stock = 0;
        let run = 0;
        let runStart = -1;
        let broken: number | null = null;
        for (let day = index; day <= 250 && broken === null; day += 1) {
          const arriving = sorted.filter((fill) => fill.offset === day);
          if (arriving.length > 0) {
            if (run > maximumGapDays) broken = runStart;
            run = 0;
            for (const fill of arriving) stock += fill.duration;
          }
          if (broken !== null || day === 250) break;
          if (stock >= 1) stock -= 1;
          else {
            if (run === 0) runStart = day;
            run += 1;
          }
        }
        if (broken === null && run > maximumGapDays) broken = runStart;
        const continuous = (broken ?? 250) - index;
        if (continuous >= minimumDays) expect(row?.value).toBe(true);
        else if (broken !== null) expect(row?.value).toBe(false);
        else expect(row?.value).toBeNull();
        expect(row?.continuousDays).toBe(continuous);
      }),
      { numRuns: 500 },
    );
  });
});

describe("computePersistence with medication groups", () => {
  it("breaks at a change of class, not at a switch within one, when medications are grouped", () => {
    const fills = [
      { patientId: "P", date: "2020-01-01", duration: 30, medication: "N07BC02" },
      { patientId: "P", date: "2020-01-31", duration: 30, medication: "N07BC01" }, // methadone to buprenorphine
      { patientId: "P", date: "2020-03-01", duration: 30, medication: "N07BB04" }, // to naltrexone, another class
    ];
    const options = { followUpWindow: { start: "2020-01-01", durationDays: 365 }, minimumDays: 80, maximumGapDays: 7, medicationChangeBreaksPersistence: true };
    expect(computePersistence(fills, options)[0]?.continuousDays).toBe(30);
    const [grouped] = computePersistence(fills, { ...options, groupMedications: "atc-class" });
    expect([grouped?.value, grouped?.continuousDays, grouped?.breakingGap]).toEqual([false, 60, null]);
  });
});

describe("computePersistence: carry defaults and reasons", () => {
  const on = (date: string, duration: number, more: { medication?: string; dailyDose?: number } = {}) => ({ patientId: "P", date, duration, ...more });
  const options = { followUpWindow, minimumDays: 60, maximumGapDays: 15 };

  it("carries supply across a change of medication and ignores doses unless asked", () => {
    // 30 days from 1 January, 30 days from 11 January, 10 days from 11 March: 20 days carried close the gap.
    const switched = [on("2020-01-01", 30, { medication: "A" }), on("2020-01-11", 30, { medication: "B" }), on("2020-03-11", 10, { medication: "A" })];
    expect(computePersistence(switched, options)[0]?.value).toBe(true);
    expect(computePersistence(switched, { ...options, carryOnlyForSameMedication: true })[0]?.value).toBe(false);
    const doubled = [on("2020-01-01", 30, { dailyDose: 50 }), on("2020-01-11", 30, { dailyDose: 100 }), on("2020-03-11", 10, { dailyDose: 100 })];
    expect(computePersistence(doubled, options)[0]?.value).toBe(true);
    expect(computePersistence(doubled, { ...options, considerDosageChange: true })[0]?.value).toBe(false);
  });

  it("says why there is no value, with the code", () => {
    expect(computePersistence([on("2019-01-01", 30)], options)[0]?.issues).toEqual([{ code: "invalid_value", path: [], message: "The patient has no event in the follow-up window, so no treatment start." }]);
    const short = computePersistence([on("2020-01-01", 30)], { ...options, followUpWindow: { start: "2020-01-01", durationDays: 40 } })[0];
    expect(short?.issues).toEqual([{ code: "invalid_value", path: [], message: "The follow-up window ends 40 days after treatment start, before the 60 days persistence needs." }]);
    const relative = computePersistence([on("2020-01-01", 30)], { ...options, followUpWindow: { startAfterFirstEventDays: 10, durationDays: 100 } })[0];
    expect(relative?.indexDate).toBeNull();
    expect(relative?.issues.map((each) => each.code)).toEqual(["invalid_value"]);
  });

  it("sets aside a patient with a bad event, with its issue", () => {
    const rows = computePersistence([on("2020-01-01", 0), { ...on("2020-01-01", 30), patientId: "Q" }], options);
    expect(rows.map((row) => [row.patientId, row.value, row.issues.map((each) => `${each.path.join(".")} ${each.code}`)])).toEqual([
      ["P", null, ["0.duration out_of_range"]],
      ["Q", false, []],
    ]);
  });
});
