/**
 * Calendar days without time zones: ISO `YYYY-MM-DD` dates, day numbers, calendar arithmetic,
 * inclusive periods and AdhereR-style windows, with the zod schemas that check them.
 *
 * Every function gives the same answer whatever the process time zone (`TZ`) is.
 *
 * @module days
 */
export {
  type IsoDate,
  type DayNumber,
  MIN_ISO_DATE,
  MAX_ISO_DATE,
  MIN_DAY_NUMBER,
  MAX_DAY_NUMBER,
  parseIsoDate,
  isValidIsoDate,
  isoDateToDayNumber,
  dayNumberToIsoDate,
} from "./iso-date.js";
export { type AddMonthsOptions, type EndOfMonthRule, addDays, addMonths, addYears, differenceInDays } from "./arithmetic.js";
export {
  type Period,
  type DateWindow,
  parsePeriod,
  parseDateWindow,
  countDaysInPeriod,
  isDateInPeriod,
  intersectPeriods,
  windowEndDate,
  isDateInWindow,
} from "./period.js";
export { ISO_DATE_PATTERN, IsoDateSchema, PeriodSchema, DateWindowSchema } from "./schemas.js";
export { ISSUE_CODES, type Issue, type IssueCode, type IssuePath } from "../_lib/issue.js";
export type { Result } from "../_lib/result.js";
