import * as z from "zod";
import { customIssue } from "../_lib/zod-issues.js";
import { isoDateToDayNumber, MAX_DAY_NUMBER, MAX_ISO_DATE, MIN_DAY_NUMBER, MIN_ISO_DATE, parseIsoDate } from "./iso-date.js";

const COMMON_YEARS = "(?:19|20|21)[0-9]{2}";
const LEAP_YEARS = "(?:(?:19|20|21)(?:0[48]|[2468][048]|[13579][26])|2000)";
const MONTH_AND_DAY =
  "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))";

/**
 * The regular expression (ECMA-262 syntax, ASCII only) that accepts exactly the dates
 * {@link parseIsoDate} accepts: real `YYYY-MM-DD` dates from 1900-01-01 to 2199-12-31, leap years
 * included. It is the `pattern` of the `IsoDate` JSON Schema, for validators in other languages.
 *
 * @example
 * ```ts
 * import { ISO_DATE_PATTERN } from "treatment-quality";
 *
 * new RegExp(ISO_DATE_PATTERN).test("2000-02-29"); // => true
 * new RegExp(ISO_DATE_PATTERN).test("2100-02-29"); // => false
 * ```
 */
export const ISO_DATE_PATTERN = `^(?:${COMMON_YEARS}-${MONTH_AND_DAY}|${LEAP_YEARS}-02-29)$`;

/**
 * Schema of a calendar date on the wire: a real `YYYY-MM-DD` date from 1900-01-01 to 2199-12-31.
 * Failures carry the codes `missing`, `invalid_type`, `invalid_date` or `out_of_range` once mapped
 * to the library's issues (see {@link parsePeriod} for a safe entry point built on it).
 *
 * JSON Schema: `{ "type": "string", "format": "date", "pattern": ISO_DATE_PATTERN }`; the pattern
 * encodes the whole rule, so the JSON Schema accepts exactly what this schema accepts.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from "treatment-quality";
 *
 * IsoDateSchema.safeParse("2020-04-01").success; // => true
 * IsoDateSchema.safeParse("2020-04-31").success; // => false
 * ```
 */
export const IsoDateSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .check((context) => {
      const parsed = parseIsoDate(context.value);
      if (parsed.ok) return;
      for (const found of parsed.issues) context.issues.push(customIssue(found.code, [], context.value, found.message));
    })
    .meta({
      title: "IsoDate",
      description: `A calendar date as YYYY-MM-DD (ISO 8601), from ${MIN_ISO_DATE} to ${MAX_ISO_DATE}. It names a day, not an instant.`,
      format: "date",
      pattern: ISO_DATE_PATTERN,
      examples: ["2020-04-01"],
    }))();

/**
 * Schema of a period: `{ start, end }`, two dates that are both inside the period.
 *
 * Cross-field rule that JSON Schema cannot express: `start` must not be after `end` (checked here,
 * reported on `end` with code `invalid_value`). Unknown keys are dropped.
 *
 * @example
 * ```ts
 * import { PeriodSchema } from "treatment-quality";
 *
 * PeriodSchema.parse({ start: "2020-04-01", end: "2020-06-30" }); // => { start: "2020-04-01", end: "2020-06-30" }
 * PeriodSchema.safeParse({ start: "2020-06-30", end: "2020-04-01" }).success; // => false
 * ```
 */
export const PeriodSchema = /* @__PURE__ */ (() =>
  z
    .object({
      start: IsoDateSchema.describe("The first day of the period (included)."),
      end: IsoDateSchema.describe("The last day of the period (included)."),
    })
    .check((context) => {
      const { start, end } = context.value;
      if (start <= end) return;
      context.issues.push(customIssue("invalid_value", ["end"], context.value, `The period ends (${end}) before it starts (${start}); end must be on or after start.`));
    })
    .meta({
      title: "Period",
      description: "An inclusive period of calendar days: both start and end belong to it. Rule not expressed in JSON Schema: start <= end.",
      examples: [{ start: "2020-03-16", end: "2020-06-30" }],
    }))();

/**
 * Schema of a window `{ start, durationDays }`: a date and a whole, non-negative number of days.
 *
 * @example
 * ```ts
 * import { DateWindowSchema } from "treatment-quality";
 *
 * DateWindowSchema.parse({ start: "2020-01-01", durationDays: 365 }); // => { start: "2020-01-01", durationDays: 365 }
 * DateWindowSchema.safeParse({ start: "2020-01-01", durationDays: 1.5 }).success; // => false
 * ```
 */
export const DateWindowSchema = /* @__PURE__ */ (() =>
  z
    .object({
      start: IsoDateSchema.describe("The first day of the window (included)."),
      durationDays: z
        .int()
        .min(0)
        .max(MAX_DAY_NUMBER - MIN_DAY_NUMBER)
        .describe("The length of the window in days: the denominator of ratios over it. The window runs from start to start + durationDays, both included."),
    })
    .check((context) => {
      const { start, durationDays } = context.value;
      if (isoDateToDayNumber(start) + durationDays <= MAX_DAY_NUMBER) return;
      context.issues.push(customIssue("out_of_range", ["durationDays"], context.value, `A window of ${durationDays} days from ${start} ends after ${MAX_ISO_DATE}, the last date the library accepts.`));
    })
    .meta({
      title: "DateWindow",
      description: "A window of calendar days as AdhereR defines it: a date belongs to it when start <= date <= start + durationDays.",
      examples: [{ start: "2020-01-01", durationDays: 365 }],
    }))();
