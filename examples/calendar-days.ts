/**
 * Calendar days in practice: validating dates from a registry export, counting days in a
 * measurement period, AdhereR-style windows, and why no answer depends on the time zone.
 */
import { strict as assert } from "node:assert";
import {
  addMonths,
  addYears,
  countDaysInPeriod,
  differenceInDays,
  intersectPeriods,
  isDateInWindow,
  isoDateToDayNumber,
  parseIsoDate,
  parsePeriod,
  windowEndDate,
} from "treatment-quality";

// 1. Untrusted dates: a result, never an exception, with a path to the bad field.
const checked = ["2020-04-01", "2021-02-29", "01.04.2020", 20200401].map((value, index) => parseIsoDate(value, ["visits", index, "date"]));
assert.deepEqual(checked.map((result) => (result.ok ? "ok" : result.issues[0]?.code)), ["ok", "invalid_date", "invalid_date", "invalid_type"]);
for (const result of checked) if (!result.ok) console.log(result.issues[0]?.path.join("."), "-", result.issues[0]?.message);

// 2. Periods include both ends: 2020 was a leap year.
assert.equal(countDaysInPeriod({ start: "2020-01-01", end: "2020-12-31" }), 366);
// The first COVID-19 wave overlapped the second quarter of 2020 from 1 April to 30 June.
const lockdown = { start: "2020-03-16", end: "2020-06-30" };
assert.deepEqual(intersectPeriods(lockdown, { start: "2020-04-01", end: "2020-06-30" }), { start: "2020-04-01", end: "2020-06-30" });
assert.equal(parsePeriod({ start: "2020-06-30", end: "2020-03-16" }).ok, false);

// 3. Windows follow AdhereR: a 365-day window starting 2021-01-01 includes 2022-01-01.
const observation = { start: "2021-01-01", durationDays: 365 };
assert.equal(windowEndDate(observation), "2022-01-01");
assert.equal(isDateInWindow("2022-01-01", observation), true);

// 4. Calendar months clamp to the month's end unless you ask for AdhereR's roll-to-first.
assert.equal(addMonths("2020-08-31", 6), "2021-02-28");
assert.equal(addMonths("2020-08-31", 6, { endOfMonth: "roll-to-first" }), "2021-03-01");
assert.equal(addYears("2020-02-29", 1), "2021-02-28");

// 5. Day numbers: integers, the same in every time zone.
assert.equal(isoDateToDayNumber("1970-01-01"), 0);
assert.equal(differenceInDays("2020-04-01", "2020-03-01"), 31);
console.log("calendar-days example: all checks passed");
