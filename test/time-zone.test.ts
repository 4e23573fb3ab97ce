/**
 * The suite runs under several process time zones (test/tools/vitest-in-time-zones.mjs). These tests
 * prove that the zone asked for is the zone in force, and that the days that do not exist at local
 * midnight in it (a DST switch at midnight, a skipped day) are ordinary days to the library.
 */
import { describe, expect, it } from "vitest";
import { addDays, addMonths, countDaysInPeriod, differenceInDays, isoDateToDayNumber, parseIsoDate } from "../src/index.js";

const zone = process.env["TZ"];

describe(`time zone ${zone ?? "(machine default)"}`, () => {
  it("is the zone the process runs in", () => {
    const resolved = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone === undefined) return;
    expect(zone === "UTC" ? ["UTC", "Etc/UTC"] : [zone]).toContain(resolved);
  });

  it("shows its hallmark in local time", () => {
    if (zone === "Pacific/Kiritimati") expect(new Date(2020, 0, 1).getTimezoneOffset()).toBe(-840);
    if (zone === "Asia/Tashkent") expect(new Date(2020, 0, 1).getTimezoneOffset()).toBe(-300);
    if (zone === "UTC") expect(new Date(2020, 0, 1).getTimezoneOffset()).toBe(0);
    // Chile moved its clocks from 00:00 to 01:00 on 2022-09-11: local midnight did not exist.
    if (zone === "America/Santiago") expect(new Date(2022, 8, 11).getHours()).toBe(1);
  });

  it("does not move days that lack a local midnight", () => {
    // Kiritimati skipped 1994-12-31 entirely; Santiago had no midnight on these DST days.
    expect(addDays("1994-12-30", 1)).toBe("1994-12-31");
    expect(addDays("1994-12-31", 1)).toBe("1995-01-01");
    expect(differenceInDays("2022-09-12", "2022-09-10")).toBe(2);
    expect(addMonths("2022-08-11", 1)).toBe("2022-09-11");
    expect(countDaysInPeriod({ start: "2022-09-01", end: "2022-09-30" })).toBe(30);
    expect(countDaysInPeriod({ start: "2019-01-01", end: "2023-12-31" })).toBe(1826);
    expect(isoDateToDayNumber("2022-09-11")).toBe(19_246);
    expect(parseIsoDate("1994-12-31")).toEqual({ ok: true, value: 9130 });
  });
});
