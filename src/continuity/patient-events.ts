/**
 * Input handling of the continuity engine: check each medication event, group events by patient
 * (in order of each patient's first appearance) and sort each patient's events by date, stable for
 * ties, as AdhereR does. A patient with an invalid event is set aside with its issues; the others are
 * computed as if it were absent.
 */
import { issue, type Issue } from "../_lib/issue.js";
import { parseIsoDate, type IsoDate } from "../days/index.js";
import { describeValue } from "../_lib/describe-value.js";

/**
 * What the continuity engine reads from a medication event (a `MedicationEvent` record fits):
 * patient, dispensing date, days of supply, and optionally the daily dose and the medication (an ATC
 * code, a class, or any label: the engine only compares medications for equality).
 *
 * @example
 * ```ts
 * import type { ContinuityEvent } from "treatment-quality";
 *
 * const event: ContinuityEvent = { patientId: "P-0001", date: "2020-04-01", duration: 14, dailyDose: 80, medication: "N07BC02" };
 * ```
 */
export interface ContinuityEvent {
  readonly patientId: string;
  readonly date: IsoDate;
  /** Days of supply, a whole number of at least 1. */
  readonly duration: number;
  /** The daily dose, greater than 0; needed only with `considerDosageChange`. */
  readonly dailyDose?: number | undefined;
  /** The medication; compared for equality only. */
  readonly medication?: string | undefined;
}

/** One checked event of a patient: its day number and its position in the input. */
export interface PatientEvent {
  readonly index: number;
  readonly day: number;
  readonly date: IsoDate;
  readonly duration: number;
  readonly dose: number | undefined;
  readonly medication: string | undefined;
}

/** One patient's events, sorted by date (stable), or the issues that make them unusable. */
export interface PatientEvents {
  readonly patientId: string;
  readonly events: readonly PatientEvent[];
  readonly issues: readonly Issue[];
}

function checkEvent(event: unknown, index: number, issues: Issue[]): PatientEvent | undefined {
  if (event === null || typeof event !== "object") {
    issues.push(issue(event === undefined || event === null ? "missing" : "invalid_type", [index], `Event ${index} is ${describeValue(event)}, not an event object.`));
    return undefined;
  }
  const { date, duration, dailyDose, medication } = event as Record<string, unknown>;
  const before = issues.length;
  const parsedDate = parseIsoDate(date, [index, "date"]);
  if (!parsedDate.ok) issues.push(...parsedDate.issues);
  if (typeof duration !== "number" || !Number.isInteger(duration) || duration < 1) {
    issues.push(issue(duration === undefined ? "missing" : typeof duration === "number" ? "out_of_range" : "invalid_type", [index, "duration"], `Event ${index}: duration must be a whole number of days, at least 1; got ${describeValue(duration)}.`));
  }
  if (dailyDose !== undefined && (typeof dailyDose !== "number" || !Number.isFinite(dailyDose) || dailyDose <= 0)) {
    issues.push(issue(typeof dailyDose === "number" ? "out_of_range" : "invalid_type", [index, "dailyDose"], `Event ${index}: dailyDose must be a number greater than 0; got ${describeValue(dailyDose)}.`));
  }
  if (medication !== undefined && (typeof medication !== "string" || medication.length === 0)) {
    issues.push(issue("invalid_type", [index, "medication"], `Event ${index}: medication must be a non-empty string; got ${describeValue(medication)}.`));
  }
  if (issues.length > before || !parsedDate.ok) return undefined;
  return { index, day: parsedDate.value, date: date as IsoDate, duration: duration as number, dose: dailyDose as number | undefined, medication: medication as string | undefined };
}

/**
 * Group an array of events by patient, in order of each patient's first appearance, each patient's
 * events sorted by date with ties in input order. Events without a usable `patientId` are reported
 * in `unassigned`, since they belong to no patient's row.
 */
export function groupEventsByPatient(events: readonly unknown[]): { patients: PatientEvents[]; unassigned: Issue[] } {
  const byPatient = new Map<string, { events: PatientEvent[]; issues: Issue[] }>();
  const unassigned: Issue[] = [];
  events.forEach((event, index) => {
    const patientId = event !== null && typeof event === "object" ? (event as Record<string, unknown>)["patientId"] : undefined;
    if (typeof patientId !== "string" || patientId.length === 0) {
      unassigned.push(issue(patientId === undefined ? "missing" : "invalid_type", [index, "patientId"], `Event ${index} has no usable patientId (got ${describeValue(patientId)}); it belongs to no patient and is left out.`));
      return;
    }
    let patient = byPatient.get(patientId);
    if (patient === undefined) {
      patient = { events: [], issues: [] };
      byPatient.set(patientId, patient);
    }
    const checked = checkEvent(event, index, patient.issues);
    if (checked !== undefined) patient.events.push(checked);
  });
  const patients = [...byPatient].map(([patientId, { events: list, issues }]) => ({
    patientId,
    // Array.prototype.sort is stable: ties keep input order.
    events: issues.length > 0 ? [] : list.sort((a, b) => a.day - b.day),
    issues,
  }));
  return { patients, unassigned };
}
