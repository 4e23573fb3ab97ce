import { parseWithSchema } from "../_lib/zod-issues.js";
import type { IssuePath } from "../_lib/issue.js";
import type { Result } from "../_lib/result.js";
import { dayNumberToIsoDate, isoDateToDayNumber, type IsoDate } from "./iso-date.js";
import { DateWindowSchema, PeriodSchema } from "./schemas.js";

/**
 * An inclusive period of calendar days: both `start` and `end` belong to it, so a period from
 * 2020-01-01 to 2020-12-31 has 366 days. Measurement periods of PDC and indicators are periods.
 *
 * @example
 * ```ts
 * import type { Period } from "treatment-quality";
 *
 * const lockdown: Period = { start: "2020-03-16", end: "2020-06-30" };
 * ```
 */
export interface Period {
  /** The first day of the period (included). */
  readonly start: IsoDate;
  /** The last day of the period (included); not before `start`. */
  readonly end: IsoDate;
}

/**
 * A window of days as AdhereR defines it: a date belongs to it when
 * `start <= date <= start + durationDays` (both ends), and `durationDays` is the denominator of ratios
 * over it. Observation and follow-up windows of the continuity metrics are date windows.
 *
 * @example
 * ```ts
 * import type { DateWindow } from "treatment-quality";
 *
 * const observation: DateWindow = { start: "2020-01-01", durationDays: 365 };
 * ```
 */
export interface DateWindow {
  /** The first day of the window (included). */
  readonly start: IsoDate;
  /** The window's length in days; its last day, `start + durationDays`, is included too. */
  readonly durationDays: number;
}

/**
 * Check an untrusted value as a {@link Period}, never throwing.
 *
 * @param value - the value to check
 * @param path - where the value sits in a larger input, put at the front of each issue's path
 * @returns the period (unknown keys dropped), or issues such as `invalid_date` on `start` or
 *   `invalid_value` on `end` when the period ends before it starts
 * @example
 * ```ts
 * import { parsePeriod } from "treatment-quality";
 *
 * parsePeriod({ start: "2020-01-01", end: "2020-12-31" }); // => { ok: true, value: { start: "2020-01-01", end: "2020-12-31" } }
 * parsePeriod({ start: "2020-12-31", end: "2020-01-01" }, ["period"]).ok; // => false (issue on ["period", "end"])
 * ```
 */
export function parsePeriod(value: unknown, path: IssuePath = []): Result<Period> {
  return parseWithSchema(PeriodSchema, value, path);
}

/**
 * Check an untrusted value as a {@link DateWindow}, never throwing.
 *
 * @param value - the value to check
 * @param path - where the value sits in a larger input, put at the front of each issue's path
 * @returns the window, or issues (for example `out_of_range` when `durationDays` is negative or the
 *   window would end after 2199-12-31)
 * @example
 * ```ts
 * import { parseDateWindow } from "treatment-quality";
 *
 * parseDateWindow({ start: "2020-01-01", durationDays: 365 }).ok; // => true
 * parseDateWindow({ start: "2020-01-01", durationDays: -1 }).ok; // => false
 * ```
 */
export function parseDateWindow(value: unknown, path: IssuePath = []): Result<DateWindow> {
  return parseWithSchema(DateWindowSchema, value, path);
}

function periodDayRange(period: Period): { first: number; last: number } {
  const first = isoDateToDayNumber(period.start);
  const last = isoDateToDayNumber(period.end);
  if (first > last) throw new RangeError(`The period ends (${period.end}) before it starts (${period.start}).`);
  return { first, last };
}

/**
 * How many days the period has, counting both ends: from 2020-01-01 to 2020-01-01 is 1 day.
 *
 * @param period - a valid period
 * @returns `end - start + 1`
 * @throws RangeError when a date is invalid or `end` is before `start`
 * @example
 * ```ts
 * import { countDaysInPeriod } from "treatment-quality";
 *
 * countDaysInPeriod({ start: "2020-01-01", end: "2020-12-31" }); // => 366
 * countDaysInPeriod({ start: "2021-03-01", end: "2021-03-01" }); // => 1
 * ```
 */
