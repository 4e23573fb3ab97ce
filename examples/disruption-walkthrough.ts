/**
 * Continuity of services during a COVID-19-like disruption, on the fictional sample registry: the
 * baseline and the bands per region, reporting completeness, availability, adaptations (take-home
 * doses, remote contacts), retention, and a published table with small cells suppressed. The guide
 * docs/continuity-of-services.md quotes every number this script prints and checks.
 */
import { strict as assert } from "node:assert";
import {
  BUILT_IN_INDICATORS,
  computeIndicator,
  computeIndicatorOverPeriods,
  computeServiceAvailability,
  computeServiceDisruption,
  disclosureIntervals,
  indicatorCountTable,
  indicatorProportions,
  indicatorSurvival,
  suppressSmallCells,
} from "treatment-quality";
import { generateSampleRegistry } from "treatment-quality/sample";

const registry = generateSampleRegistry({ seed: 1 });
const { scenario } = registry;
const indicator = (id: string) => BUILT_IN_INDICATORS.find((definition) => definition.id === id)!;
const percent = (value: number | null) => (value === null ? "-" : `${(100 * value).toFixed(1)}%`);
console.log(registry.notice);

// 1. OAT patients per month, April to June 2020 against the same months of 2019, by region.
const oatPatients = registry.volumes.filter((volume) => volume.unit === "patients");
const disruption = computeServiceDisruption(oatPatients, registry.facilities, { period: { start: "2020-04-01", end: "2020-06-30" }, baseline: { years: [2019] }, by: ["region"] });
console.log("\nregion    2019  2020  change  band  (incomplete reporting)");
for (const row of disruption.rows) console.log(String(row.region).padEnd(9), String(row.baseline).padStart(4), String(row.volume).padStart(5), percent(row.change).padStart(7), row.band, row.restsOnIncompleteReporting ? `(left out: ${row.incomplete.map((each) => each.facilityId).join(", ")})` : "");
assert.deepEqual(
  disruption.rows.map((row) => [row.region, row.baseline, row.volume, row.band]),
  [
    ["Amber", 320, 324, "not-disrupted"],
    ["Birch", 66, 69, "not-disrupted"],
    ["Cedar", 121, 99, "partially-disrupted"],
    ["Delta", 92, 90, "not-disrupted"],
    ["Elm", 42, 39, "partially-disrupted"],
    ["Fern", 64, 43, "partially-disrupted"],
    ["Granite", 86, 63, "partially-disrupted"],
    ["Harbour", 88, 66, "partially-disrupted"],
    ["Iris", 33, 32, "not-disrupted"],
    ["Juniper", 36, 43, "not-disrupted"],
    ["Kestrel", 74, 58, "partially-disrupted"],
    ["Lagoon", 64, 58, "partially-disrupted"],
    ["Meadow", 85, 57, "partially-disrupted"],
  ],
);
assert.deepEqual(disruption.rows.flatMap((row) => row.incomplete.map((cell) => cell.facilityId)), ["ELM-01", "IRI-01"]);
assert.deepEqual(scenario.closures.map((closure) => closure.facilityId), ["FER-02", "HAR-02", "MEA-02"]);
const country = computeServiceDisruption(registry.volumes, registry.facilities, { period: { start: "2020-04-01", end: "2020-06-30" }, baseline: { years: [2019] }, by: [] });
console.log("\nthe country, by what is counted:");
for (const row of country.rows) console.log(row.unit.padEnd(17), String(row.baseline).padStart(5), String(row.volume).padStart(5), percent(row.change).padStart(7), row.band);
assert.deepEqual(
  country.rows.map((row) => [row.unit, row.baseline, row.volume, row.band]),
  [
    ["admissions", 3324, 2455, "partially-disrupted"],
    ["contacts", 1155, 1041, "partially-disrupted"],
    ["kits-distributed", 1666, 589, "severely-disrupted"],
    ["patients", 1171, 1041, "partially-disrupted"],
  ],
);

