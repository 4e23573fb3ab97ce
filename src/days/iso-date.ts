import { FIRST_ACCEPTED_DAY, LAST_ACCEPTED_DAY, acceptedDayNumber, dayNumberFromIsoText, daysInMonth, isoTextFromDayNumber } from "../_lib/calendar.js";
import { describeValue } from "../_lib/describe-value.js";
import { issue, type IssuePath } from "../_lib/issue.js";
import { fail, ok, type Result } from "../_lib/result.js";

/**
 * A calendar date on the wire: an ISO 8601 `YYYY-MM-DD` string such as `"2020-04-01"`.
 * It names a day, not an instant: it has no time and no time zone.
 *
 * @example
 * ```ts
 * import type { IsoDate } from "treatment-quality";
 *
 * const approved: IsoDate = "2020-04-01";
 * ```
 */
export type IsoDate = string;

/**
 * A calendar date inside the engines: the number of days since 1970-01-01 (negative before it).
 * Differences of day numbers are day counts, whatever the time zone.
 *
 * @example
 * ```ts
 * import { isoDateToDayNumber, type DayNumber } from "treatment-quality";
 *
 * const day: DayNumber = isoDateToDayNumber("1970-01-02"); // => 1
 * ```
 */
export type DayNumber = number;

/**
 * The earliest date the library accepts: `"1900-01-01"`.
 *
 * @example
 * ```ts
 * import { MIN_ISO_DATE, isValidIsoDate } from "treatment-quality";
 *
 * isValidIsoDate(MIN_ISO_DATE); // => true
 * isValidIsoDate("1899-12-31"); // => false
 * ```
 */
export const MIN_ISO_DATE: IsoDate = "1900-01-01";

/**
 * The latest date the library accepts: `"2199-12-31"`.
 *
 * @example
 * ```ts
 * import { MAX_ISO_DATE, isValidIsoDate } from "treatment-quality";
 *
 * isValidIsoDate(MAX_ISO_DATE); // => true
 * isValidIsoDate("2200-01-01"); // => false
 * ```
 */
export const MAX_ISO_DATE: IsoDate = "2199-12-31";

/**
 * The day number of {@link MIN_ISO_DATE}: `-25567`.
 *
 * @example
 * ```ts
 * import { MIN_DAY_NUMBER, dayNumberToIsoDate } from "treatment-quality";
 *
 * dayNumberToIsoDate(MIN_DAY_NUMBER); // => "1900-01-01"
 * ```
 */
export const MIN_DAY_NUMBER: DayNumber = FIRST_ACCEPTED_DAY;

/**
 * The day number of {@link MAX_ISO_DATE}: `84005`.
 *
 * @example
 * ```ts
 * import { MAX_DAY_NUMBER, dayNumberToIsoDate } from "treatment-quality";
 *
 * dayNumberToIsoDate(MAX_DAY_NUMBER); // => "2199-12-31"
 * ```
 */
export const MAX_DAY_NUMBER: DayNumber = LAST_ACCEPTED_DAY;

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why `text`, which is not a valid ISO date, fails: the part of the message after "got ...". */
function explainInvalidDate(text: string): string {
  const shape = ISO_DATE_SHAPE.exec(text);
  if (shape === null) return "which is not of the form YYYY-MM-DD (four-digit year, two-digit month and day, no spaces or time)";
  const [year, month, day] = [Number(shape[1]), Number(shape[2]), Number(shape[3])];
  if (month < 1 || month > 12) return `and there is no month ${shape[2]}`;
  const monthName = MONTH_NAMES[month - 1] as string;
  if (day < 1) return "and days start at 01";
  return `and ${monthName} ${year} has ${daysInMonth(year, month)} days`;
}

