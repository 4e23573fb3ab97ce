import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateLikeStringArb, dayNumberArb } from "../../test/arbitraries.js";
import { oracleIsoDate } from "../../test/oracles.js";
import { MAX_DAY_NUMBER } from "./iso-date.js";
import {
  countDaysInPeriod,
  intersectPeriods,
  isDateInPeriod,
  isDateInWindow,
  parseDateWindow,
  parsePeriod,
  windowEndDate,
  type Period,
} from "./period.js";

/** Every date of a period, by walking the JS engine's calendar one day at a time: the slow oracle. */
function enumerate(period: Period): Set<string> {
  const dates = new Set<string>();
  for (let date = new Date(`${period.start}T00:00:00Z`); date.toISOString().slice(0, 10) <= period.end; date.setUTCDate(date.getUTCDate() + 1)) {
    dates.add(date.toISOString().slice(0, 10));
  }
  return dates;
}

/** A period of up to 400 days anywhere in the accepted range. */
const periodArb = fc
  .tuple(dayNumberArb, fc.nat({ max: 400 }))
  .filter(([start, length]) => start + length <= MAX_DAY_NUMBER)
  .map(([start, length]): Period => ({ start: oracleIsoDate(start), end: oracleIsoDate(start + length) }));

describe("periods", () => {
  it("count both ends", () => {
    expect(countDaysInPeriod({ start: "2020-01-01", end: "2020-12-31" })).toBe(366);
    expect(countDaysInPeriod({ start: "2021-01-01", end: "2021-12-31" })).toBe(365);
    expect(countDaysInPeriod({ start: "2021-03-01", end: "2021-03-01" })).toBe(1);
    expect(() => countDaysInPeriod({ start: "2021-03-02", end: "2021-03-01" })).toThrow(
      "The period ends (2021-03-01) before it starts (2021-03-02).",
    );
  });

  it("agree with a day-by-day walk: length, membership and intersection", () => {
    fc.assert(
      fc.property(periodArb, periodArb, dayNumberArb, (a, b, day) => {
        const daysOfA = enumerate(a);
        const daysOfB = enumerate(b);
        expect(countDaysInPeriod(a)).toBe(daysOfA.size);
        const probes = [oracleIsoDate(day), a.start, a.end, b.start, b.end];
        for (const date of probes) expect(isDateInPeriod(date, a)).toBe(daysOfA.has(date));
        const shared = [...daysOfA].filter((date) => daysOfB.has(date));
        const intersection = intersectPeriods(a, b);
        expect(intersection === null ? 0 : countDaysInPeriod(intersection)).toBe(shared.length);
        if (intersection !== null) expect([intersection.start, intersection.end]).toEqual([shared[0], shared.at(-1)]);
        expect(intersectPeriods(b, a)).toEqual(intersection);
      }),
      { numRuns: 300 },
    );
  });

  it("parse safely with path-addressed issues", () => {
    expect(parsePeriod({ start: "2020-01-01", end: "2020-12-31", note: "dropped" })).toEqual({
      ok: true,
      value: { start: "2020-01-01", end: "2020-12-31" },
    });
    expect(parsePeriod({ start: "2020-12-31", end: "2020-01-01" }, ["measurementPeriod"])).toEqual({
      ok: false,
      issues: [
        {
          path: ["measurementPeriod", "end"],
          code: "invalid_value",
          message: "The period ends (2020-01-01) before it starts (2020-12-31); end must be on or after start.",
        },
      ],
    });
    expect(parsePeriod({ start: "2020-02-30" }, ["p"])).toMatchObject({
      ok: false,
      issues: [
        { path: ["p", "start"], code: "invalid_date" },
        { path: ["p", "end"], code: "missing" },
      ],
    });
    expect(parsePeriod("2020")).toMatchObject({ ok: false, issues: [{ path: [], code: "invalid_type" }] });
  });
});

describe("date windows", () => {
  it("include both the start and start + durationDays, as AdhereR does", () => {
    const year = { start: "2021-01-01", durationDays: 365 };
    expect(windowEndDate(year)).toBe("2022-01-01");
    expect(isDateInWindow("2021-01-01", year)).toBe(true);
    expect(isDateInWindow("2022-01-01", year)).toBe(true);
    expect(isDateInWindow("2022-01-02", year)).toBe(false);
    expect(isDateInWindow("2020-12-31", year)).toBe(false);
    expect(isDateInWindow("2021-01-01", { start: "2021-01-01", durationDays: 0 })).toBe(true);
  });

  it("agree with string comparison against the end found by the JS engine", () => {
    fc.assert(
      fc.property(dayNumberArb, fc.nat({ max: 3000 }), dayNumberArb, (start, durationDays, probe) => {
        fc.pre(start + durationDays <= MAX_DAY_NUMBER);
        const window = { start: oracleIsoDate(start), durationDays };
        const end = oracleIsoDate(start + durationDays);
        const date = oracleIsoDate(probe);
        expect(windowEndDate(window)).toBe(end);
        expect(isDateInWindow(date, window)).toBe(window.start <= date && date <= end);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuse a negative or fractional duration", () => {
    expect(() => windowEndDate({ start: "2021-01-01", durationDays: -1 })).toThrow("durationDays must be a whole number of days, 0 or more, got -1.");
    expect(() => isDateInWindow("2021-01-01", { start: "2021-01-01", durationDays: 1.5 })).toThrow(RangeError);
  });

  it("parse safely, including a window that would end after 2199", () => {
    expect(parseDateWindow({ start: "2020-01-01", durationDays: 365 })).toEqual({ ok: true, value: { start: "2020-01-01", durationDays: 365 } });
    expect(parseDateWindow({ start: "2020-01-01", durationDays: -1 })).toMatchObject({
      ok: false,
      issues: [{ path: ["durationDays"], code: "out_of_range" }],
    });
    expect(parseDateWindow({ start: "2199-01-01", durationDays: 365 })).toEqual({
      ok: false,
      issues: [
        {
          path: ["durationDays"],
          code: "out_of_range",
          message: "A window of 365 days from 2199-01-01 ends after 2199-12-31, the last date the library accepts.",
        },
      ],
    });
    expect(parseDateWindow({ start: "2020-01-01", durationDays: "365" })).toMatchObject({
      ok: false,
      issues: [{ path: ["durationDays"], code: "invalid_type", message: 'Expected a number, got "365".' }],
    });
  });
});

describe("safe parsers", () => {
  const fieldArb = fc.oneof(dateLikeStringArb, fc.integer(), fc.double(), fc.constant(undefined), fc.constant(null), fc.anything());

  it("never throw, and give a path for every issue, whatever the input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ start: fieldArb, end: fieldArb, durationDays: fieldArb }, { requiredKeys: [] })), (value) => {
        for (const parsed of [parsePeriod(value, ["p"]), parseDateWindow(value, ["w"])]) {
          if (parsed.ok) continue;
          expect(parsed.issues.length).toBeGreaterThan(0);
          for (const found of parsed.issues) expect(["p", "w"]).toContain(found.path[0]);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
