/**
 * Calendar-day speed against the obvious alternatives, measured in the same run:
 *   npm run bench
 * Each task processes the same 10,000 dates from 1900-2199 (fixed seed).
 */
import { addMonths as addMonthsWithDateFns, format } from "date-fns";
import fc from "fast-check";
import { bench, describe } from "vitest";
import { addMonths, dayNumberToIsoDate, parseIsoDate } from "../../src/index.js";
import { dayNumberArb } from "../arbitraries.js";
import { oracleIsoDate } from "../oracles.js";

const dayNumbers = fc.sample(dayNumberArb, { numRuns: 10_000, seed: 20_200_401 });
const isoDates = dayNumbers.map(oracleIsoDate);
// Six months on from these stays inside the accepted range (results after 2199-12-31 throw).
const datesBeforeJuly2199 = isoDates.filter((date) => date < "2199-07-01");
let sink = 0;

describe("ISO date to day number (10,000 dates)", () => {
  bench("parseIsoDate (validates, gives a Result)", () => {
    for (const date of isoDates) {
      const parsed = parseIsoDate(date);
      if (parsed.ok) sink += parsed.value;
    }
  });
  bench("baseline: Date.parse of UTC midnight / 86,400,000 (no validation of impossible dates)", () => {
    for (const date of isoDates) sink += Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  });
});

describe("day number to ISO date (10,000 dates)", () => {
  bench("dayNumberToIsoDate", () => {
    for (const day of dayNumbers) sink += dayNumberToIsoDate(day).length;
  });
  bench("baseline: new Date(day * 86,400,000).toISOString().slice(0, 10)", () => {
    for (const day of dayNumbers) sink += new Date(day * 86_400_000).toISOString().slice(0, 10).length;
  });
});

describe("add 6 calendar months, ISO in and out (the dates before July 2199)", () => {
  bench("addMonths", () => {
    for (const date of datesBeforeJuly2199) sink += addMonths(date, 6).length;
  });
  bench("baseline: date-fns addMonths on a local-noon Date, then format", () => {
    for (const date of datesBeforeJuly2199) {
      const [year, month, day] = date.split("-").map(Number) as [number, number, number];
      sink += format(addMonthsWithDateFns(new Date(year, month - 1, day, 12), 6), "yyyy-MM-dd").length;
    }
  });
});

export { sink };
