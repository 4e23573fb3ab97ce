/**
 * PDC against CMA for one (fictional) methadone patient, and retention in treatment for a small
 * (fictional) cohort that entered OAT in 2020: point retention with Wilson intervals, the
 * Kaplan-Meier curve, and cumulative incidence when deaths compete with discontinuation. Every
 * number is worked out by hand in docs/measuring-continuity-of-oat.md.
 */
import { strict as assert } from "node:assert";
import { addDays, computeCma, computeProportionOfDaysCovered, computeRetention, cumulativeIncidence, kaplanMeier, retentionAt, type ContinuityEvent, type TreatmentExit } from "treatment-quality";

// --- PDC and CMA7 for patient OAT-017 (the patient of examples/continuity-of-oat.ts), 1 March to 29 June 2020.
const oat017: ContinuityEvent[] = [
  { patientId: "OAT-017", date: "2020-02-15", duration: 28, medication: "N07BC02" }, // before the period: lasts to 13 March
  { patientId: "OAT-017", date: "2020-03-20", duration: 14, medication: "N07BC02" }, // the index date
  { patientId: "OAT-017", date: "2020-04-03", duration: 28, medication: "N07BC02" },
  { patientId: "OAT-017", date: "2020-05-15", duration: 14, medication: "N07BC02" },
];
const period = { start: "2020-03-01", end: "2020-06-29" };
// PQA: from the index date (20 March) to 29 June is 102 days, of which 14 + 28 + 14 = 56 are covered.
const [pdc] = computeProportionOfDaysCovered(oat017, { period });
assert.deepEqual([pdc?.indexDate, pdc?.treatmentDays, pdc?.coveredDays, pdc?.value, pdc?.adherent], ["2020-03-20", 102, 56, 56 / 102, false]);
// CMA7 looks at the whole 120-day window and counts the 13 days of February supply carried into it.
const [cma7] = computeCma(oat017, { method: "CMA7", followUpWindow: { start: "2020-01-01", durationDays: 365 }, observationWindow: { start: "2020-03-01", durationDays: 120 } });
assert.equal(cma7?.value, 1 - 51 / 120);
// The 14 days without supply from 1 May were a hospital stay where methadone was given: counted as covered,
// 70 of 102 days; left out of the measure instead, 56 of 88.
const hospital = { patientId: "OAT-017", start: "2020-05-01", end: "2020-05-14" };
assert.equal(computeProportionOfDaysCovered(oat017, { period, specialPeriods: [{ ...hospital, treatAs: "covered" }] })[0]?.value, 70 / 102);
assert.equal(computeProportionOfDaysCovered(oat017, { period, specialPeriods: [{ ...hospital, treatAs: "excluded" }] })[0]?.value, 56 / 88);

// --- Retention of a cohort. Each patient collects 14-day take-home doses on time for `days` days from entry.
function course(patientId: string, entry: string, days: number): ContinuityEvent[] {
  return Array.from({ length: Math.ceil(days / 14) }, (_, fill) => ({ patientId, date: addDays(entry, 14 * fill), duration: Math.min(14, days - 14 * fill), medication: "N07BC02" }));
}
const cohort = [
  ...course("A", "2020-01-06", 400), // stops on 8 February 2021: discontinued after 400 days
  ...course("B", "2020-02-03", 120), // discontinued after 120 days
  ...course("C", "2020-03-02", 400), // still in treatment at the data end: 395 days observed
  ...course("D", "2020-04-06", 60), // discontinued after 60 days
  ...course("E", "2020-05-04", 300), // died on 1 September 2020, day 121
  ...course("F", "2020-06-01", 400), // transferred on 31 August 2020, day 92
  ...course("G", "2020-10-05", 200), // still in treatment at the data end: 178 days observed
  ...course("H", "2020-11-02", 30), // discontinued after 30 days
];
const exits: TreatmentExit[] = [
  { patientId: "E", date: "2020-09-01", reason: "death" },
  { patientId: "F", date: "2020-08-31", reason: "transfer" },
];
const rows = computeRetention(cohort, { dataEnd: "2021-03-31", maximumGapDays: 14, exits, deaths: "competing" });
assert.deepEqual(
  rows.map((row) => `${row.patientId} ${row.outcome} ${row.time}`),
  ["A discontinued 400", "B discontinued 120", "C data-end 395", "D discontinued 60", "E death 121", "F transfer 92", "G data-end 178", "H discontinued 30"],
);

// Point retention: at 90 days D and H have left, the other 6 of 8 are in treatment. At 180 days B has
// left too and E has died (not retained); F and G were followed for less than 180 days, so their status
// is unknown and they leave the denominator: 2 of 6.
const points = retentionAt(rows, { days: [90, 180, 365] });
assert.deepEqual(
  points.map(({ horizon, numerator, denominator, discontinued, competing, censored }) => [horizon, numerator, denominator, discontinued, competing, censored]),
  [
    ["90 days", 6, 8, 2, 0, 0],
    ["180 days", 2, 6, 3, 1, 2],
    ["365 days", 2, 6, 3, 1, 2],
  ],
);
// Wilson 95% interval of 6 of 8.
assert.deepEqual([points[0]?.lower?.toFixed(3), points[0]?.upper?.toFixed(3)], ["0.409", "0.929"]);

// Kaplan-Meier of time to discontinuation, everyone else censored: 7/8 after day 30, x 6/7 after day 60,
// x 4/5 after day 120 (5 at risk: F left on day 92), 0 after day 400 (A is the last one at risk).
const [km] = kaplanMeier(rows.map((row) => ({ time: row.time!, event: row.event! })));
assert.deepEqual(km?.curve.filter((row) => row.events > 0).map((row) => [row.time, Number(row.survival.toFixed(12))]), [
  [30, 0.875],
  [60, 0.75],
  [120, 0.6],
  [400, 0],
]);
assert.equal(km?.median, 400);

// Cumulative incidence with death as a competing event: by day 400, 85% discontinued and 15% died first;
// 1 - Kaplan-Meier would say 100% discontinued, because it treats the death as if E could still leave later.
const [incidence] = cumulativeIncidence(rows.map((row) => ({ time: row.time!, cause: row.cause })));
const last = incidence?.curve.at(-1);
assert.ok(Math.abs(last!.incidence["discontinuation"]!.value - 0.85) < 1e-12);
assert.ok(Math.abs(last!.incidence["death"]!.value - 0.15) < 1e-12);

console.log(`PDC ${pdc?.value?.toFixed(3)} (adherent: ${String(pdc?.adherent)}), CMA7 ${cma7?.value?.toFixed(3)}`);
for (const point of points) console.log(`retained at ${point.horizon}: ${point.numerator} of ${point.denominator} (${point.lower?.toFixed(2)}-${point.upper?.toFixed(2)})`);
console.log(`cumulative incidence by day 400: discontinued ${last?.incidence["discontinuation"]?.value.toFixed(2)}, died ${last?.incidence["death"]?.value.toFixed(2)}`);
