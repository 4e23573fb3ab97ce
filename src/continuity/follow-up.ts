/** Follow-up within N days after an emergency visit or a discharge from high-intensity care (HEDIS FUA / FUI style). */
import { describeValue } from "../_lib/describe-value.js";
import type { Issue } from "../_lib/issue.js";
import { dateOption, periodOption } from "../_lib/period-option.js";
import type { IsoDate, Period } from "../days/index.js";
import { contactReader, contactTypesOption, type CheckedContact } from "./contacts.js";
import { forEachPatientOf, type ContinuityResult, type PatientRecords } from "./patient-events.js";

/**
 * What follow-up reads from a contact (a `Contact` record fits): patient, day and the kind of
 * contact (a code of `CONTACT_TYPE`, or your own).
 *
 * @example
 * ```ts
 * import type { FollowUpContact } from "treatment-quality";
 *
 * const discharge: FollowUpContact = { patientId: "P-0001", date: "2020-04-02", contactType: "inpatient-discharge" };
 * ```
 */
export interface FollowUpContact {
  readonly patientId: string;
  readonly date: IsoDate;
  readonly contactType?: string | undefined;
  readonly providerId?: string | undefined;
}

/**
 * Options of {@link computeFollowUp}.
 *
 * @example
 * ```ts
 * import type { ComputeFollowUpOptions } from "treatment-quality";
 *
 * // HEDIS FUA style: emergency visits only, follow-up on the visit day counts, the first of visits within 30 days.
 * const afterEmergency: ComputeFollowUpOptions = { indexTypes: ["emergency-visit"], indexDayCounts: true, repeatedIndexEvents: "first" };
 * ```
 */
export interface ComputeFollowUpOptions {
  /** Index events dated in this period, both ends included (default: all). */
  readonly period?: Period;
  /** The windows, in days after the index event (default 7 and 30). */
  readonly withinDays?: readonly number[];
  /** Contact types that are index events (default: emergency visits and discharges from inpatient, residential and withdrawal-management care). */
  readonly indexTypes?: readonly string[];
  /** Contact types that count as follow-up (default: outpatient, telemedicine and telephone visits, dispensing, group sessions, home visits, outreach, peer support, intensive outpatient days). */
  readonly followUpTypes?: readonly string[];
  /** A follow-up on the index day counts (default false, as HEDIS FUI; FUA counts it). */
  readonly indexDayCounts?: boolean;
  /**
   * Index events at most the longest window apart (30 days: within the 31 days HEDIS speaks of):
   * `"first"` (default) counts the first and skips the others (FUA); `"last"` counts only the last,
   * each one being replaced by the next (a readmission replaces the discharge, FUI); `"each"` counts
   * every one.
   */
  readonly repeatedIndexEvents?: "first" | "last" | "each";
  /** The last day of data: a window that runs past it without a follow-up yet is unknown (null). */
  readonly dataEnd?: IsoDate;
}

/**
 * Whether one index event was followed up within one window, and by which contact.
 *
 * @example
 * ```ts
 * import type { FollowUpWindowResult } from "treatment-quality";
 *
 * const seen: FollowUpWindowResult = { withinDays: 7, met: true, contactDate: "2020-04-06", contactType: "in-person-visit", contactIndex: 12 };
 * ```
 */
export interface FollowUpWindowResult {
  readonly withinDays: number;
  /** null when the window runs past the data end and no follow-up has been seen yet. */
  readonly met: boolean | null;
  /** The first qualifying contact in the window. */
  readonly contactDate: IsoDate | null;
  readonly contactType: string | null;
  /** Its position in the input. */
  readonly contactIndex: number | null;
}

/**
 * One counted index event and its follow-up in each window; a patient with an invalid contact gets
 * one row with nulls and its issues.
 *
 * @example
 * ```ts
 * import type { FollowUpRow } from "treatment-quality";
 *
 * const row: FollowUpRow = { patientId: "P1", indexDate: "2020-04-02", indexType: "inpatient-discharge", indexIndex: 3, followUps: [], issues: [] };
 * ```
 */
export interface FollowUpRow {
  readonly patientId: string;
  readonly indexDate: IsoDate | null;
  readonly indexType: string | null;
  /** The index event's position in the input. */
  readonly indexIndex: number | null;
  readonly followUps: readonly FollowUpWindowResult[];
  readonly issues: readonly Issue[];
}

const INDEX_TYPES = ["emergency-visit", "inpatient-discharge", "residential-discharge", "withdrawal-management-discharge"];
/** The contact types that count as follow-up, and as treatment for initiation, by default. */
export const FOLLOW_UP_TYPES = ["in-person-visit", "telemedicine", "telephone", "dispensing", "group-session", "home-visit", "outreach", "peer-support", "intensive-outpatient"];

