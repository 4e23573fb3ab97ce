import { addMonthsToDayNumber, type EndOfMonthRule } from "../_lib/calendar.js";
import { dayNumberToIsoDate, isoDateToDayNumber, type IsoDate } from "./iso-date.js";

export type { EndOfMonthRule } from "../_lib/calendar.js";

/**
 * Options of {@link addMonths} and {@link addYears}.
 *
 * @example
 * ```ts
 * import { addMonths, type AddMonthsOptions } from "treatment-quality";
 *
 * const adhereR: AddMonthsOptions = { endOfMonth: "roll-to-first" };
 * addMonths("2021-01-31", 1, adhereR); // => "2021-03-01"
 * ```
 */
export interface AddMonthsOptions {
  /**
   * What to do when the day of month does not exist in the target month (31 January + 1 month).
   * `"clamp"` (the default) gives the target month's last day (28 or 29 February);
   * `"roll-to-first"` gives the first day of the month after it (1 March), as AdhereR does through
   * lubridate's `add_with_rollback(roll_to_first = TRUE)`.
   *
   * @defaultValue `"clamp"`
   */
  readonly endOfMonth?: EndOfMonthRule;
}

function requireInteger(name: string, value: number): void {
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be an integer, got ${value}.`);
}

/**
 * The date `days` days after `date` (before it when `days` is negative).
 *
 * @param date - a valid `YYYY-MM-DD` date
 * @param days - a whole number of days
 * @returns the resulting date as `YYYY-MM-DD`
 * @throws RangeError when `date` is invalid, `days` is not an integer, or the result leaves 1900-2199
 * @example
 * ```ts
 * import { addDays } from "treatment-quality";
 *
 * addDays("2020-02-28", 1); // => "2020-02-29"
 * addDays("2020-03-01", -1); // => "2020-02-29"
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  requireInteger("days", days);
  return dayNumberToIsoDate(isoDateToDayNumber(date) + days);
}

/**
 * The number of days from `earlier` to `later`: `later - earlier`, negative when `later` comes first.
 * This counts day boundaries crossed, so it excludes one end: from 1 to 3 March is 2 days. For a
 * count that includes both ends use {@link countDaysInPeriod}.
 *
 * @param later - a valid `YYYY-MM-DD` date
 * @param earlier - a valid `YYYY-MM-DD` date
 * @returns the signed number of days
 * @throws RangeError when either date is invalid
 * @example
 * ```ts
 * import { differenceInDays } from "treatment-quality";
 *
 * differenceInDays("2020-03-01", "2020-02-01"); // => 29
 * differenceInDays("2020-02-01", "2020-03-01"); // => -29
 * ```
 */
export function differenceInDays(later: IsoDate, earlier: IsoDate): number {
  return isoDateToDayNumber(later) - isoDateToDayNumber(earlier);
}

/**
 * The date `months` calendar months after `date` (before it when negative), keeping the day of month.
 * When that day does not exist in the target month, `options.endOfMonth` decides (default: the
 * month's last day).
 *
 * @param date - a valid `YYYY-MM-DD` date
 * @param months - a whole number of months
 * @param options - see {@link AddMonthsOptions}
 * @returns the resulting date as `YYYY-MM-DD`
 * @throws RangeError when `date` is invalid, `months` is not an integer, or the result leaves 1900-2199
 * @example
 * ```ts
 * import { addMonths } from "treatment-quality";
 *
 * addMonths("2020-01-31", 1); // => "2020-02-29"
 * addMonths("2021-01-31", 1); // => "2021-02-28"
 * addMonths("2021-01-31", 1, { endOfMonth: "roll-to-first" }); // => "2021-03-01"
 * addMonths("2020-03-31", -1); // => "2020-02-29"
 * ```
 */
export function addMonths(date: IsoDate, months: number, options: AddMonthsOptions = {}): IsoDate {
  requireInteger("months", months);
  return dayNumberToIsoDate(addMonthsToDayNumber(isoDateToDayNumber(date), months, options.endOfMonth ?? "clamp"));
}

/**
 * The date `years` calendar years after `date` (before it when negative): {@link addMonths} with
 * `12 * years` months, so 29 February follows the same end-of-month rule.
 *
 * @param date - a valid `YYYY-MM-DD` date
 * @param years - a whole number of years
 * @param options - see {@link AddMonthsOptions}
 * @returns the resulting date as `YYYY-MM-DD`
 * @throws RangeError when `date` is invalid, `years` is not an integer, or the result leaves 1900-2199
 * @example
 * ```ts
 * import { addYears } from "treatment-quality";
 *
 * addYears("2020-02-29", 1); // => "2021-02-28"
 * addYears("2020-02-29", 1, { endOfMonth: "roll-to-first" }); // => "2021-03-01"
 * addYears("2020-02-29", 4); // => "2024-02-29"
 * ```
 */
export function addYears(date: IsoDate, years: number, options: AddMonthsOptions = {}): IsoDate {
  requireInteger("years", years);
  return addMonths(date, years * 12, options);
}
