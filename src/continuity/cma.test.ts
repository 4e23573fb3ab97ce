import { describe, expect, it } from "vitest";
import { computeCma, type ComputeCmaOptions } from "./cma.js";

const windows = (followUp: string, observation: string, days = 100): Pick<ComputeCmaOptions, "followUpWindow" | "observationWindow"> => ({
  followUpWindow: { start: followUp, durationDays: 2 * days },
  observationWindow: { start: observation, durationDays: days },
});

describe("computeCma, hand-worked", () => {
  // Window 2020-01-01 + 100 days (day 0 to day 100). Fills on day 0 (30 days), day 40 (30 days), day 60 (50 days).
  const events = [
    { patientId: "P", date: "2020-02-10", duration: 30 },
    { patientId: "P", date: "2020-01-01", duration: 30 },
    { patientId: "P", date: "2020-03-01", duration: 50 },
  ];
  const value = (method: ComputeCmaOptions["method"]) => computeCma(events, { method, ...windows("2020-01-01", "2020-01-01") })[0]?.value;

  it("CMA1-4: supply over days, capped or not", () => {
    expect(value("CMA1")).toBe((30 + 30) / 60); // all but the last fill, over day 0 to day 60
    expect(value("CMA2")).toBe((30 + 30 + 50) / 100);
    expect(value("CMA3")).toBe(1);
    expect(value("CMA4")).toBe(1);
  });

  it("CMA5-7: days without supply, with carry-over", () => {
    // Gaps: day 30-39 (10 days); the fill on day 40 lasts to day 70 but the next comes on day 60, so 10 days carry over;
    // the last fill runs from day 60 for 50 + 10 days, past the window end.
    expect(value("CMA5")).toBe(1 - 10 / 60);
    expect(value("CMA6")).toBe(1 - 10 / 100);
    expect(value("CMA7")).toBe(1 - 10 / 100);
    // CMA9 spreads each interval's coverage over it, and the last interval runs to the follow-up end
    // (day 200): 60 days of supply over 140 days, of which the window holds 40.
    expect(value("CMA9")).toBeCloseTo((40 * (1 - 10 / 40) + 20 * 1 + 40 * (1 - 80 / 140)) / 100, 12);
  });

  it("CMA7 and CMA8 with supply from before the observation window", () => {
    // Observation window from day 20: the first fill covers days 20-29 from before it.
    const observed = (method: ComputeCmaOptions["method"]) => computeCma(events, { method, followUpWindow: { start: "2020-01-01", durationDays: 200 }, observationWindow: { start: "2020-01-21", durationDays: 80 } })[0]?.value;
    expect(observed("CMA7")).toBe(1 - 10 / 80); // days 30-39 uncovered
    expect(observed("CMA8")).toBe(1 - 10 / 70); // the window starts when the earlier supply runs out, day 30
  });
});

describe("computeCma, undefined values and bad input", () => {
  it("gives null with a reason where the measure is undefined", () => {
    const onLastDay = computeCma([{ patientId: "P", date: "2020-04-10", duration: 30 }], { method: "CMA2", ...windows("2020-01-01", "2020-01-01") })[0];
    expect(onLastDay?.value).toBeNull();
    expect(onLastDay?.issues[0]?.message).toMatch(/Inf/);
    const single = computeCma([{ patientId: "P", date: "2020-02-01", duration: 30 }], { method: "CMA1", ...windows("2020-01-01", "2020-01-01") })[0];
    expect(single?.issues[0]?.message).toMatch(/at least two events/);
    const sameDay = computeCma(
      [
        { patientId: "P", date: "2020-02-01", duration: 30 },
        { patientId: "P", date: "2020-02-01", duration: 30 },
      ],
      { method: "CMA5", ...windows("2020-01-01", "2020-01-01") },
    )[0];
    expect(sameDay?.issues[0]?.message).toMatch(/same day/);
    expect(computeCma([{ patientId: "P", date: "2019-06-01", duration: 30 }], { method: "CMA9", ...windows("2020-01-01", "2020-01-01") })[0]?.value).toBeNull();
  });

  it("isolates a patient with a bad event or windows that do not fit, and reports events without a patient", () => {
    const rows = computeCma(
      [
        { patientId: "BAD", date: "2020-02-30", duration: 30 },
        { patientId: "GOOD", date: "2020-01-01", duration: 50 },
        { patientId: "BAD", date: "2020-03-01", duration: 0 },
        { date: "2020-01-01", duration: 10 } as never,
      ],
      { method: "CMA7", followUpWindow: { startAfterFirstEventDays: 0, durationDays: 100 }, observationWindow: { startAfterFollowUpDays: 0, durationDays: 100 } },
    );
    expect(rows.map((row) => [row.patientId, row.value, row.issues.map((each) => `${each.path.join(".")} ${each.code}`)])).toEqual([
      ["BAD", null, ["0.date invalid_date", "2.duration out_of_range"]],
      ["GOOD", 0.5, []],
      ["", null, ["3.patientId missing"]],
    ]);
    expect(rows[1]).toMatchObject({ followUpWindow: { start: "2020-01-01", durationDays: 100 }, observationWindow: { start: "2020-01-01", durationDays: 100 } });
    const outside = computeCma([{ patientId: "P", date: "2020-01-01", duration: 10 }], { method: "CMA7", followUpWindow: { start: "2020-01-01", durationDays: 50 }, observationWindow: { startAfterFollowUpDays: 10, durationDays: 50 } });
    expect(outside[0]?.issues[0]?.path).toEqual(["observationWindow"]);
  });

  it("throws for options that cannot work, naming them", () => {
    expect(() => computeCma([], { method: "CMA10" as never, ...windows("2020-01-01", "2020-01-01") })).toThrow(/method/);
    expect(() => computeCma([], { method: "CMA1", followUpWindow: { start: "2020-01-01", startAfterFirstEventDays: 0, durationDays: 10 }, observationWindow: { startAfterFollowUpDays: 0, durationDays: 10 } })).toThrow(/followUpWindow/);
    expect(() => computeCma([], { method: "CMA1", followUpWindow: { start: "2020-01-01", durationDays: -1 }, observationWindow: { startAfterFollowUpDays: 0, durationDays: 10 } })).toThrow(/durationDays/);
    expect(() => computeCma([], { method: "CMA1", followUpWindow: { start: "2020-13-01", durationDays: 1 }, observationWindow: { startAfterFollowUpDays: 0, durationDays: 1 } })).toThrow(/followUpWindow.start/);
  });
});
