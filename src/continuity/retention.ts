/** Retention in treatment: time from treatment entry to discontinuation, with exits, censoring and competing events. */
import { describeValue } from "../_lib/describe-value.js";
import { issue, type Issue } from "../_lib/issue.js";
import { dateOption, daysOption, periodOption } from "../_lib/period-option.js";
import { addMonths, dayNumberToIsoDate, isoDateToDayNumber, parseIsoDate, type IsoDate, type Period } from "../days/index.js";
import { medicationGrouper, type MedicationGrouping } from "./medication-groups.js";
import { forEachPatient, patientIdOf, type ContinuityResult, type EventSource, type PatientEvents } from "./patient-events.js";
import { episodesOf, type ComputeTreatmentEpisodesOptions } from "./treatment-episodes.js";
import { eventsWithin } from "./windows.js";
import { wilsonInterval, type Proportion } from "./wilson-interval.js";

/**
 * A known end of a patient's follow-up in this service: a transfer to another facility, a death,
 * or detention (prison, pre-trial detention), on `date`.
 *
 * @example
 * ```ts
 * import type { TreatmentExit } from "treatment-quality";
 *
 * const transfer: TreatmentExit = { patientId: "P-0001", date: "2020-09-14", reason: "transfer" };
 * ```
 */
export interface TreatmentExit {
  readonly patientId: string;
  readonly date: IsoDate;
  readonly reason: "transfer" | "death" | "detention";
}

/**
 * Options of {@link computeRetention}.
 *
 * @example
 * ```ts
 * import type { ComputeRetentionOptions } from "treatment-quality";
 *
 * const options: ComputeRetentionOptions = {
 *   dataEnd: "2021-12-31",
 *   maximumGapDays: 7,
 *   entryPeriod: { start: "2020-01-01", end: "2020-12-31" },
 *   transfers: "follow",
 *   deaths: "competing",
 * };
 * ```
 */
export interface ComputeRetentionOptions {
  /** The last day the data describe: events after it are ignored, and anyone still in treatment is censored on it. */
  readonly dataEnd: IsoDate;
  /** The longest gap in supply that does not end treatment (5-7 days for daily methadone, 30 in many claims studies). */
  readonly maximumGapDays: number;
  /** Count only treatment entries (episode starts) in this period, both ends included; default: each patient's first episode. */
  readonly entryPeriod?: Period;
  /** A change of medication ends treatment (default false: a switch from methadone to buprenorphine is continued treatment). */
  readonly medicationChangeEndsTreatment?: boolean;
  /** Group medications before they are compared (see {@link MedicationGrouping}). */
  readonly groupMedications?: MedicationGrouping;
  /** Transfers, deaths and detentions; each ends follow-up on its date if it comes while the patient is in treatment. */
  readonly exits?: readonly TreatmentExit[];
  /** `"censor"` (default): follow-up ends, outcome unknown; `"follow"`: ignore transfers (the patient id links the facilities, so the events go on); `"discontinuation"`: a transfer counts as leaving treatment. */
  readonly transfers?: "censor" | "follow" | "discontinuation";
  /** `"censor"` (default) or `"competing"`: a competing event, for {@link cumulativeIncidence}. */
  readonly deaths?: "censor" | "competing";
  /** `"censor"` (default) or `"competing"`. */
  readonly detentions?: "censor" | "competing";
}

/**
 * How a patient's follow-up from treatment entry ended.
 *
 * @example
 * ```ts
 * import type { RetentionOutcome } from "treatment-quality";
 *
 * const stillThere: RetentionOutcome = "data-end";
 * ```
 */
export type RetentionOutcome = "discontinued" | "data-end" | "transfer" | "death" | "detention";

/**
 * One patient's time in treatment from entry. `time` and `event` are what {@link kaplanMeier}
 * reads; `time` and `cause` what {@link cumulativeIncidence} reads. `time` counts the days from the
 * entry day to `endDate`, both included: the days in treatment when the patient discontinued (the
 * supply of the episode ran out and the next dispensing, if any, came more than `maximumGapDays`
 * later), the days observed otherwise.
 *
 * @example
 * ```ts
 * import type { RetentionRow } from "treatment-quality";
 *
 * const row: RetentionRow = { patientId: "P1", issues: [], entryDate: "2020-01-01", entryMedication: "N07BC02", endDate: "2020-03-30", time: 90, outcome: "discontinued", event: true, cause: "discontinuation" };
 * ```
 */
