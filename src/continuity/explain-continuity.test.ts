import { describe, expect, it } from "vitest";
import type { ComputeCmaOptions } from "./cma.js";
import { explainContinuity, type ExplainContinuityOptions } from "./explain-continuity.js";

describe("explainContinuity", () => {
  const events = [
    { patientId: "P", date: "2019-12-01", duration: 30, medication: "N07BC02" }, // before the follow-up window: discarded
    { patientId: "P", date: "2020-01-01", duration: 30, medication: "N07BC02" },
    { patientId: "P", date: "2020-02-10", duration: 30, medication: "N07BC02" },
    { patientId: "P", date: "2020-06-01", duration: 30, medication: "N07BC02" }, // after the observation window
  ];
  const windows = { followUpWindow: { start: "2020-01-01", durationDays: 200 }, observationWindow: { start: "2020-01-11", durationDays: 90 } };

  it("places every event, gives intervals, carry and gaps as CMA7 uses them, the coverage and the episodes", () => {
    const [explanation] = explainContinuity(events, { method: "CMA7", ...windows, maximumPermissibleGapDays: 5 });
    expect([explanation?.patientId, explanation?.method]).toEqual(["P", "CMA7"]);
    expect(explanation?.events.map((event) => [event.index, event.place, event.interval ?? null, event.gap ?? null])).toEqual([
      [0, "outside-follow-up", null, null],
      [1, "before-observation", 40, 10],
      [2, "in-observation", 60, 30], // to the observation end, day 100
      [3, "after-observation", null, null],
    ]);
    expect(explanation?.coverage).toEqual([
      { start: "2020-01-11", endExclusive: "2020-01-31", days: 20, covered: true },
      { start: "2020-01-31", endExclusive: "2020-02-10", days: 10, covered: false },
      { start: "2020-02-10", endExclusive: "2020-03-11", days: 30, covered: true },
      { start: "2020-03-11", endExclusive: "2020-04-10", days: 30, covered: false },
    ]);
    expect(explanation?.value).toBe(1 - 40 / 90);
    expect(explanation?.episodes?.map((episode) => [episode.episode, episode.start, episode.durationDays, episode.eventIndexes])).toEqual([
      [1, "2020-01-01", 30, [1]],
      [2, "2020-02-10", 30, [2]],
      [3, "2020-06-01", 30, [3]],
    ]);
  });

  it("says why a value is null", () => {
    const [explanation] = explainContinuity(events.slice(0, 2), { method: "CMA1", ...windows });
    expect(explanation?.value).toBeNull();
    expect(explanation?.issues.map((each) => [each.code, each.path])).toEqual([["invalid_value", []]]);
    expect(explanation?.issues[0]?.message).toMatch(/at least two events/);
    const [bad] = explainContinuity([{ patientId: "Q", date: "2020-02-31", duration: 1 }], { method: "CMA1", ...windows });
    expect(bad?.issues[0]?.code).toBe("invalid_date");
  });

  describe("intervals, carry and gaps as each measure counts them", () => {
    // Follow-up days 0-200, observation days 10-100. Fills on days 0 (30 days), 20 (30), 40 (10) and 60 (10);
    // the medication changes on day 40 and the dose is given on the first two fills only.
    const fills = [
      { patientId: "P", date: "2020-01-01", duration: 30, dailyDose: 10, medication: "A" },
      { patientId: "P", date: "2020-01-21", duration: 30, dailyDose: 20, medication: "A" },
      { patientId: "P", date: "2020-02-10", duration: 10, medication: "B" },
      { patientId: "P", date: "2020-03-01", duration: 10 },
    ];
    const spans = (method: ComputeCmaOptions["method"], options: Partial<ExplainContinuityOptions> = {}) =>
      explainContinuity(fills, { method, ...windows, ...options })[0]?.events.map((event) => [event.place, event.interval ?? null, event.carryIn ?? null, event.gap ?? null]);

    it("CMA1-CMA4: no carry, only the fills in the observation window", () => {
      // With or without the carry options: the fill of day 20 overlaps the next by 10 days, and carries none of them.
      for (const method of ["CMA1", "CMA2", "CMA3", "CMA4"] as const) {
        expect(spans(method), method).toEqual(spans(method, { carryOnlyForSameMedication: true, considerDosageChange: true }));
        expect(spans(method), method).toEqual([
          ["before-observation", null, null, null],
          ["in-observation", 20, 0, 0],
          ["in-observation", 20, 0, 10],
          ["in-observation", 40, 0, 30],
        ]);
      }
    });

    it("CMA5 and CMA6: carry between the fills in the observation window", () => {
      for (const method of ["CMA5", "CMA6"] as const) {
        expect(spans(method), method).toEqual([
          ["before-observation", null, null, null],
          ["in-observation", 20, 0, 0],
          ["in-observation", 20, 10, 0],
          ["in-observation", 40, 0, 30],
        ]);
      }
      // Carry only for the same medication: the change on day 40 drops the 10 days carried.
      expect(spans("CMA5", { carryOnlyForSameMedication: true })?.[2]).toEqual(["in-observation", 20, 0, 10]);
    });

    it("CMA7 and CMA8: carry from before the window, across medications unless asked, doses only when asked", () => {
      const carried = [
        ["before-observation", 20, 0, 0],
        ["in-observation", 20, 10, 0],
        ["in-observation", 20, 20, 0],
        ["in-observation", 40, 10, 20],
      ];
      expect(spans("CMA7")).toEqual(carried);
      expect(spans("CMA8")).toEqual(carried);
      expect(spans("CMA7", { carryOnlyForSameMedication: true })).toEqual([
        ["before-observation", 20, 0, 0],
        ["in-observation", 20, 10, 0],
        ["in-observation", 20, 0, 10],
        ["in-observation", 40, 0, 30],
      ]);
      // The dose doubles on day 20: the 10 days carried last 5 at the new dose.
      expect(spans("CMA7", { considerDosageChange: true })).toEqual([
        ["before-observation", 20, 0, 0],
        ["in-observation", 20, 5, 0],
        ["in-observation", 20, 15, 0],
        ["in-observation", 40, 5, 25],
      ]);
    });

    it("CMA9: the last interval runs to the end of the follow-up window", () => {
      expect(spans("CMA9")?.[3]).toEqual(["in-observation", 140, 10, 120]);
    });

    it("gives the coverage of the observation window in merged spans, none of them empty", () => {
      const [explanation] = explainContinuity(fills, { method: "CMA7", ...windows });
      expect(explanation?.coverage).toEqual([
        { start: "2020-01-11", endExclusive: "2020-03-21", days: 70, covered: true },
        { start: "2020-03-21", endExclusive: "2020-04-10", days: 20, covered: false },
      ]);
      expect(explanation?.value).toBe(1 - 20 / 90);
      expect(explanation?.issues).toEqual([]);
    });

    it("gives each event's dose and medication as recorded, and nothing for what was not", () => {
      const [explanation] = explainContinuity(fills, { method: "CMA1", ...windows });
      expect(explanation?.events.map(({ index, date, duration, dailyDose, medication }) => ({ index, date, duration, dailyDose, medication }))).toStrictEqual([
        { index: 0, date: "2020-01-01", duration: 30, dailyDose: 10, medication: "A" },
        { index: 1, date: "2020-01-21", duration: 30, dailyDose: 20, medication: "A" },
        { index: 2, date: "2020-02-10", duration: 10, dailyDose: undefined, medication: "B" },
        { index: 3, date: "2020-03-01", duration: 10, dailyDose: undefined, medication: undefined },
      ]);
      expect(explanation?.events.map((event) => ["dailyDose" in event, "medication" in event])).toEqual([
        [true, true],
        [true, true],
        [false, true],
        [false, false],
      ]);
    });
  });

  it("places events on the edges of the windows: both ends belong to them", () => {
    const on = (date: string) => ({ patientId: "P", date, duration: 5 });
    // Follow-up days 0-200 (2020-07-19), observation days 10-100 (2020-04-10).
    const [explanation] = explainContinuity([on("2019-12-31"), on("2020-01-11"), on("2020-04-10"), on("2020-04-11"), on("2020-07-19"), on("2020-07-20")], { method: "CMA7", ...windows });
    expect(explanation?.events.map((event) => [event.date, event.place])).toEqual([
      ["2019-12-31", "outside-follow-up"],
      ["2020-01-11", "in-observation"],
      ["2020-04-10", "in-observation"],
      ["2020-04-11", "after-observation"],
      ["2020-07-19", "after-observation"],
      ["2020-07-20", "outside-follow-up"],
    ]);
  });

  it("gives no events and no coverage for a patient whose windows do not fit, and checks the episode options", () => {
    const [misfit] = explainContinuity([{ patientId: "P", date: "2020-01-01", duration: 5 }], { method: "CMA7", followUpWindow: { start: "2020-01-01", durationDays: 50 }, observationWindow: { startAfterFollowUpDays: 10, durationDays: 50 } });
    expect([misfit?.patientId, misfit?.method, misfit?.value, misfit?.events, misfit?.coverage, misfit?.issues.map((each) => each.path)]).toEqual(["P", "CMA7", null, [], [], [["observationWindow"]]]);
    expect(() => explainContinuity([], { method: "CMA7", ...windows, maximumPermissibleGapDays: -1 })).toThrow(/maximumPermissibleGapDays/);
  });
});