/**
 * Check an untrusted value as an ISO calendar date and return its day number, never throwing.
 *
 * Accepts exactly `YYYY-MM-DD` between {@link MIN_ISO_DATE} and {@link MAX_ISO_DATE}. Refuses
 * impossible dates (`2021-02-29`, `2020-13-01`), surrounding spaces, times and other separators.
 *
 * @param value - the value to check, typically a field of a record from outside
 * @param path - where the value sits in its record, put at the front of each issue's path
 * @returns `{ ok: true, value: dayNumber }`, or `{ ok: false, issues }` with one issue coded
 *   `missing`, `invalid_type`, `invalid_date` or `out_of_range`
 * @example
 * ```ts
 * import { parseIsoDate } from "treatment-quality";
 *
 * parseIsoDate("2020-04-01"); // => { ok: true, value: 18353 }
 * parseIsoDate("2021-02-29", ["events", 3, "date"]);
 * // => { ok: false, issues: [{ path: ["events", 3, "date"], code: "invalid_date",
 * //      message: 'Expected a calendar date as YYYY-MM-DD, got "2021-02-29", and February 2021 has 28 days.' }] }
 * ```
 */
export function parseIsoDate(value: unknown, path: IssuePath = []): Result<DayNumber> {
  if (value === undefined || value === null) {
    return fail([issue("missing", path, "A calendar date (YYYY-MM-DD) is required here.")]);
  }
  if (typeof value !== "string") {
    return fail([issue("invalid_type", path, `Expected a calendar date as a YYYY-MM-DD string, got ${describeValue(value)}.`)]);
  }
  const dayNumber = dayNumberFromIsoText(value);
  if (dayNumber === undefined) {
    return fail([issue("invalid_date", path, `Expected a calendar date as YYYY-MM-DD, got ${describeValue(value)}, ${explainInvalidDate(value)}.`)]);
  }
  if (dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    return fail([issue("out_of_range", path, `The date ${value} is outside the accepted range ${MIN_ISO_DATE} to ${MAX_ISO_DATE}.`)]);
  }
  return ok(dayNumber);
}

/**
 * Whether `value` is an ISO calendar date the library accepts (see {@link parseIsoDate}).
 *
 * @param value - any value
 * @returns `true` for a real `YYYY-MM-DD` date from 1900-01-01 to 2199-12-31
 * @example
 * ```ts
 * import { isValidIsoDate } from "treatment-quality";
 *
 * isValidIsoDate("2020-02-29"); // => true
 * isValidIsoDate("2021-02-29"); // => false
 * isValidIsoDate(" 2020-01-01"); // => false
 * ```
 */
export function isValidIsoDate(value: unknown): value is IsoDate {
  return acceptedDayNumber(value) !== undefined;
}

/**
 * The day number of a trusted ISO date (days since 1970-01-01).
 *
 * @param date - a valid `YYYY-MM-DD` date from 1900-01-01 to 2199-12-31
 * @returns its day number
 * @throws RangeError naming the value when `date` is not a valid date; use {@link parseIsoDate} for untrusted input
 * @example
 * ```ts
 * import { isoDateToDayNumber } from "treatment-quality";
 *
 * isoDateToDayNumber("1970-01-01"); // => 0
 * isoDateToDayNumber("2020-04-01") - isoDateToDayNumber("2020-03-01"); // => 31
 * ```
 */
export function isoDateToDayNumber(date: IsoDate): DayNumber {
  const parsed = parseIsoDate(date);
  if (parsed.ok) return parsed.value;
  throw new RangeError(parsed.issues[0]?.message);
}

/**
 * The ISO date of a day number.
 *
 * @param dayNumber - an integer from {@link MIN_DAY_NUMBER} to {@link MAX_DAY_NUMBER}
 * @returns the date as `YYYY-MM-DD`
 * @throws RangeError when `dayNumber` is not an integer in the accepted range
 * @example
 * ```ts
 * import { dayNumberToIsoDate } from "treatment-quality";
 *
 * dayNumberToIsoDate(0); // => "1970-01-01"
 * dayNumberToIsoDate(18353); // => "2020-04-01"
 * ```
 */
export function dayNumberToIsoDate(dayNumber: DayNumber): IsoDate {
  if (!Number.isInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new RangeError(
      `Day number ${dayNumber} is not an integer from ${MIN_DAY_NUMBER} (${MIN_ISO_DATE}) to ${MAX_DAY_NUMBER} (${MAX_ISO_DATE}).`,
    );
  }
  return isoTextFromDayNumber(dayNumber);
}
