/** Dates, inclusive periods and numbers of days given as options, checked once per call. */
import { acceptedDayNumber } from "./calendar.js";

/** The period as day numbers, both ends included; an impossible one throws, naming the option. */
export function periodOption(name: string, period: unknown): { readonly start: number; readonly end: number } {
  const value = period as { readonly start?: unknown; readonly end?: unknown } | null | undefined;
  const start = acceptedDayNumber(value?.start);
  const end = acceptedDayNumber(value?.end);
  if (start === undefined || end === undefined || end < start) throw new Error(`${name} must be { start, end } with valid dates (YYYY-MM-DD) and start <= end; got ${JSON.stringify(period)}.`);
  return { start, end };
}

/** A date given as an option, as a day number; an impossible one throws, naming the option. */
export function dateOption(name: string, date: unknown): number {
  const day = acceptedDayNumber(date);
  if (day === undefined) throw new Error(`${name} must be a valid date (YYYY-MM-DD); got ${JSON.stringify(date)}.`);
  return day;
}

/** A number of days given as an option (fractions allowed, at least 0); an impossible one throws, naming the option. */
export function daysOption(name: string, days: unknown): number {
  if (!(typeof days === "number" && Number.isFinite(days) && days >= 0)) throw new Error(`${name} must be a number of days, at least 0; got ${String(days)}.`);
  return days;
}
