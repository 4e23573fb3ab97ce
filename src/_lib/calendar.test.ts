import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberArb, FIRST_DAY, LAST_DAY } from "../../test/arbitraries.js";
import { oracleAddMonths, oracleDayNumber, oracleIsoDate } from "../../test/oracles.js";
import {
  addMonthsToDayNumber,
  dayNumberFromParts,
  daysInMonth,
  isLeapYear,
  isoTextFromDayNumber,
  partsFromDayNumber,
  partsFromIsoText,
} from "./calendar.js";

describe("day numbers", () => {
  it("agree with the JS engine's UTC calendar on every day from 1900 to 2199, both ways", () => {
    const mismatches: number[] = [];
    for (let day = FIRST_DAY; day <= LAST_DAY; day += 1) {
      const iso = oracleIsoDate(day);
      const { year, month, day: dayOfMonth } = partsFromDayNumber(day);
      const parsed = partsFromIsoText(iso);
      const agrees =
        isoTextFromDayNumber(day) === iso &&
        dayNumberFromParts(year, month, dayOfMonth) === day &&
        parsed?.year === year && parsed.month === month && parsed.day === dayOfMonth;
      if (!agrees) mismatches.push(day);
    }
    expect(LAST_DAY - FIRST_DAY + 1).toBe(109_573);
    expect(mismatches).toEqual([]);
  });

  it("count days since 1970-01-01", () => {
    expect(dayNumberFromParts(1970, 1, 1)).toBe(0);
    expect(dayNumberFromParts(1969, 12, 31)).toBe(-1);
    expect(dayNumberFromParts(2000, 3, 1)).toBe(11_017);
    expect(dayNumberFromParts(1900, 1, 1)).toBe(-25_567);
  });

  it("work far outside the accepted range (years 0 to 9999)", () => {
    fc.assert(
      fc.property(fc.integer({ min: oracleDayNumber(0, 1, 1), max: oracleDayNumber(9999, 12, 31) }), (day) => {
        const { year, month, day: dayOfMonth } = partsFromDayNumber(day);
        return dayNumberFromParts(year, month, dayOfMonth) === day && isoTextFromDayNumber(day) === oracleIsoDate(day);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("leap years and month lengths", () => {
  it("follow the Gregorian rule", () => {
    expect([1900, 2000, 2004, 2100, 2023].map(isLeapYear)).toEqual([false, true, true, false, false]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2021, month))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe("ISO text", () => {
  it.each([
    "2021-02-29", "2020-13-01", "2020-00-10", "2020-01-00", "2020-04-31", " 2020-01-01", "2020-01-01 ",
    "2020-1-01", "20200101", "2020/01/01", "2020-01-01T00:00", "+2020-01-01", "２０２０-01-01", "2020-0a-01", "",
  ])("refuses %j", (text) => {
    expect(partsFromIsoText(text)).toBeUndefined();
  });

  it("accepts 29 February only in leap years", () => {
    expect(partsFromIsoText("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
    expect(partsFromIsoText("1900-02-29")).toBeUndefined();
    expect(partsFromIsoText("2100-02-29")).toBeUndefined();
  });
});

describe("adding calendar months", () => {
  const rules = fc.constantFrom("clamp" as const, "roll-to-first" as const);

  it("agrees with the JS engine's month arithmetic", () => {
    fc.assert(
      fc.property(dayNumberArb, fc.integer({ min: -1200, max: 1200 }), rules, (day, months, rule) => {
        expect(addMonthsToDayNumber(day, months, rule)).toBe(oracleAddMonths(day, months, rule));
      }),
      { numRuns: 5000 },
    );
  });

  it("clamps or rolls forward at the end of a month", () => {
    const jan31 = dayNumberFromParts(2021, 1, 31);
    expect(partsFromDayNumber(addMonthsToDayNumber(jan31, 1, "clamp"))).toEqual({ year: 2021, month: 2, day: 28 });
    expect(partsFromDayNumber(addMonthsToDayNumber(jan31, 1, "roll-to-first"))).toEqual({ year: 2021, month: 3, day: 1 });
    const mar31 = dayNumberFromParts(2020, 3, 31);
    expect(partsFromDayNumber(addMonthsToDayNumber(mar31, -1, "clamp"))).toEqual({ year: 2020, month: 2, day: 29 });
    expect(partsFromDayNumber(addMonthsToDayNumber(mar31, -13, "clamp"))).toEqual({ year: 2019, month: 2, day: 28 });
  });

  it("is monotonic in the start date and in the number of months", () => {
    fc.assert(
      fc.property(dayNumberArb, dayNumberArb, fc.integer({ min: -600, max: 600 }), rules, (a, b, months, rule) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(addMonthsToDayNumber(early, months, rule)).toBeLessThanOrEqual(addMonthsToDayNumber(late, months, rule));
        expect(addMonthsToDayNumber(a, months, rule)).toBeLessThan(addMonthsToDayNumber(a, months + 1, rule));
      }),
      { numRuns: 2000 },
    );
  });

  it("is undone by the opposite step when the day of month is 28 or less", () => {
    fc.assert(
      fc.property(dayNumberArb, fc.integer({ min: -600, max: 600 }), rules, (day, months, rule) => {
        fc.pre(partsFromDayNumber(day).day <= 28);
        expect(addMonthsToDayNumber(addMonthsToDayNumber(day, months, rule), -months, rule)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it("rolls forward exactly one day past the clamp, and only when the day is missing", () => {
    fc.assert(
      fc.property(dayNumberArb, fc.integer({ min: -600, max: 600 }), (day, months) => {
        const clamped = addMonthsToDayNumber(day, months, "clamp");
        const rolled = addMonthsToDayNumber(day, months, "roll-to-first");
        const dayMissing = partsFromDayNumber(clamped).day !== partsFromDayNumber(day).day;
        expect(rolled - clamped).toBe(dayMissing ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });
});
