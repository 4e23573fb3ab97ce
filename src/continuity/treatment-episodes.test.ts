import { describe, expect, it } from "vitest";
import { computeTreatmentEpisodes, type ComputeTreatmentEpisodesOptions, type TreatmentEpisodeRow } from "./treatment-episodes.js";

const followUpWindow = { start: "2020-01-01", durationDays: 365 };
const summary = (rows: readonly TreatmentEpisodeRow[]) => rows.map((row) => `${row.episode} ${row.start} ${row.durationDays} gap ${row.endGapDays} [${row.eventIndexes.join(",")}]`);

describe("computeTreatmentEpisodes, hand-worked", () => {
  // Day 0: 30 days of methadone at 60 mg; day 30: 30 days at 120 mg; day 152 (2020-06-01): 30 days of buprenorphine.
  const events = [
    { patientId: "P", date: "2020-01-31", duration: 30, dailyDose: 120, medication: "N07BC02" },
    { patientId: "P", date: "2020-01-01", duration: 30, dailyDose: 60, medication: "N07BC02" },
    { patientId: "P", date: "2020-06-01", duration: 30, dailyDose: 16, medication: "N07BC01" },
  ];
  const episodes = (options: Partial<ComputeTreatmentEpisodesOptions> = {}) => summary(computeTreatmentEpisodes(events, { followUpWindow, maximumPermissibleGapDays: 30, ...options }));

  it("splits after a gap longer than the permissible one and trims the last episode at its trailing gap", () => {
    // Gap after day 30's fill: 152 - 30 - 30 = 92 > 30. Last fill: 365 - 152 - 30 = 183 days to the follow-up end.
    expect(episodes()).toEqual(["1 2020-01-01 60 gap 92 [1,0]", "2 2020-06-01 30 gap 183 [2]"]);
    // With a permissible gap of 200 days only the change of medication splits; without that rule, nothing does.
    expect(episodes({ maximumPermissibleGapDays: 200 })).toEqual(["1 2020-01-01 60 gap 92 [1,0]", "2 2020-06-01 213 gap 183 [2]"]);
    expect(episodes({ maximumPermissibleGapDays: 200, medicationChangeStartsNewEpisode: false })).toEqual(["1 2020-01-01 365 gap 183 [1,0,2]"]);
  });

  it("starts a new episode at a dose change when asked (AdhereR 0.8.1 ignores this option)", () => {
    expect(episodes({ maximumPermissibleGapDays: 200, doseChangeStartsNewEpisode: true })).toEqual(["1 2020-01-01 30 gap 0 [1]", "2 2020-01-31 30 gap 92 [0]", "3 2020-06-01 213 gap 183 [2]"]);
  });

  it("appends the following gap, up to the permissible one, when asked", () => {
    expect(episodes({ appendGapToEpisode: true })).toEqual(["1 2020-01-01 90 gap 92 [1,0]", "2 2020-06-01 60 gap 183 [2]"]);
  });

  it("reports a patient without episodes in a row of its own", () => {
    const rows = computeTreatmentEpisodes([{ patientId: "Q", date: "2019-01-01", duration: 10 }, { patientId: "R", date: "2020-02-30", duration: 10 }], { followUpWindow, maximumPermissibleGapDays: 30 });
    expect(rows.map((row) => [row.patientId, row.episode, row.issues[0]?.code])).toEqual([
      ["Q", null, "invalid_value"],
      ["R", null, "invalid_date"],
    ]);
    expect(() => computeTreatmentEpisodes([], { followUpWindow, maximumPermissibleGapDays: -1 })).toThrow(/maximumPermissibleGapDays/);
  });
});

describe("computeTreatmentEpisodes: AdhereR's trimming and rows", () => {
  // 30 days from 1 January; the follow-up ends on day 60, so the trailing gap is exactly 30 days.
  const events = [{ patientId: "P", date: "2020-01-01", duration: 30 }];
  const options = { followUpWindow: { start: "2020-01-01", durationDays: 60 }, maximumPermissibleGapDays: 30 };

  it("trims the last episode at a trailing gap equal to the permissible one only under AdhereR compatibility", () => {
    expect(computeTreatmentEpisodes(events, options)).toEqual([{ patientId: "P", episode: 1, start: "2020-01-01", durationDays: 60, endExclusive: "2020-03-01", endGapDays: 30, eventIndexes: [0], issues: [] }]);
    expect(computeTreatmentEpisodes(events, { ...options, compat: "adherer-0.8.1" })[0]).toMatchObject({ durationDays: 30, endExclusive: "2020-01-31", endGapDays: 30 });
  });

  it("floors a fractional trailing gap only under AdhereR compatibility", () => {
    // Doses count by default: the 10 days left at 60 mg last 7.5 at 80 mg.
    const halves = [
      { patientId: "P", date: "2020-01-01", duration: 30, dailyDose: 60 },
      { patientId: "P", date: "2020-01-21", duration: 30, dailyDose: 80 },
    ];
    const rows = computeTreatmentEpisodes(halves, { ...options, maximumPermissibleGapDays: 100 });
    expect(rows[0]?.endGapDays).toBe(2.5); // 40 days from day 20 to day 60: 30 supplied, 7.5 carried
    expect(computeTreatmentEpisodes(halves, { ...options, maximumPermissibleGapDays: 100, compat: "adherer-0.8.1" })[0]?.endGapDays).toBe(2);
  });

  it("says why a patient has no episode, with the code", () => {
    const [row] = computeTreatmentEpisodes([{ patientId: "Q", date: "2019-01-01", duration: 10 }], options);
    expect(row).toEqual({ patientId: "Q", episode: null, start: null, durationDays: null, endExclusive: null, endGapDays: null, eventIndexes: [], issues: [{ code: "invalid_value", path: [], message: "The patient has no event in the follow-up window, so no treatment episode." }] });
  });
});