/** The index events counted under the rule for repeated ones (events sorted by day). */
function countedIndexEvents(events: readonly CheckedContact[], rule: "first" | "last" | "each", longest: number): CheckedContact[] {
  if (rule === "each") return [...events];
  if (rule === "first") {
    const counted: CheckedContact[] = [];
    for (const event of events) if (counted.length === 0 || event.day - counted.at(-1)!.day > longest) counted.push(event);
    return counted;
  }
  return events.filter((event, position) => {
    const next = events[position + 1];
    return next === undefined || next.day - event.day > longest;
  });
}

/**
 * Follow-up after high-intensity care or an emergency visit, from contacts: for each index event
 * (a contact of an index type, in the period), whether a follow-up contact came within each window
 * (7 and 30 days by default) after it, and which contact it was. The index day counts by option;
 * repeated index events within the longest window count once (the first or the last) or each time;
 * a window that runs past `dataEnd` without a follow-up is unknown, not missed. One row per counted
 * index event, patients in order of first appearance; a patient with an invalid contact gets one row
 * with its issues, the others are computed.
 *
 * @param contacts - contacts (an array, or a stream grouped by patient)
 * @param options - see {@link ComputeFollowUpOptions}
 * @returns one row per counted index event
 *
 * @example
 * ```ts
 * import { computeFollowUp } from "treatment-quality";
 *
 * const contacts = [
 *   { patientId: "P1", date: "2020-04-02", contactType: "inpatient-discharge" },
 *   { patientId: "P1", date: "2020-04-20", contactType: "in-person-visit" },
 * ];
 * computeFollowUp(contacts)[0]?.followUps.map((window) => `${window.withinDays} days: ${window.met}`);
 * // => ["7 days: false", "30 days: true"]
 * ```
 */
export function computeFollowUp<Source extends readonly FollowUpContact[] | Iterable<FollowUpContact> | AsyncIterable<FollowUpContact>>(contacts: Source, options: ComputeFollowUpOptions = {}): ContinuityResult<Source, FollowUpRow> {
  const period = options.period === undefined ? undefined : periodOption("period", options.period);
  const windows = options.withinDays ?? [7, 30];
  const shortest = options.indexDayCounts === true ? 0 : 1;
  if (!Array.isArray(windows) || windows.length === 0 || windows.some((days) => !Number.isInteger(days) || days < shortest)) throw new Error(`withinDays must be whole numbers of days, at least ${shortest}${shortest === 1 ? " (0 needs indexDayCounts)" : ""}; got ${describeValue(windows)}.`);
  const indexTypes = contactTypesOption("indexTypes", options.indexTypes, INDEX_TYPES);
  const followUpTypes = contactTypesOption("followUpTypes", options.followUpTypes, FOLLOW_UP_TYPES);
  const rule = options.repeatedIndexEvents ?? "first";
  if (!["first", "last", "each"].includes(rule)) throw new Error(`repeatedIndexEvents must be "first", "last" or "each"; got ${String(rule)}.`);
  const lastDay = options.dataEnd === undefined ? Infinity : dateOption("dataEnd", options.dataEnd);
  const longest = Math.max(...windows);
  const firstDay = options.indexDayCounts === true ? 0 : 1;

  const perPatient = ({ patientId, events, issues }: PatientRecords<CheckedContact>): FollowUpRow[] => {
    if (issues.length > 0) return [{ patientId, indexDate: null, indexType: null, indexIndex: null, followUps: [], issues }];
    const indexEvents = events.filter((event) => indexTypes.has(event.contactType) && (period === undefined || (event.day >= period.start && event.day <= period.end)));
    // Contacts after the data end are not part of the data.
    const followUps = events.filter((event) => followUpTypes.has(event.contactType) && event.day <= lastDay);
    return countedIndexEvents(indexEvents, rule, longest).map((index) => ({
      patientId,
      indexDate: index.date,
      indexType: index.contactType!,
      indexIndex: index.index,
      followUps: windows.map((days): FollowUpWindowResult => {
        const found = followUps.find((contact) => contact.day >= index.day + firstDay && contact.day <= index.day + days);
        if (found !== undefined) return { withinDays: days, met: true, contactDate: found.date, contactType: found.contactType!, contactIndex: found.index };
        return { withinDays: days, met: index.day + days > lastDay ? null : false, contactDate: null, contactType: null, contactIndex: null };
      }),
      issues: [],
    }));
  };
  return forEachPatientOf(contacts, contactReader(false), perPatient, (unassigned) => ({ patientId: "", indexDate: null, indexType: null, indexIndex: null, followUps: [], issues: unassigned })) as ContinuityResult<Source, FollowUpRow>;
}
