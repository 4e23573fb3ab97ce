/**
 * Continuity of opioid agonist treatment for one (fictional) methadone patient in spring 2020, when
 * the clinic moved to take-home doses: how covered the patient was (CMA7, CMA8, CMA9), where the
 * gaps were, and which treatment episodes a 7-day permissible gap gives. Every number is worked out by
 * hand in docs/measuring-continuity-of-oat.md.
 */
import { strict as assert } from "node:assert";
import { computeCma, computePersistence, computeTreatmentEpisodes, explainContinuity, type ContinuityEvent } from "treatment-quality";

// Days are counted from 1 March 2020 (day 0), the start of the observation window.
const events: ContinuityEvent[] = [
  { patientId: "OAT-017", date: "2020-02-15", duration: 28, dailyDose: 80, medication: "N07BC02" }, // day -15: lasts to day 12
  { patientId: "OAT-017", date: "2020-03-20", duration: 14, dailyDose: 80, medication: "N07BC02" }, // day 19
  { patientId: "OAT-017", date: "2020-04-03", duration: 28, dailyDose: 80, medication: "N07BC02" }, // day 33: take-home for 4 weeks
  { patientId: "OAT-017", date: "2020-05-15", duration: 14, dailyDose: 80, medication: "N07BC02" }, // day 75
  { patientId: "OAT-017", date: "2020-07-15", duration: 28, dailyDose: 80, medication: "N07BC02" }, // day 136, after the window
];
const windows = {
  followUpWindow: { start: "2020-01-01", durationDays: 365 }, // to day 305
  observationWindow: { start: "2020-03-01", durationDays: 120 }, // days 0 to 120
};

// CMA7: 6 uncovered days before the first fill in the window (days 13-18), 14 after the 3 April fill
// (days 61-74) and 31 at the end (days 89-119): 51 of 120 days.
const [cma7] = computeCma(events, { method: "CMA7", ...windows });
assert.equal(cma7?.value, 1 - 51 / 120);

// CMA8 starts the window when the supply from before it runs out (day 13): 51 of 107 days.
const [cma8] = computeCma(events, { method: "CMA8", ...windows });
assert.equal(cma8?.value, 1 - 51 / 107);

// CMA9 spreads each interval's supply evenly over it, up to the next fill (to the follow-up end for
// the last): 19 days at 28/34, 14 at 1, 42 at 28/42 and 45 at 14/61, over 120 days.
const [cma9] = computeCma(events, { method: "CMA9", ...windows });
assert.ok(Math.abs(cma9!.value! - (19 * (28 / 34) + 14 + 42 * (28 / 42) + 45 * (14 / 61)) / 120) < 1e-12);

console.log(`CMA7 ${cma7!.value!.toFixed(3)}, CMA8 ${cma8!.value!.toFixed(3)}, CMA9 ${cma9!.value!.toFixed(3)}`);

// The explanation behind CMA7: covered and uncovered stretches of the window.
const [explanation] = explainContinuity(events, { method: "CMA7", ...windows });
assert.deepEqual(
  explanation!.coverage.map((span) => `${span.covered ? "covered" : "GAP    "} ${span.start} .. ${span.endExclusive} (${span.days} days)`),
  [
    "covered 2020-03-01 .. 2020-03-14 (13 days)",
    "GAP     2020-03-14 .. 2020-03-20 (6 days)",
    "covered 2020-03-20 .. 2020-05-01 (42 days)",
    "GAP     2020-05-01 .. 2020-05-15 (14 days)",
    "covered 2020-05-15 .. 2020-05-29 (14 days)",
    "GAP     2020-05-29 .. 2020-06-29 (31 days)",
  ],
);
for (const span of explanation!.coverage) console.log(`${span.covered ? "covered" : "GAP    "} ${span.start} .. ${span.endExclusive} (${span.days} days)`);

// Treatment episodes with a 7-day permissible gap (the NQF 3175 continuity rule): the 6-day gap does
// not break treatment, the 14-day gap does.
const episodes = computeTreatmentEpisodes(events, { followUpWindow: windows.followUpWindow, maximumPermissibleGapDays: 7 });
assert.deepEqual(
  episodes.map((episode) => `${episode.episode}: ${episode.start} for ${episode.durationDays} days, then ${episode.endGapDays} days without supply`),
  ["1: 2020-02-15 for 76 days, then 14 days without supply", "2: 2020-05-15 for 14 days, then 47 days without supply", "3: 2020-07-15 for 28 days, then 141 days without supply"],
);
for (const episode of episodes) console.log(`episode ${episode.episode}: ${episode.start}, ${episode.durationDays} days`);

// Persistence, NQF 3175 style (180 days without a gap longer than 7): not persistent; treatment ran
// 76 days from 15 February and broke on 1 May with a 14-day gap.
const [persistence] = computePersistence(events, { followUpWindow: windows.followUpWindow, minimumDays: 180, maximumGapDays: 7 });
assert.deepEqual([persistence?.value, persistence?.continuousDays, persistence?.breakingGap], [false, 76, { start: "2020-05-01", days: 14 }]);
