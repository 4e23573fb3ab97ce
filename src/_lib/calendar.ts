/**
 * Calendar days as integers: the proleptic Gregorian calendar counted in days since 1970-01-01.
 *
 * Everything here is integer arithmetic (after H. Hinnant, "chrono-Compatible Low-Level Date
 * Algorithms"), so no result can depend on the process time zone, and nothing allocates a `Date`.
 * The functions accept any year; the range the library accepts on the wire is checked in `../days`.
 */

/** A calendar date split into its parts; `month` and `day` start at 1. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * What to do when a month step lands on a day the target month lacks (31 January + 1 month):
 * `"clamp"` takes the month's last day (28 or 29 February), `"roll-to-first"` the first day of the
 * next month (1 March, as AdhereR does through lubridate's `add_with_rollback(roll_to_first = TRUE)`).
 *
 * @example
 * ```ts
 * import { addMonths, type EndOfMonthRule } from "treatment-quality";
 *
 * const rule: EndOfMonthRule = "roll-to-first";
 * addMonths("2021-01-31", 1, { endOfMonth: rule }); // => "2021-03-01"
 * ```
 */
export type EndOfMonthRule = "clamp" | "roll-to-first";

const DAYS_PER_400_YEARS = 146_097;
const DAYS_FROM_0000_03_01_TO_1970_01_01 = 719_468;

/** Whether `year` has a 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number of a date given by parts; the parts must form a real date. */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const marchBasedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchBasedYear / 400);
  const yearOfEra = marchBasedYear - era * 400;
  const marchBasedMonth = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * marchBasedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_400_YEARS + dayOfEra - DAYS_FROM_0000_03_01_TO_1970_01_01;
}

/** The parts of the date with day number `dayNumber` (an integer). */
export function partsFromDayNumber(dayNumber: number): CalendarDate {
  const shifted = dayNumber + DAYS_FROM_0000_03_01_TO_1970_01_01;
  const era = Math.floor(shifted / DAYS_PER_400_YEARS);
  const dayOfEra = shifted - era * DAYS_PER_400_YEARS;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchBasedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * marchBasedMonth + 2) / 5) + 1;
  const month = marchBasedMonth < 10 ? marchBasedMonth + 3 : marchBasedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The day number `months` calendar months after `dayNumber` (before it when negative).
 * When the target month is too short, `clamp` gives its last day (31 Jan + 1 month = 28 or 29 Feb) and
 * `roll-to-first` gives the first day of the month after (1 Mar), as lubridate's
 * `add_with_rollback(roll_to_first = TRUE)` does for AdhereR.
 */
export function addMonthsToDayNumber(dayNumber: number, months: number, rule: EndOfMonthRule): number {
  const { year, month, day } = partsFromDayNumber(dayNumber);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const lastDay = daysInMonth(targetYear, targetMonth);
  if (day <= lastDay) return dayNumberFromParts(targetYear, targetMonth, day);
  const lastDayNumber = dayNumberFromParts(targetYear, targetMonth, lastDay);
  // Two rules only: a plain conditional keeps ts-pattern (about 2 kB) out of bundles that need dates alone.
  return rule === "roll-to-first" ? lastDayNumber + 1 : lastDayNumber;
}

const ZERO = 48;
const HYPHEN = 45;

function digitAt(text: string, index: number): number {
  const digit = text.charCodeAt(index) - ZERO;
  return digit >= 0 && digit <= 9 ? digit : Number.NaN;
}

/**
 * The day number of `text` if it has the exact form `YYYY-MM-DD` (ten characters, ASCII digits) and
 * names a real date, else `undefined`. Whitespace, signs, times and other separators are refused.
 * Allocates nothing: the continuity engines call it once per event.
 */
export function dayNumberFromIsoText(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== HYPHEN || text.charCodeAt(7) !== HYPHEN) return undefined;
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  const month = digitAt(text, 5) * 10 + digitAt(text, 6);
  const day = digitAt(text, 8) * 10 + digitAt(text, 9);
  if (Number.isNaN(year + month + day) || month < 1 || month > 12 || day < 1) return undefined;
  return day <= daysInMonth(year, month) ? dayNumberFromParts(year, month, day) : undefined;
}

/** The first and last days the library accepts: 1900-01-01 and 2199-12-31. */
export const FIRST_ACCEPTED_DAY = dayNumberFromParts(1900, 1, 1);
export const LAST_ACCEPTED_DAY = dayNumberFromParts(2199, 12, 31);

/**
 * The day number of `value` if it is a date the library accepts (`YYYY-MM-DD`, a real date, from
 * 1900-01-01 to 2199-12-31), else `undefined`: parseIsoDate without its result object, for the
 * engines' per-event loops (which ask parseIsoDate for the issue when this says no).
 */
export function acceptedDayNumber(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const dayNumber = dayNumberFromIsoText(value);
  return dayNumber !== undefined && dayNumber >= FIRST_ACCEPTED_DAY && dayNumber <= LAST_ACCEPTED_DAY ? dayNumber : undefined;
}

/** The parts of `text` if it is a real `YYYY-MM-DD` date (see {@link dayNumberFromIsoText}), else `undefined`. */
export function partsFromIsoText(text: string): CalendarDate | undefined {
  const dayNumber = dayNumberFromIsoText(text);
  return dayNumber === undefined ? undefined : partsFromDayNumber(dayNumber);
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** `YYYY-MM-DD` for a day number whose year is between 0 and 9999. */
export function isoTextFromDayNumber(dayNumber: number): string {
  const { year, month, day } = partsFromDayNumber(dayNumber);
  return `${String(year).padStart(4, "0")}-${twoDigits(month)}-${twoDigits(day)}`;
}
