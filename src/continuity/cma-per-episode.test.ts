import { describe, expect, it } from "vitest";
import { dayNumberToIsoDate, isoDateToDayNumber } from "../days/index.js";
import type { CmaMethod } from "./cma.js";
import { computeCmaPerEpisode, type ComputeCmaPerEpisodeOptions } from "./cma-per-episode.js";

const on = (day: number, duration: number, more: { medication?: string; dailyDose?: number } = {}) => ({ patientId: "P", date: dayNumberToIsoDate(isoDateToDayNumber("2020-01-01") + day), duration, ...more });
// Follow-up and observation: days 0-200 from 1 January 2020; a permissible gap of 15 days.
const base = { followUpWindow: { start: "2020-01-01", durationDays: 200 }, observationWindow: { start: "2020-01-01", durationDays: 200 }, maximumPermissibleGapDays: 15 };
const run = (events: readonly ReturnType<typeof on>[], options: Partial<ComputeCmaPerEpisodeOptions> & { method: CmaMethod }) => computeCmaPerEpisode(events, { ...base, ...options });
const episodes = (rows: ReturnType<typeof run>) => rows.map((row) => [row.episode, row.episodeStart, row.episodeDurationDays]);

describe("computeCmaPerEpisode", () => {
  // Day 0 for 30 days, day 10 for 30 days (20 days left over), day 70 for 10 days.
  const refills = [on(0, 30), on(10, 30), on(70, 10)];

  it("splits episodes without carry-over for CMA1-CMA4, with it for CMA5-CMA9", () => {
    // Without carry the second supply ends on day 40, 30 days before the next: two episodes.
    for (const method of ["CMA1", "CMA2", "CMA3", "CMA4"] as const) {
      expect(episodes(run(refills, { method })), method).toEqual([
        [1, "2020-01-01", 40],
        [2, "2020-03-11", 10],
      ]);
    }
    // With carry it ends on day 60, a gap of 10: one episode, to the end of the last supply on day 80.
    for (const method of ["CMA5", "CMA7", "CMA9"] as const) expect(episodes(run(refills, { method })), method).toEqual([[1, "2020-01-01", 80]]);
  });

  it("carries supply across a change of medication and ignores doses unless asked, as AdhereR's CMA_per_episode", () => {
    const switched = [on(0, 30, { medication: "A" }), on(10, 30, { medication: "B" }), on(70, 10, { medication: "A" })];
    const options = { method: "CMA7" as const, medicationChangeStartsNewEpisode: false };
    expect(run(switched, options)).toHaveLength(1);
    expect(run(switched, { ...options, carryOnlyForSameMedication: true })).toHaveLength(2);
    // The dose doubles on day 10: the 20 days left last 10 at the new dose when doses count.
    const doubled = [on(0, 30, { dailyDose: 50 }), on(10, 30, { dailyDose: 100 }), on(70, 10, { dailyDose: 100 })];
    expect(run(doubled, { method: "CMA7" })).toHaveLength(1);
    expect(run(doubled, { method: "CMA7", considerDosageChange: true })).toHaveLength(2);
  });

  it("gives each episode's part of the observation window, and the episode's own length under AdhereR compatibility", () => {
    // Observation days 20-200: the first episode (days 0-40, without carry) overlaps it for 20 days.
    const late = { method: "CMA2" as const, observationWindow: { start: "2020-01-21", durationDays: 180 } };
    const rows = run(refills, late);
    expect(rows.map((row) => [row.episode, row.start, row.endExclusive, row.durationDays, row.endGapDays])).toEqual([
      [1, "2020-01-21", "2020-02-10", 20, 30],
      [2, "2020-03-11", "2020-03-21", 10, 120],
    ]);
    expect(run(refills, { ...late, compat: "adherer-0.8.1" }).map((row) => row.durationDays)).toEqual([40, 10]);
  });

  it("says why an episode has no value, and gives none for an episode with one", () => {
    const rows = run(refills, { method: "CMA1" });
    expect(rows.map((row) => [row.value, row.issues])).toEqual([
      [3, []], // the first fill's 30 days over the 10 days to the second (CMA1 is not capped)
      [null, [{ code: "invalid_value", path: [], message: "CMA1 needs at least two events in the observation window; there is one." }]],
    ]);
  });

  it("says so when no episode overlaps the observation window, and when the windows do not fit", () => {
    const [none] = run([on(0, 10)], { method: "CMA7", observationWindow: { start: "2020-03-01", durationDays: 100 } });
    expect(none).toEqual({ patientId: "P", episode: null, start: null, endExclusive: null, durationDays: null, episodeStart: null, episodeDurationDays: null, endGapDays: null, value: null, issues: [{ code: "invalid_value", path: [], message: "No treatment episode overlaps the observation window." }] });
    const [misfit] = run([on(0, 10)], { method: "CMA7", followUpWindow: { start: "2020-01-01", durationDays: 50 }, observationWindow: { startAfterFollowUpDays: 10, durationDays: 50 } });
    expect([misfit?.episode, misfit?.issues.map((each) => each.path)]).toEqual([null, [["observationWindow"]]]);
  });

  it("floors a fractional gap after an episode only under AdhereR compatibility", () => {
    // Doses count when asked: the 10 days left at 60 mg last 7.5 at 80 mg, so 142.5 of the 180 days to the follow-up end are uncovered.
    const events = [on(0, 30, { dailyDose: 60 }), on(20, 30, { dailyDose: 80 })];
    const options = { method: "CMA7" as const, considerDosageChange: true, maximumPermissibleGapDays: 100 };
    expect(run(events, options).map((row) => row.endGapDays)).toEqual([142.5]);
    expect(run(events, { ...options, compat: "adherer-0.8.1" }).map((row) => row.endGapDays)).toEqual([142]);
  });
});
