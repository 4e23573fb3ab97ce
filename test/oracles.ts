/**
 * Oracles for the property tests: the JS engine's own UTC calendar (`Date` with UTC methods only),
 * written independently of `src/_lib/calendar.ts` and free of the process time zone.
 */

const MS_PER_DAY = 86_400_000;

/** Day number of a date by the JS engine's own UTC calendar: an oracle independent of ours. */
export function oracleDayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** ISO text of a day number by the JS engine (`toISOString`), for years 0-9999. */
export function oracleIsoDate(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}


/** Month arithmetic through the JS engine's UTC calendar: an oracle written independently of ours. */
export function oracleAddMonths(dayNumber: number, months: number, rule: "clamp" | "roll-to-first"): number {
  const start = new Date(dayNumber * MS_PER_DAY);
  const firstOfTarget = new Date(0);
  firstOfTarget.setUTCFullYear(start.getUTCFullYear(), start.getUTCMonth() + months, 1);
  const year = firstOfTarget.getUTCFullYear();
  const month = firstOfTarget.getUTCMonth() + 1;
  const lastDayOfTarget = new Date(Date.UTC(2000, 0, 1));
  lastDayOfTarget.setUTCFullYear(year, month, 0);
  const lastDay = lastDayOfTarget.getUTCDate();
  const day = start.getUTCDate();
  if (day <= lastDay) return oracleDayNumber(year, month, day);
  return oracleDayNumber(year, month, lastDay) + (rule === "roll-to-first" ? 1 : 0);
}