export interface RetentionRow {
  readonly patientId: string;
  readonly issues: readonly Issue[];
  readonly entryDate: IsoDate | null;
  /** The medication of the entry dispensing, as given (before grouping). */
  readonly entryMedication: string | null;
  /** The last day of follow-up: the last day in treatment, the data end, or the exit date. */
  readonly endDate: IsoDate | null;
  readonly time: number | null;
  readonly outcome: RetentionOutcome | null;
  /** True when follow-up ended by leaving treatment (discontinuation, or a transfer counted as one). */
  readonly event: boolean | null;
  /** `"discontinuation"`, `"death"` or `"detention"` when that event ended follow-up (deaths and detentions only as competing events); null when censored. */
  readonly cause: "discontinuation" | "death" | "detention" | null;
}

interface DayExit {
  readonly day: number;
  readonly reason: TreatmentExit["reason"];
}

/** The exits, checked once and sorted by date per patient; invalid ones become issues of their patient (or of no patient). */
function planExits(exits: readonly TreatmentExit[] | undefined) {
  if (exits !== undefined && !Array.isArray(exits)) throw new Error(`exits must be an array; got ${describeValue(exits)}.`);
  const byPatient = new Map<string, { exits: DayExit[]; issues: Issue[] }>();
  const unassigned: Issue[] = [];
  (exits ?? []).forEach((exit, position) => {
    const path = ["exits", position];
    const patientId = patientIdOf(exit, position, unassigned, "Exit", ["exits"]);
    if (patientId === undefined) return;
    let own = byPatient.get(patientId);
    if (own === undefined) byPatient.set(patientId, (own = { exits: [], issues: [] }));
    const date = parseIsoDate(exit.date, [...path, "date"]);
    if (!date.ok) own.issues.push(...date.issues);
    if (!["transfer", "death", "detention"].includes(exit.reason)) own.issues.push(issue("invalid_value", [...path, "reason"], `Exit ${position}: reason must be "transfer", "death" or "detention"; got ${describeValue(exit.reason)}.`));
    else if (date.ok) own.exits.push({ day: date.value, reason: exit.reason });
  });
  for (const own of byPatient.values()) own.exits.sort((a, b) => a.day - b.day);
  return { of: (patientId: string) => byPatient.get(patientId), unassigned };
}


/**
 * Each patient's time in treatment from treatment entry, for retention analyses: entry is the start
 * of the patient's first treatment episode (the first in `entryPeriod`, if given), episodes as
 * {@link computeTreatmentEpisodes} builds them with `maximumGapDays` as the permissible gap, supply
 * carried over and, by default, no break at a change of medication. Follow-up ends at the first of:
 * discontinuation (the episode ends), an exit (transfer, death, detention) while in treatment or
 * within the permissible gap after it, and the data end (censored). Exits are treated by option:
 * transfers censored, followed or counted as discontinuation; deaths and detentions censored or
 * competing events. One row per patient; a patient without an entry, or with an invalid event or
 * exit, gets nulls and the reason.
 *
 * Summarise the rows with {@link retentionAt} (retained at 90 days, 6 months, ... with Wilson
 * intervals), {@link kaplanMeier} (time to discontinuation) or {@link cumulativeIncidence} (with
 * competing events).
 *
 * @param events - medication events (an array, or a stream grouped by patient)
 * @param options - see {@link ComputeRetentionOptions}
 * @returns one row per patient
 *
 * @example
 * ```ts
 * import { computeRetention } from "treatment-quality";
 *
 * const events = [
 *   { patientId: "P1", date: "2020-01-01", duration: 30 },
 *   { patientId: "P1", date: "2020-01-31", duration: 30 }, // on time
 *   { patientId: "P1", date: "2020-04-15", duration: 30 }, // 45 days late: treatment had ended on 29 February
 *   { patientId: "P2", date: "2020-01-10", duration: 90 },
 * ];
 * const exits = [{ patientId: "P2", date: "2020-03-01", reason: "death" as const }];
 * computeRetention(events, { dataEnd: "2020-12-31", maximumGapDays: 14, exits, deaths: "competing" })
 *   .map((row) => `${row.patientId}: ${row.outcome} after ${row.time} days`);
 * // => ["P1: discontinued after 60 days", "P2: death after 52 days"]
 * ```
 */
