/**
 * Which OAT services were disrupted in spring 2020, by region, against the same months of 2019, for a
 * fictional country of three facilities in two regions. Every number is worked out by hand in
 * docs/continuity-of-services.md.
 */
import { strict as assert } from "node:assert";
import { classifyDisruption, computeServiceDisruption, type Facility, type ServiceVolume } from "treatment-quality";

const facilities: Facility[] = [
  { id: "N1", name: "North city dispensary (fictional)", region: "North", ownership: "public", modalities: ["outpatient"] },
  { id: "N2", name: "North district clinic (fictional)", region: "North", ownership: "public", modalities: ["outpatient"] },
  { id: "S1", name: "South city dispensary (fictional)", region: "South", ownership: "public", modalities: ["outpatient"] },
];

// Patients in OAT per month; N2 did not report June 2020.
const MONTHS = [
  ["04", "30"],
  ["05", "31"],
  ["06", "30"],
] as const;
const reports = (facilityId: string, year: number, counts: readonly number[]): ServiceVolume[] =>
  counts.map((count, index) => ({ facilityId, serviceId: `${facilityId}-OAT`, unit: "patients", count, period: { start: `${year}-${MONTHS[index]![0]}-01`, end: `${year}-${MONTHS[index]![0]}-${MONTHS[index]![1]}` } }));
const volumes = [
  ...reports("N1", 2019, [100, 100, 100]),
  ...reports("N1", 2020, [95, 95, 95]),
  ...reports("N2", 2019, [50, 50, 50]),
  ...reports("N2", 2020, [40, 40]),
  ...reports("S1", 2019, [80, 80, 80]),
  ...reports("S1", 2020, [30, 20, 10]),
];

const report = computeServiceDisruption(volumes, facilities, { period: { start: "2020-04-01", end: "2020-06-30" }, baseline: { years: [2019] }, by: ["region"] });

// North: only N1 reported every month of both years: 285 patient-months against 300, a drop of exactly 5%.
// South: 60 against 240, 75% less.
assert.deepEqual(
  report.rows.map((row) => [row.region, row.volume, row.baseline, row.change, row.band, row.restsOnIncompleteReporting]),
  [
    ["North", 285, 300, 0.05, "partially-disrupted", true],
    ["South", 60, 240, 0.75, "severely-disrupted", false],
  ],
);
assert.deepEqual(report.rows[0]?.incomplete, [{ facilityId: "N2", serviceId: "N2-OAT", unit: "patients" }]);
const n2 = report.completeness.find((each) => each.facilityId === "N2" && each.window === "period");
assert.equal(n2?.reportedDays, 61); // April and May of 91 days

// The bands on their own: below 5% is no disruption, 5% to 50% partial, above 50% severe.
assert.deepEqual([0.04, 0.05, 0.5, 0.51, -0.1].map((drop) => classifyDisruption(drop)), ["not-disrupted", "partially-disrupted", "partially-disrupted", "severely-disrupted", "not-disrupted"]);

for (const row of report.rows) {
  console.log(`${row.region}: ${row.volume} against ${row.baseline} (${((row.change ?? 0) * 100).toFixed(1)}% less): ${row.band}${row.restsOnIncompleteReporting ? `, without ${row.incomplete.map((cell) => cell.facilityId).join(", ")} (incomplete reporting)` : ""}`);
}
