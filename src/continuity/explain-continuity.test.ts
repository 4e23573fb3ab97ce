import { describe, expect, it } from "vitest";
import { explainContinuity } from "./explain-continuity.js";

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
    expect(explanation?.issues[0]?.message).toMatch(/at least two events/);
    const [bad] = explainContinuity([{ patientId: "Q", date: "2020-02-31", duration: 1 }], { method: "CMA1", ...windows });
    expect(bad?.issues[0]?.code).toBe("invalid_date");
  });
});