export function computeRetention<Source extends EventSource>(events: Source, options: ComputeRetentionOptions): ContinuityResult<Source, RetentionRow> {
  const lastDay = dateOption("dataEnd", options.dataEnd);
  const gap = daysOption("maximumGapDays", options.maximumGapDays);
  const entryPeriod = options.entryPeriod === undefined ? undefined : periodOption("entryPeriod", options.entryPeriod);
  const choices = { transfer: options.transfers ?? "censor", death: options.deaths ?? "censor", detention: options.detentions ?? "censor" } as const;
  for (const [name, value, allowed] of [
    ["transfers", choices.transfer, ["censor", "follow", "discontinuation"]],
    ["deaths", choices.death, ["censor", "competing"]],
    ["detentions", choices.detention, ["censor", "competing"]],
  ] as const) {
    if (!(allowed as readonly string[]).includes(value)) throw new Error(`${name} must be one of ${allowed.join(", ")}; got ${String(value)}.`);
  }
  const exits = planExits(options.exits);
  const regroup = medicationGrouper(options.groupMedications);
  // The follow-up window is given per patient, below.
  const episodeOptions: Omit<ComputeTreatmentEpisodesOptions, "followUpWindow"> = { maximumPermissibleGapDays: gap, medicationChangeStartsNewEpisode: options.medicationChangeEndsTreatment ?? false };
  const carry = { withinWindow: true, intoWindow: false, onlyForSameMedication: false, considerDosageChange: false };
  const empty = (patientId: string, issues: readonly Issue[]): RetentionRow => ({ patientId, issues, entryDate: null, entryMedication: null, endDate: null, time: null, outcome: null, event: null, cause: null });

  const perPatient = (patient: PatientEvents): RetentionRow[] => {
    const { patientId } = patient;
    const own = exits.of(patientId);
    const issues = [...patient.issues, ...(own?.issues ?? [])];
    if (issues.length > 0) return [empty(patientId, issues)];
    const grouped = regroup(patient).events;
    const observed = eventsWithin(grouped, { start: -Infinity, end: lastDay });
    if (observed.length === 0) return [empty(patientId, [issue("invalid_value", [], `The patient has no event on or before the data end (${options.dataEnd}).`)])];
    // The follow-up runs to the day after the data end (exclusive), so the last supply is measured through the data end.
    const episodes = episodesOf(observed, { start: observed[0]!.day, end: lastDay + 1 }, episodeOptions, carry);
    const entryAt = episodes.findIndex((episode) => entryPeriod === undefined || (episode.start >= entryPeriod.start && episode.start <= entryPeriod.end));
    if (entryAt === -1) return [empty(patientId, [issue("invalid_value", [], "No treatment episode starts in the entry period.")])];
    const entry = episodes[entryAt]!;
    const last = entry.start + entry.duration - 1;
    const ongoing = entryAt === episodes.length - 1 && entry.endGap <= gap;
    // An exit counts while the patient is in treatment: to the data end if still there, else to the end of the permissible gap.
    const inTreatmentTo = ongoing ? lastDay : Math.min(lastDay, last + gap);
    const exit = own?.exits.find((each) => choices[each.reason] !== "follow" && each.day >= entry.start && each.day <= inTreatmentTo);
    const base = { patientId, issues: [], entryDate: dayNumberToIsoDate(entry.start), entryMedication: patient.events.find((event) => event.index === entry.events[0]!.index)?.medication ?? null };
    const ending = (endDay: number, outcome: RetentionOutcome, event: boolean, cause: RetentionRow["cause"]): RetentionRow[] => [{ ...base, endDate: dayNumberToIsoDate(endDay), time: endDay - entry.start + 1, outcome, event, cause }];
    if (exit !== undefined) {
      const choice = choices[exit.reason];
      if (choice === "discontinuation") return ending(exit.day, exit.reason, true, "discontinuation");
      return ending(exit.day, exit.reason, false, choice === "competing" ? (exit.reason as "death" | "detention") : null);
    }
    if (ongoing) return ending(lastDay, "data-end", false, null);
    return ending(last, "discontinued", true, "discontinuation");
  };
  const rows = forEachPatient(events, perPatient, (unassigned) => empty("", unassigned));
  // Exits that name no patient are reported in one more row with patientId "".
  const withUnassignedExits = (list: RetentionRow[]) => (exits.unassigned.length > 0 ? [...list, empty("", exits.unassigned)] : list);
  return (rows instanceof Promise ? rows.then(withUnassignedExits) : withUnassignedExits(rows)) as ContinuityResult<Source, RetentionRow>;
}

/**
 * Options of {@link retentionAt}: horizons in days after entry, in calendar months after entry, or
 * both (default: 90, 180 and 365 days).
 *
 * @example
 * ```ts
 * import type { RetentionAtOptions } from "treatment-quality";
 *
 * const sixAndTwelveMonths: RetentionAtOptions = { months: [6, 12] };
 * ```
 */
export interface RetentionAtOptions {
  readonly days?: readonly number[];
  readonly months?: readonly number[];
  /** The confidence level of the Wilson limits (default 0.95). */
  readonly confidenceLevel?: number;
}

/**
 * Retention at one horizon: retained (the numerator) of those whose status at the horizon is known
 * (the denominator: retained, discontinued, or ended by a competing event before it); patients
 * censored before the horizon are left out and counted in `censored`.
 *
 * @example
 * ```ts
 * import type { RetentionPoint } from "treatment-quality";
 *
 * const sixMonths: RetentionPoint = { horizon: "6 months", numerator: 57, denominator: 100, value: 0.57, lower: 0.472, upper: 0.663, discontinued: 40, competing: 3, censored: 12 };
 * ```
 */
