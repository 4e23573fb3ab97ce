/** fast-check arbitraries shared by the property tests. */
import fc from "fast-check";
import { oracleDayNumber, oracleIsoDate } from "./oracles.js";

export const FIRST_DAY = oracleDayNumber(1900, 1, 1);
export const LAST_DAY = oracleDayNumber(2199, 12, 31);

/** A day number inside the accepted range. */
export const dayNumberArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY });

/** A valid ISO date inside the accepted range. */
export const isoDateArb = dayNumberArb.map(oracleIsoDate);

/** Strings that look like dates and often are not: impossible days and months, odd years, junk. */
export const dateLikeStringArb = fc.oneof(
  isoDateArb,
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
    .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc
    .tuple(isoDateArb, fc.nat({ max: 9 }), fc.constantFrom(" ", "T", "/", "0", "-", "x", "\u0661", "+"))
    .map(([date, at, character]) => date.slice(0, at) + character + date.slice(at + 1)),
  isoDateArb.map((date) => `${date} `),
  fc.string({ maxLength: 12 }),
);