export function countDaysInPeriod(period: Period): number {
  const { first, last } = periodDayRange(period);
  return last - first + 1;
}

/**
 * Whether `date` falls in `period`, both ends included.
 *
 * @param date - a valid `YYYY-MM-DD` date
 * @param period - a valid period
 * @returns `start <= date <= end`
 * @throws RangeError when a date is invalid or `end` is before `start`
 * @example
 * ```ts
 * import { isDateInPeriod } from "treatment-quality";
 *
 * const q2 = { start: "2020-04-01", end: "2020-06-30" };
 * isDateInPeriod("2020-06-30", q2); // => true
 * isDateInPeriod("2020-07-01", q2); // => false
 * ```
 */
export function isDateInPeriod(date: IsoDate, period: Period): boolean {
  const { first, last } = periodDayRange(period);
  const day = isoDateToDayNumber(date);
  return first <= day && day <= last;
}

/**
 * The days two periods share, or `null` when they share none.
 *
 * @param a - a valid period
 * @param b - a valid period
 * @returns the common period, or `null`
 * @throws RangeError when a date is invalid or a period ends before it starts
 * @example
 * ```ts
 * import { intersectPeriods } from "treatment-quality";
 *
 * intersectPeriods({ start: "2020-01-01", end: "2020-06-30" }, { start: "2020-04-01", end: "2020-12-31" });
 * // => { start: "2020-04-01", end: "2020-06-30" }
 * intersectPeriods({ start: "2020-01-01", end: "2020-01-31" }, { start: "2020-02-01", end: "2020-02-29" }); // => null
 * ```
 */
export function intersectPeriods(a: Period, b: Period): Period | null {
  const rangeA = periodDayRange(a);
  const rangeB = periodDayRange(b);
  const first = Math.max(rangeA.first, rangeB.first);
  const last = Math.min(rangeA.last, rangeB.last);
  return first <= last ? { start: dayNumberToIsoDate(first), end: dayNumberToIsoDate(last) } : null;
}

function windowDayRange(window: DateWindow): { first: number; last: number } {
  if (!Number.isInteger(window.durationDays) || window.durationDays < 0) {
    throw new RangeError(`durationDays must be a whole number of days, 0 or more, got ${window.durationDays}.`);
  }
  const first = isoDateToDayNumber(window.start);
  return { first, last: first + window.durationDays };
}

/**
 * The last day of a window: `start + durationDays`, which belongs to the window.
 *
 * @param window - a valid window
 * @returns the date as `YYYY-MM-DD`
 * @throws RangeError when `start` is invalid, `durationDays` is not a whole number of 0 or more, or
 *   the end falls after 2199-12-31
 * @example
 * ```ts
 * import { windowEndDate } from "treatment-quality";
 *
 * windowEndDate({ start: "2020-01-01", durationDays: 365 }); // => "2020-12-31"
 * windowEndDate({ start: "2021-01-01", durationDays: 365 }); // => "2022-01-01"
 * ```
 */
export function windowEndDate(window: DateWindow): IsoDate {
  return dayNumberToIsoDate(windowDayRange(window).last);
}

/**
 * Whether `date` belongs to a window: `start <= date <= start + durationDays`, both ends included,
 * as in AdhereR. An event dated exactly 365 days after the start belongs to a 365-day window.
 *
 * @param date - a valid `YYYY-MM-DD` date
 * @param window - a valid window
 * @returns whether the date is in the window
 * @throws RangeError when a date is invalid or `durationDays` is not a whole number of 0 or more
 * @example
 * ```ts
 * import { isDateInWindow } from "treatment-quality";
 *
 * const year = { start: "2021-01-01", durationDays: 365 };
 * isDateInWindow("2022-01-01", year); // => true  (start + 365 is included)
 * isDateInWindow("2022-01-02", year); // => false
 * ```
 */
export function isDateInWindow(date: IsoDate, window: DateWindow): boolean {
  const { first, last } = windowDayRange(window);
  const day = isoDateToDayNumber(date);
  return first <= day && day <= last;
}