export interface RetentionPoint extends Proportion {
  /** `"90 days"`, `"6 months"`, ... */
  readonly horizon: string;
  /** Left treatment on or before the horizon. */
  readonly discontinued: number;
  /** Ended by a competing event (death, detention) on or before the horizon. */
  readonly competing: number;
  /** Censored on or before the horizon (status unknown): not in the denominator. */
  readonly censored: number;
}

/**
 * Point retention from {@link computeRetention}'s rows: the share still in treatment at each
 * horizon after entry, with a Wilson interval. A patient is retained at a horizon of h days when
 * its time in treatment is longer than h (it is in treatment on day h after entry, the entry day
 * being day 0), as the Kaplan-Meier survival S(h) counts it; a horizon of m months is h = the days
 * from the entry date to the same day m months later (the last day of the month when there is no
 * such day). Rows without a time (no entry, invalid input) are skipped.
 *
 * @param rows - rows of {@link computeRetention}
 * @param options - see {@link RetentionAtOptions}
 * @returns one point per horizon, days first
 *
 * @example
 * ```ts
 * import { computeRetention, retentionAt } from "treatment-quality";
 *
 * const events = [
 *   { patientId: "P1", date: "2020-01-01", duration: 365 },
 *   { patientId: "P2", date: "2020-01-01", duration: 120 },
 *   { patientId: "P3", date: "2020-01-01", duration: 60 },
 * ];
 * const rows = computeRetention(events, { dataEnd: "2021-06-30", maximumGapDays: 14 });
 * retentionAt(rows, { days: [90], months: [12] }).map((point) => `${point.horizon}: ${point.numerator} of ${point.denominator}`);
 * // => ["90 days: 2 of 3", "12 months: 0 of 3"]
 * ```
 */
export function retentionAt(rows: readonly RetentionRow[], options: RetentionAtOptions = {}): RetentionPoint[] {
  const days = options.days ?? (options.months === undefined ? [90, 180, 365] : []);
  const months = options.months ?? [];
  for (const [name, list] of [
    ["days", days],
    ["months", months],
  ] as const) {
    if (!Array.isArray(list) || list.some((each) => !Number.isInteger(each) || each < 0)) throw new Error(`${name} must be whole numbers, at least 0; got ${describeValue(list)}.`);
  }
  const point = (horizon: string, at: RetentionHorizon): RetentionPoint => {
    const tally = { retained: 0, discontinued: 0, competing: 0, censored: 0 };
    for (const row of rows) {
      const status = retentionStatusAt(row, at);
      if (status !== null) tally[status] += 1;
    }
    const { retained, discontinued, competing, censored } = tally;
    return { horizon, ...wilsonInterval(retained, retained + discontinued + competing, options.confidenceLevel), discontinued, competing, censored };
  };
  return [...days.map((each) => point(`${each} days`, { days: each })), ...months.map((each) => point(`${each} months`, { months: each }))];
}

/**
 * A horizon after treatment entry: a number of days, or of calendar months.
 *
 * @example
 * ```ts
 * import type { RetentionHorizon } from "treatment-quality";
 *
 * const sixMonths: RetentionHorizon = { months: 6 };
 * ```
 */
export type RetentionHorizon = { readonly days: number } | { readonly months: number };

/**
 * Where one patient stands at a horizon after entry: `"retained"` (in treatment on day h after entry,
 * the entry day being day 0: its time is longer than h), `"discontinued"` or `"competing"` (ended by
 * discontinuation or by a competing event on or before h), `"censored"` (followed for h days or less
 * without an event: unknown), or null for a row without a time. A horizon of m months is h = the days
 * from the entry date to the same day m months later (the month's last day when there is none).
 *
 * @param row - a row of {@link computeRetention}
 * @param horizon - days or months after entry
 * @returns the status, or null
 *
 * @example
 * ```ts
 * import { retentionStatusAt } from "treatment-quality";
 *
 * const row = { patientId: "P1", issues: [], entryDate: "2020-01-01", entryMedication: null, endDate: "2020-07-15", time: 197, outcome: "discontinued" as const, event: true, cause: "discontinuation" as const };
 * retentionStatusAt(row, { months: 6 }); // => "retained" (6 months after 1 January is 182 days)
 * retentionStatusAt(row, { days: 197 }); // => "discontinued"
 * ```
 */
export function retentionStatusAt(row: RetentionRow, horizon: RetentionHorizon): "retained" | "discontinued" | "competing" | "censored" | null {
  if (row.time === null || row.entryDate === null) return null;
  const days = "days" in horizon ? horizon.days : isoDateToDayNumber(addMonths(row.entryDate, horizon.months)) - isoDateToDayNumber(row.entryDate);
  if (row.time > days) return "retained";
  if (row.event === true) return "discontinued";
  return row.cause !== null ? "competing" : "censored";
}
