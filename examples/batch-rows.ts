/**
 * The batch-row convention with the calendar layer alone: read a small file of opioid agonist
 * treatment (OAT) dispensing records, check every date, and for each patient find the first day of
 * treatment, the last day covered by a dispensed supply, and whether supply reached the 6-month mark.
 * A patient with an impossible date gets a row with `value: null` and an issue pointing at the
 * record; the others are computed. (The continuity module computes such measures for real; this
 * script shows the contract every engine follows.)
 *
 * The data are fictional (examples/data/oat-dispensing-sample.csv). The numbers asserted below were
 * worked out by hand in the comments.
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import {
  addDays,
  addMonths,
  countDaysInPeriod,
  dayNumberToIsoDate,
  parseIsoDate,
  type BatchRow,
  type Issue,
} from "treatment-quality";

interface SupplySummary {
  readonly firstDay: string;
  readonly lastDayCovered: string;
  readonly daysFromFirstToLastCovered: number;
  readonly sixMonthMark: string;
  readonly suppliedAtSixMonths: boolean;
}

type PatientRow = BatchRow<SupplySummary> & { readonly patientId: string };

const text = readFileSync(new URL("data/oat-dispensing-sample.csv", import.meta.url), "utf8");
const [, ...lines] = text.trim().split("\n"); // simple CSV: no quoted fields in this file

// Group records by patient in order of first appearance, checking each date on the way.
const byPatient = new Map<string, { fills: { day: number; durationDays: number }[]; issues: Issue[] }>();
lines.forEach((line, index) => {
  const [patientId = "", date, durationText = ""] = line.split(",");
  const entry = byPatient.get(patientId) ?? { fills: [], issues: [] };
  byPatient.set(patientId, entry);
  const parsed = parseIsoDate(date, [index, "date"]);
  if (parsed.ok) entry.fills.push({ day: parsed.value, durationDays: Number(durationText) });
  else entry.issues.push(...parsed.issues);
});

// One row per patient; a patient with a bad record gets value null and its issues, the others are computed.
const rows: PatientRow[] = [...byPatient].map(([patientId, { fills, issues }]) => {
  if (issues.length > 0) return { patientId, value: null, issues };
  const firstDay = dayNumberToIsoDate(Math.min(...fills.map((fill) => fill.day)));
  const lastDayCovered = dayNumberToIsoDate(Math.max(...fills.map((fill) => fill.day + fill.durationDays - 1)));
  const sixMonthMark = addMonths(firstDay, 6);
  return {
    patientId,
    issues: [],
    value: {
      firstDay,
      lastDayCovered,
      daysFromFirstToLastCovered: countDaysInPeriod({ start: firstDay, end: lastDayCovered }),
      sixMonthMark,
      suppliedAtSixMonths: lastDayCovered >= sixMonthMark,
    },
  };
});

console.log("batch rows: fictional OAT dispensing records (examples/data/oat-dispensing-sample.csv)\n");
for (const row of rows) {
  if (row.value === null) {
    console.log(`${row.patientId}: not computed`);
    for (const found of row.issues) console.log(`  [${found.code}] line ${Number(found.path[0]) + 2}, field ${String(found.path[1])}: ${found.message}`);
    continue;
  }
  const { firstDay, lastDayCovered, daysFromFirstToLastCovered, sixMonthMark, suppliedAtSixMonths } = row.value;
  console.log(
    `${row.patientId}: first day ${firstDay}, supplied through ${lastDayCovered} (${daysFromFirstToLastCovered} days), ` +
      `6-month mark ${sixMonthMark}: ${suppliedAtSixMonths ? "still supplied" : "supply had ended"}`,
  );
}
console.log(`\nCalendar months: 1 month after 2020-01-31 is ${addMonths("2020-01-31", 1)} (clamped to the month's end),`);
console.log(`or ${addMonths("2020-01-31", 1, { endOfMonth: "roll-to-first" })} with AdhereR's roll-to-first rule.`);

// Hand-checked: P001's last fill 2020-03-31 + 120 days of supply covers through 2020-07-28
// (31 Mar + 119 days); 1+29+31+30+31+30+28 = 180 days from 2020-01-31; mark 2020-07-31 not reached.
assert.deepEqual(rows[0]?.value, {
  firstDay: "2020-01-31",
  lastDayCovered: "2020-07-28",
  daysFromFirstToLastCovered: 180,
  sixMonthMark: "2020-07-31",
  suppliedAtSixMonths: false,
});
// P002: 2020-05-25 + 119 = 2020-09-21; 16+30+31+30+31+31+21 = 190 days; mark 2020-09-16 reached.
assert.deepEqual(rows[1]?.value, {
  firstDay: "2020-03-16",
  lastDayCovered: "2020-09-21",
  daysFromFirstToLastCovered: 190,
  sixMonthMark: "2020-09-16",
  suppliedAtSixMonths: true,
});
// P003's first record (data record 7 counting from 0, line 9 of the file) is dated 2021-02-29, which does not exist.
assert.equal(rows[2]?.value, null);
assert.deepEqual(rows[2]?.issues.map((found) => [found.path, found.code]), [[[7, "date"], "invalid_date"]]);
assert.equal(addDays("2020-07-28", 3), "2020-07-31");
