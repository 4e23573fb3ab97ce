/**
 * treatment-quality: machine-readable quality standards, assessment scoring and continuity metrics
 * for drug-dependence treatment services.
 *
 * This entry point re-exports the whole public API. Each module is also its own subpath
 * (`treatment-quality/days`, ...), so an application that needs one module bundles only that.
 *
 * @module treatment-quality
 */

// Contracts shared by every module: issues, results and batch rows.
export { ISSUE_CODES, type Issue, type IssueCode, type IssuePath } from "./_lib/issue.js";
export type { Result } from "./_lib/result.js";
export type { BatchRow } from "./_lib/batch-row.js";

// Calendar days.
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
  type AddMonthsOptions,
  type EndOfMonthRule,
  addDays,
  addMonths,
  addYears,
  differenceInDays,
  type Period,
  type DateWindow,
  parsePeriod,
  parseDateWindow,
  countDaysInPeriod,
  isDateInPeriod,
  intersectPeriods,
  windowEndDate,
  isDateInWindow,
  ISO_DATE_PATTERN,
  IsoDateSchema,
  PeriodSchema,
  DateWindowSchema,
} from "./days/index.js";
