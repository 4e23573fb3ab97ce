import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateLikeStringArb, dayNumberArb, FIRST_DAY, LAST_DAY } from "../../test/arbitraries.js";
import { oracleIsoDate } from "../../test/oracles.js";
import {
  dayNumberToIsoDate,
  isoDateToDayNumber,
  isValidIsoDate,
  MAX_DAY_NUMBER,
  MAX_ISO_DATE,
  MIN_DAY_NUMBER,
  MIN_ISO_DATE,
  parseIsoDate,
} from "./iso-date.js";

/** Validity by the JS engine: the text is exactly what `toISOString` prints for the day it names. */
function oracleIsValid(text: string): boolean {
  const shape = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (shape === null) return false;
  const date = new Date(0);
  date.setUTCFullYear(Number(shape[1]), Number(shape[2]) - 1, Number(shape[3]));
  return date.toISOString().slice(0, 10) === text && text >= "1900-01-01" && text <= "2199-12-31";
}

describe("parseIsoDate", () => {
  it("gives the day number of a valid date", () => {
    expect(parseIsoDate("2020-04-01")).toEqual({ ok: true, value: 18_353 });
    expect(parseIsoDate(MIN_ISO_DATE)).toEqual({ ok: true, value: MIN_DAY_NUMBER });
    expect(parseIsoDate(MAX_ISO_DATE)).toEqual({ ok: true, value: MAX_DAY_NUMBER });
    expect([MIN_DAY_NUMBER, MAX_DAY_NUMBER]).toEqual([FIRST_DAY, LAST_DAY]);
  });

  it.each([
    ["2021-02-29", 'Expected a calendar date as YYYY-MM-DD, got "2021-02-29", and February 2021 has 28 days.'],
    ["2020-13-01", 'Expected a calendar date as YYYY-MM-DD, got "2020-13-01", and there is no month 13.'],
    ["2020-04-00", 'Expected a calendar date as YYYY-MM-DD, got "2020-04-00", and days start at 01.'],
    [
      " 2020-01-01",
      'Expected a calendar date as YYYY-MM-DD, got " 2020-01-01", which is not of the form YYYY-MM-DD (four-digit year, two-digit month and day, no spaces or time).',
    ],
  ])("explains why %j is not a date", (text, message) => {
    expect(parseIsoDate(text, ["events", 3, "date"])).toEqual({
      ok: false,
      issues: [{ path: ["events", 3, "date"], code: "invalid_date", message }],
    });
  });

  it("tells a date outside 1900-2199 from an impossible one", () => {
    expect(parseIsoDate("1899-12-31")).toEqual({
      ok: false,
      issues: [{ path: [], code: "out_of_range", message: "The date 1899-12-31 is outside the accepted range 1900-01-01 to 2199-12-31." }],
    });
    expect(parseIsoDate("2200-01-01").ok).toBe(false);
    expect(parseIsoDate("0000-00-00")).toMatchObject({ ok: false, issues: [{ code: "invalid_date" }] });
    expect(parseIsoDate("9999-12-31")).toMatchObject({ ok: false, issues: [{ code: "out_of_range" }] });
  });

  it("reports missing and wrongly typed values", () => {
    expect(parseIsoDate(undefined, ["date"])).toMatchObject({ ok: false, issues: [{ path: ["date"], code: "missing" }] });
    expect(parseIsoDate(null)).toMatchObject({ ok: false, issues: [{ code: "missing" }] });
    expect(parseIsoDate(20200101)).toEqual({
      ok: false,
      issues: [{ path: [], code: "invalid_type", message: "Expected a calendar date as a YYYY-MM-DD string, got the number 20200101." }],
    });
    expect(parseIsoDate(new Date(0))).toMatchObject({ ok: false, issues: [{ code: "invalid_type" }] });
  });

  it("never quotes more than 40 characters of a long string", () => {
    const parsed = parseIsoDate("x".repeat(10_000_000));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.message.length).toBeLessThan(250);
  });

  it("accepts exactly the strings the JS engine's calendar accepts", () => {
    fc.assert(
      fc.property(dateLikeStringArb, (text) => {
        expect(isValidIsoDate(text)).toBe(oracleIsValid(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const parsed = parseIsoDate(value, ["x"]);
        return parsed.ok || (parsed.issues.length === 1 && parsed.issues[0]?.path[0] === "x");
      }),
    );
  });
});

describe("isoDateToDayNumber and dayNumberToIsoDate", () => {
  it("are inverse over the whole accepted range", () => {
    fc.assert(
      fc.property(dayNumberArb, (day) => {
        const iso = dayNumberToIsoDate(day);
        expect(iso).toBe(oracleIsoDate(day));
        expect(isoDateToDayNumber(iso)).toBe(day);
      }),
      { numRuns: 5000 },
    );
  });

  it("preserve order: comparing day numbers is comparing dates", () => {
    fc.assert(
      fc.property(dayNumberArb, dayNumberArb, (a, b) => {
        expect(Math.sign(a - b)).toBe(Math.sign(dayNumberToIsoDate(a).localeCompare(dayNumberToIsoDate(b))));
      }),
    );
  });

  it("throw a RangeError that names the bad value", () => {
    expect(() => isoDateToDayNumber("2021-02-29")).toThrow(new RangeError('Expected a calendar date as YYYY-MM-DD, got "2021-02-29", and February 2021 has 28 days.'));
    expect(() => dayNumberToIsoDate(MAX_DAY_NUMBER + 1)).toThrow(/Day number 84006 is not an integer from -25567 \(1900-01-01\) to 84005 \(2199-12-31\)/);
    expect(() => dayNumberToIsoDate(0.5)).toThrow(RangeError);
    expect(() => dayNumberToIsoDate(Number.NaN)).toThrow(RangeError);
  });
});
