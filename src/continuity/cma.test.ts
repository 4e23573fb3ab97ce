import { describe, expect, it } from "vitest";
import { dayNumberToIsoDate, isoDateToDayNumber } from "../days/index.js";
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

describe("computeCma, every reason for no value, and the options' effects", () => {
  const window = windows("2020-01-01", "2020-01-01"); // follow-up days 0-200, observation days 0-100
  const on = (day: number, duration = 30, more: { dailyDose?: number; medication?: string } = {}) => ({ patientId: "P", date: dayNumberToIsoDate(isoDateToDayNumber("2020-01-01") + day), duration, ...more });
  const row = (method: ComputeCmaOptions["method"], events: readonly ReturnType<typeof on>[], options: Partial<ComputeCmaOptions> = {}) => computeCma(events, { method, ...window, ...options })[0];
  const reason = (...args: Parameters<typeof row>) => {
    const result = row(...args);
    expect(result?.value).toBeNull();
    expect(result?.issues.map((each) => [each.code, each.path])).toEqual([["invalid_value", []]]);
    return result?.issues[0]?.message;
  };

  it("says how many events there were when CMA1 or CMA5 needs two", () => {
    expect(reason("CMA1", [on(10)])).toBe("CMA1 needs at least two events in the observation window; there is one.");
    expect(reason("CMA1", [on(150)])).toBe("CMA1 needs at least two events in the observation window; there are none.");
    expect(reason("CMA5", [on(10)])).toBe("CMA5 needs at least two events in the observation window; there is one.");
    expect(reason("CMA5", [on(150)])).toBe("CMA5 needs at least two events in the observation window; there are none.");
    expect(reason("CMA1", [on(10), on(10)])).toBe("The first and last events in the observation window fall on the same day, so CMA1 has a zero denominator.");
  });

  it("says when there is no event to measure from, or only on the window's last day", () => {
    expect(reason("CMA2", [on(150)])).toBe("There is no event in the observation window.");
    expect(reason("CMA6", [on(150)])).toBe("There is no event in the observation window.");
    expect(reason("CMA6", [on(100)])).toBe("The only events in the observation window are on its last day, so CMA6 divides by zero.");
    expect(reason("CMA7", [on(150)])).toBe("There is no event in or before the observation window.");
    expect(reason("CMA9", [on(150)])).toBe("There is no event in or before the observation window.");
    // An event on the last day of the window is in it: CMA9 is 0, not undefined.
    expect(row("CMA9", [on(100)])?.value).toBe(0);
  });

  it("says when the observation window has no length, and when CMA8's lagged window has none", () => {
    const empty = { observationWindow: { start: "2020-01-01", durationDays: 0 } };
    for (const method of ["CMA7", "CMA8", "CMA9"] as const) expect(reason(method, [on(0)], empty), method).toBe("The observation window has no length.");
    // Observation days 10-100; the supply dispensed on day 0 lasts to day 200.
    const late = { observationWindow: { start: "2020-01-11", durationDays: 90 } };
    expect(reason("CMA8", [on(0, 200)], late)).toBe("Supply from before the observation window lasts to its end, so the lagged window of CMA8 has no length.");
    // Supply for days 0-99 runs out exactly at the end of the window (day 100, exclusive): still no lagged window.
    expect(reason("CMA8", [on(0, 100)], late)).toBe("Supply from before the observation window lasts to its end, so the lagged window of CMA8 has no length.");
  });

  it("gives CMA9 a value when two events fall on one day", () => {
    // The second event's interval runs to the follow-up end (day 200): 130 of its 190 days uncovered, 90 in the window.
    expect(row("CMA9", [on(10), on(10)])?.value).toBeCloseTo(((1 - 130 / 190) * 90) / 100, 12);
  });

  it("carries supply across a change of medication and ignores doses unless asked", () => {
    const events = [on(0, 30, { medication: "A", dailyDose: 10 }), on(20, 30, { medication: "B", dailyDose: 20 })];
    expect(row("CMA7", events)?.value).toBe(1 - 40 / 100); // 10 days carried: uncovered days 60-99
    expect(row("CMA7", events, { carryOnlyForSameMedication: true })?.value).toBe(1 - 50 / 100);
    expect(row("CMA7", events, { considerDosageChange: true })?.value).toBe(1 - 45 / 100); // 10 days at 10 last 5 at 20
  });

  it("rounds CMA8's lagged window half to even only for AdhereR compatibility", () => {
    // Follow-up from day -10. With doses, the supply from before the window lasts to day 18.5, so the
    // lagged window is days 18.5-100 (81.5 days), or 82 days rounded like R.
    const followUpWindow = { start: "2019-12-22", durationDays: 200 };
    const events = [on(-10, 20, { dailyDose: 3 }), on(-5, 1, { dailyDose: 2 }), on(50, 10, { dailyDose: 2 })];
    const options = { followUpWindow, considerDosageChange: true };
    // Uncovered: days 18.5-50 and the 40 (or 40.5) days after the last supply.
    expect(row("CMA8", events, options)?.value).toBeCloseTo(10 / 81.5, 12);
    expect(row("CMA8", events, { ...options, compat: "none" })?.value).toBeCloseTo(10 / 81.5, 12);
    expect(row("CMA8", events, { ...options, compat: "adherer-0.8.1" })?.value).toBeCloseTo(10 / 82, 12);
  });

  it("names every method when the method is unknown", () => {
    expect(() => computeCma([], { method: "CMA10" as never, ...window })).toThrow("method must be one of CMA1, CMA2, CMA3, CMA4, CMA5, CMA6, CMA7, CMA8, CMA9; got CMA10.");
  });
});

describe("computeCma: dose changes where a dose is missing", () => {
  const on = (date: string, dailyDose?: number) => ({ patientId: "P", date, duration: 30, ...(dailyDose === undefined ? {} : { dailyDose }) });
  const value = (events: readonly ReturnType<typeof on>[]) => computeCma(events, { method: "CMA7", ...windows("2020-01-01", "2020-01-01"), considerDosageChange: true })[0]?.value;

  it("carries supply unchanged when either dose is unknown", () => {
    // 10 days left on day 20, carried whole: days 60-99 uncovered.
    expect(value([on("2020-01-01"), on("2020-01-21", 20)])).toBe(0.6);
    expect(value([on("2020-01-01", 20), on("2020-01-21")])).toBe(0.6);
    expect(value([on("2020-01-01", 20), on("2020-01-21", 40)])).toBe(0.55); // 10 days at 20 last 5 at 40
  });
});
