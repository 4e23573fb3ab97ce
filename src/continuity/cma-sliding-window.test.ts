import { describe, expect, it } from "vitest";
import { computeCmaSlidingWindow, type ComputeCmaSlidingWindowOptions } from "./cma-sliding-window.js";

// Follow-up days 0-200 and observation days 0-100 from 1 January 2020.
const base = { method: "CMA7" as const, followUpWindow: { start: "2020-01-01", durationDays: 200 }, observationWindow: { start: "2020-01-01", durationDays: 100 }, windowDays: 50, stepDays: 25 };
const run = (events: readonly { patientId: string; date: string; duration: number }[], options: Partial<ComputeCmaSlidingWindowOptions> = {}) => computeCmaSlidingWindow(events, { ...base, ...options });

describe("computeCmaSlidingWindow", () => {
  it("steps windows of windowDays through the observation window, as many as fit", () => {
    // Supply for days 0-29 and 60-89.
    const rows = run([
      { patientId: "P", date: "2020-01-01", duration: 30 },
      { patientId: "P", date: "2020-03-01", duration: 30 },
    ]);
    expect(rows.map((row) => [row.window, row.start, row.endExclusive, row.value, row.issues])).toEqual([
      [1, "2020-01-01", "2020-02-20", 1 - 20 / 50, []], // days 30-49 uncovered
      [2, "2020-01-26", "2020-03-16", 1 - 30 / 50, []], // days 30-59
      [3, "2020-02-20", "2020-04-10", 1 - 20 / 50, []], // days 50-59 and 90-99
    ]);
    // A window exactly as long as the observation window fits once.
    expect(run([{ patientId: "P", date: "2020-01-01", duration: 30 }], { windowDays: 100, stepDays: 1 }).map((row) => [row.window, row.value, row.issues])).toEqual([[1, 1 - 70 / 100, []]]);
  });

  it("throws for window and step lengths that are not whole numbers of at least 1, naming them", () => {
    expect(() => run([], { windowDays: 0 })).toThrow("windowDays must be a whole number of days, at least 1; got 0.");
    expect(() => run([], { stepDays: 1.5 })).toThrow("stepDays must be a whole number of days, at least 1; got 1.5.");
    expect(() => run([], { stepDays: -2 })).toThrow(/^stepDays/);
    expect(run([{ patientId: "P", date: "2020-01-01", duration: 30 }], { windowDays: 1, stepDays: 1 })).toHaveLength(100);
  });

  it("says why a window has no value", () => {
    const rows = run([{ patientId: "P", date: "2020-03-01", duration: 30 }], { method: "CMA2" });
    expect(rows.map((row) => [row.window, row.value, row.issues])).toEqual([
      [1, null, [{ code: "invalid_value", path: [], message: "There is no event in the observation window." }]],
      [2, 30 / 15, []], // the fill on day 60 over days 60-75: CMA2 is not capped
      [3, 30 / 40, []], // over days 60-100
    ]);
  });

  it("gives one row with the reason when no window fits or the patient's windows do not", () => {
    const event = { patientId: "P", date: "2020-01-01", duration: 30 };
    expect(run([event], { windowDays: 101 })).toEqual([{ patientId: "P", window: null, start: null, endExclusive: null, value: null, issues: [{ code: "invalid_value", path: [], message: "A 101-day window does not fit in the 100-day observation window." }] }]);
    const [misfit] = run([event], { followUpWindow: { start: "2020-01-01", durationDays: 50 }, observationWindow: { startAfterFollowUpDays: 10, durationDays: 50 } });
    expect([misfit?.window, misfit?.issues.map((each) => each.path)]).toEqual([null, [["observationWindow"]]]);
  });
});
