/**
 * Continuity engine speed on a registry-like data set, against the floor of the same pass, in the
 * same run:
 *   npm run bench
 * 4,000 patients x 25 take-home dispensings (100,000 events, shuffled), methadone and buprenorphine,
 * doses changing, fixed windows of 730 and 365 days. The floor groups the events by patient and sums
 * their durations: the least any per-patient measure must do.
 */
import fc from "fast-check";
import { bench, describe } from "vitest";
import { computeCma, computeTreatmentEpisodes, type ContinuityEvent } from "../../src/index.js";
import { oracleDayNumber, oracleIsoDate } from "../oracles.js";

const start = oracleDayNumber(2020, 1, 1);
const histories = fc.sample(
  fc.array(fc.record({ step: fc.integer({ min: 1, max: 40 }), duration: fc.constantFrom(7, 14, 28), dose: fc.constantFrom(40, 60, 80, 120), medication: fc.constantFrom("N07BC02", "N07BC01") }), { minLength: 25, maxLength: 25 }),
  { numRuns: 4000, seed: 2020 },
);
const events: ContinuityEvent[] = histories.flatMap((history, patient) => {
  let day = start + (patient % 60);
  return history.map(({ step, duration, dose, medication }) => {
    day += step;
    return { patientId: `P${patient}`, date: oracleIsoDate(day), duration, dailyDose: dose, medication };
  });
});
// A registry export is not sorted: shuffle deterministically.
const shuffled = events.map((event, index) => ({ event, key: (index * 7919) % events.length })).sort((a, b) => a.key - b.key).map(({ event }) => event);
const windows = { followUpWindow: { start: "2020-01-01", durationDays: 730 }, observationWindow: { start: "2020-04-01", durationDays: 365 } };
let sink = 0;

describe(`${events.length} events of ${histories.length} patients`, () => {
  bench("computeCma CMA7 (validate, group, sort, carry-over with dose changes)", () => {
    for (const row of computeCma(shuffled, { method: "CMA7", ...windows, carryOnlyForSameMedication: true, considerDosageChange: true })) sink += row.value ?? 0;
  });
  bench("computeCma CMA9", () => {
    for (const row of computeCma(shuffled, { method: "CMA9", ...windows })) sink += row.value ?? 0;
  });
  bench("computeTreatmentEpisodes (gap 30)", () => {
    sink += computeTreatmentEpisodes(shuffled, { followUpWindow: windows.followUpWindow, maximumPermissibleGapDays: 30 }).length;
  });
  bench("baseline: group by patient in a Map and sum durations", () => {
    const totals = new Map<string, number>();
    for (const event of shuffled) totals.set(event.patientId, (totals.get(event.patientId) ?? 0) + event.duration);
    sink += totals.size;
  });
});

export { sink };