// 2. Availability: the share of facilities offering OAT that were open, month by month.
const months = { "2020-03": { start: "2020-03-01", end: "2020-03-31" }, "2020-04": { start: "2020-04-01", end: "2020-04-30" }, "2020-05": { start: "2020-05-01", end: "2020-05-31" }, "2020-06": { start: "2020-06-01", end: "2020-06-30" } };
const oatServices = registry.services.filter((service) => service.id.endsWith("-OAT"));
const availability = computeServiceAvailability(oatServices, registry.facilities, oatPatients, { periods: months, by: [] });
console.log("\nOAT sites open:");
for (const row of availability.rows) console.log(row.period, `${row.numerator} of ${row.denominator}`, row.unknown.length > 0 ? `(not reported: ${row.unknown.join(", ")})` : "");
assert.deepEqual(
  availability.rows.map((row) => [row.period, row.numerator, row.denominator, row.unknown]),
  [
    ["2020-03", 32, 32, []],
    ["2020-04", 29, 32, []],
    ["2020-05", 29, 32, []],
    ["2020-06", 31, 31, ["IRI-01"]],
  ],
);

// 3. Adaptations before, during and after: take-home doses and remote contacts.
const periods = { before: scenario.before, during: scenario.disruption, after: scenario.after };
console.log("\nadaptations:");
const adaptations = ["oat-take-home", "remote-contacts"].map((id) => {
  const byPeriod = computeIndicatorOverPeriods(indicator(id), registry, periods);
  const shares = Object.entries(byPeriod).map(([name, { result }]) => [name, indicatorProportions(result)[0]!] as const);
  console.log(id.padEnd(16), shares.map(([name, share]) => `${name} ${share.numerator}/${share.denominator} = ${percent(share.value)} (${percent(share.lower)} to ${percent(share.upper)})`).join("; "));
  return shares.map(([, share]) => [share.numerator, share.denominator]);
});
assert.deepEqual(adaptations, [
  [
    [120, 454],
    [403, 463],
    [215, 426],
  ],
  [
    [68, 1403],
    [857, 1335],
    [276, 1327],
  ],
]);

// 4. Retention at 6 months of patients entering OAT before and during the disruption.
const retention: [number, number][] = [];
for (const [name, period] of [["entered Sep 2019 - Mar 15 2020", { start: "2019-09-01", end: "2020-03-15" }], ["entered Mar 16 - Jun 30 2020", scenario.disruption]] as const) {
  const { result } = computeIndicator(indicator("oat-retention-6m"), registry, { period, dataEnd: scenario.studyPeriod.end });
  const [all] = indicatorProportions(result);
  const [curve] = indicatorSurvival(result);
  const at90 = curve?.curve.filter((row) => row.time <= 90).at(-1)?.survival ?? 1;
  retention.push([all!.numerator, all!.denominator]);
  console.log(`\nretained at 6 months, ${name}: ${all?.numerator}/${all?.denominator} = ${percent(all?.value ?? null)} (${percent(all?.lower ?? null)} to ${percent(all?.upper ?? null)}); Kaplan-Meier at 90 days ${percent(at90)}`);
}
assert.deepEqual(retention, [
  [77, 144],
  [50, 89],
]);

// 5. Publishing: patients in OAT with take-home doses during the disruption, by region and sex, small cells suppressed.
const takeHome = computeIndicator({ ...indicator("oat-take-home"), disaggregations: ["region", "sex"] }, registry, { period: scenario.disruption }).result;
const table = indicatorCountTable(takeHome, { rows: "region", columns: "sex" });
const published = suppressSmallCells(table);
console.log(`\ntake-home patients during the disruption by region and sex (female, male, total), counts below ${published.rule.threshold} suppressed:`);
published.rows.forEach((region, row) => console.log(region.padEnd(9), published.cells[row]!.map((cell) => (cell === null ? "x" : String(cell)).padStart(4)).join(""), String(published.rowTotals[row] ?? "x").padStart(5)));
console.log("total    ", published.columnTotals.map((cell) => (cell === null ? "x" : String(cell)).padStart(4)).join(""), String(published.total ?? "x").padStart(5));
const narrowest = disclosureIntervals(published).reduce((least, interval) => Math.min(least, interval.upper - interval.lower), Infinity);
console.log(`hidden: ${published.suppressed.length} entries; the narrowest a reader can pin one down is a range of ${narrowest + 1} values`);
assert.equal(published.suppressed.length, 14);
assert.equal(narrowest + 1, 15);
