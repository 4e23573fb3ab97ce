import { describe, expect, it } from "vitest";
import type { ContinuityEvent } from "./patient-events.js";
import { computeCma } from "./cma.js";
import { computeCmaPerEpisode } from "./cma-per-episode.js";
import { computeCmaSlidingWindow } from "./cma-sliding-window.js";
import { computeTreatmentEpisodes } from "./treatment-episodes.js";

const events: ContinuityEvent[] = [
  { patientId: "A", date: "2020-01-01", duration: 30 },
  { patientId: "A", date: "2020-02-15", duration: 30 },
  { patientId: "B", date: "2020-01-10", duration: 60 },
  { patientId: "B", date: "2020-01-05", duration: 10 },
];
const windows = { followUpWindow: { start: "2020-01-01", durationDays: 200 }, observationWindow: { start: "2020-01-01", durationDays: 100 } };

async function* asyncOf<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield await Promise.resolve(item);
}

describe("event sources", () => {
  it("gives the same rows from an array, a grouped iterable and a grouped async iterable", async () => {
    const fromArray = computeCma(events, { method: "CMA7", ...windows });
    expect(computeCma(new Set(events), { method: "CMA7", ...windows })).toEqual(fromArray);
    await expect(computeCma(asyncOf(events), { method: "CMA7", ...windows })).resolves.toEqual(fromArray);
    const episodes = { followUpWindow: windows.followUpWindow, maximumPermissibleGapDays: 10 };
    await expect(computeTreatmentEpisodes(asyncOf(events), episodes)).resolves.toEqual(computeTreatmentEpisodes(events, episodes));
    const perEpisode = { method: "CMA9" as const, ...windows, maximumPermissibleGapDays: 10 };
    await expect(computeCmaPerEpisode(asyncOf(events), perEpisode)).resolves.toEqual(computeCmaPerEpisode(events, perEpisode));
    const sliding = { method: "CMA1" as const, ...windows, windowDays: 50, stepDays: 25 };
    expect(computeCmaSlidingWindow(events.values(), sliding)).toEqual(computeCmaSlidingWindow(events, sliding));
  });

  it("reports a patient whose events in a stream are not together, and events without a patient", async () => {
    const scattered = [...events, { patientId: "A", date: "2020-03-01", duration: 30 }, { date: "2020-01-01", duration: 1 } as never];
    const rows = await computeCma(asyncOf(scattered), { method: "CMA7", ...windows });
    expect(rows.map((row) => [row.patientId, row.value === null, row.issues.map((each) => `${each.path.join(".")} ${each.code}`)])).toEqual([
      ["A", false, []],
      ["B", false, []],
      ["A", true, ["4.patientId invalid_value"]],
      ["", true, ["5.patientId missing"]],
    ]);
  });
});
