import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberArb, isoDateArb } from "../../test/arbitraries.js";
import { oracleAddMonths, oracleIsoDate } from "../../test/oracles.js";
import { addDays, addMonths, addYears, differenceInDays } from "./arithmetic.js";
import { isoDateToDayNumber, MAX_DAY_NUMBER, MIN_DAY_NUMBER } from "./iso-date.js";

describe("addDays and differenceInDays", () => {
  it("cross month, year and leap-day boundaries", () => {
    expect(addDays("2020-02-28", 1)).toBe("2020-02-29");
    expect(addDays("2021-02-28", 1)).toBe("2021-03-01");
    expect(addDays("2020-12-31", 1)).toBe("2021-01-01");
    expect(addDays("2020-03-01", -1)).toBe("2020-02-29");
    expect(differenceInDays("2021-01-01", "2020-01-01")).toBe(366);
    expect(differenceInDays("2020-01-01", "2021-01-01")).toBe(-366);
  });

  it("agree with the JS engine's calendar", () => {
    fc.assert(
      fc.property(dayNumberArb, fc.integer({ min: -5000, max: 5000 }), (day, days) => {
        fc.pre(day + days >= MIN_DAY_NUMBER && day + days <= MAX_DAY_NUMBER);
        expect(addDays(oracleIsoDate(day), days)).toBe(oracleIsoDate(day + days));
      }),
      { numRuns: 3000 },
    );
  });

  it("are inverse: adding the difference gives the later date back", () => {
    fc.assert(
      fc.property(isoDateArb, isoDateArb, (a, b) => {
        expect(addDays(b, differenceInDays(a, b))).toBe(a);
        expect(differenceInDays(addDays(a, 0), a)).toBe(0);
      }),
      { numRuns: 3000 },
    );
  });

  it("refuse fractional days, invalid dates and results outside 1900-2199", () => {
    expect(() => addDays("2020-01-01", 0.5)).toThrow("days must be an integer, got 0.5.");
    expect(() => addDays("2020-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("2199-12-31", 1)).toThrow(/Day number 84006/);
    expect(() => differenceInDays("2020-01-01", "01/01/2020")).toThrow(RangeError);
  });
});

describe("addMonths and addYears", () => {
  it("clamp to the end of a shorter month by default", () => {
    expect(addMonths("2020-01-31", 1)).toBe("2020-02-29");
    expect(addMonths("2021-01-31", 1)).toBe("2021-02-28");
    expect(addMonths("2021-03-31", 1)).toBe("2021-04-30");
    expect(addMonths("2020-03-31", -1)).toBe("2020-02-29");
    expect(addMonths("2020-01-15", 6)).toBe("2020-07-15");
    expect(addYears("2020-02-29", 1)).toBe("2021-02-28");
    expect(addYears("2020-02-29", -4)).toBe("2016-02-29");
  });

  it("roll forward to the first of the next month as AdhereR does, when asked", () => {
    expect(addMonths("2021-01-31", 1, { endOfMonth: "roll-to-first" })).toBe("2021-03-01");
    expect(addMonths("2021-01-30", 1, { endOfMonth: "roll-to-first" })).toBe("2021-03-01");
    expect(addMonths("2020-01-31", 1, { endOfMonth: "roll-to-first" })).toBe("2020-03-01");
    expect(addYears("2020-02-29", 1, { endOfMonth: "roll-to-first" })).toBe("2021-03-01");
    expect(addMonths("2021-01-28", 1, { endOfMonth: "roll-to-first" })).toBe("2021-02-28");
  });

  it("agree with the JS engine's month arithmetic", () => {
    fc.assert(
      fc.property(dayNumberArb, fc.integer({ min: -120, max: 120 }), fc.constantFrom("clamp" as const, "roll-to-first" as const), (day, months, rule) => {
        const expected = oracleAddMonths(day, months, rule);
        fc.pre(expected >= MIN_DAY_NUMBER && expected <= MAX_DAY_NUMBER);
        expect(isoDateToDayNumber(addMonths(oracleIsoDate(day), months, { endOfMonth: rule }))).toBe(expected);
        if (months % 12 === 0) expect(addYears(oracleIsoDate(day), months / 12, { endOfMonth: rule })).toBe(oracleIsoDate(expected));
      }),
      { numRuns: 3000 },
    );
  });

  it("refuse fractional steps", () => {
    expect(() => addMonths("2020-01-01", 1.5)).toThrow("months must be an integer, got 1.5.");
    expect(() => addYears("2020-01-01", Number.NaN)).toThrow("years must be an integer, got NaN.");
    expect(() => addYears("2199-06-01", 1)).toThrow(RangeError);
  });
});
