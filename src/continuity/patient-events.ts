/**
 * Input handling of the continuity engine: check each medication event, group events by patient
 * (in order of each patient's first appearance) and sort each patient's events by date, stable for
 * ties, as AdhereR does. A patient with an invalid event is set aside with its issues; the others are
 * computed as if it were absent.
 */
import { issue, type Issue } from "../_lib/issue.js";
import { parseIsoDate, type IsoDate } from "../days/index.js";
import { acceptedDayNumber } from "../_lib/calendar.js";
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

/** One patient's records (events, contacts), sorted by date (stable), or the issues that make them unusable. */
export interface PatientRecords<T> {
  readonly patientId: string;
  readonly events: readonly T[];
  readonly issues: readonly Issue[];
}

/** One patient's medication events. */
export type PatientEvents = PatientRecords<PatientEvent>;

/** A record with a usable patient id: an object, since only an object has one ({@link patientIdOf}). */
export type PatientRecord = Readonly<Record<string, unknown>>;

/**
 * How one kind of record is read: `check` returns the checked record (with its day number) or
 * pushes its issues; `noun` names the record in messages ("Event 3 ..."). Only records with a
 * usable patient id reach `check`; the others are reported as belonging to no patient.
 */
export interface RecordReader<T extends { readonly day: number }> {
  readonly noun: string;
  readonly check: (record: PatientRecord, index: number, issues: Issue[]) => T | undefined;
}

function checkEvent(event: PatientRecord, index: number, issues: Issue[]): PatientEvent | undefined {
  const { date, duration, dailyDose, medication } = event;
  const day = acceptedDayNumber(date);
  const valid =
    day !== undefined &&
    typeof duration === "number" &&
    Number.isInteger(duration) &&
    duration >= 1 &&
    (dailyDose === undefined || (typeof dailyDose === "number" && Number.isFinite(dailyDose) && dailyDose > 0)) &&
    (medication === undefined || (typeof medication === "string" && medication.length > 0));
  if (valid) return { index, day, date: date as IsoDate, duration, dose: dailyDose as number | undefined, medication: medication as string | undefined };
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
  return undefined;
}

/**
 * The record's patient id, or undefined after reporting in `unassigned` that it has none (at
 * `[...prefix, index, "patientId"]`: the prefix names the input when a function reads several).
 */
export function patientIdOf(record: unknown, index: number, unassigned: Issue[], noun: string, prefix: readonly (string | number)[] = []): string | undefined {
  const patientId = record !== null && typeof record === "object" ? (record as Record<string, unknown>)["patientId"] : undefined;
  if (typeof patientId === "string" && patientId.length > 0) return patientId;
  unassigned.push(issue(patientId === undefined ? "missing" : "invalid_type", [...prefix, index, "patientId"], `${noun} ${index} has no usable patientId (got ${describeValue(patientId)}); it belongs to no patient and is left out.`));
  return undefined;
}

/** A finished patient: its records sorted by date (stable, so ties keep input order), or none if any was invalid. */
function patientOf<T extends { readonly day: number }>(patientId: string, records: T[], issues: Issue[]): PatientRecords<T> {
  return { patientId, events: issues.length > 0 ? [] : sortedByDay(records), issues };
}

/** Sort in place by day, stable; a registry export is usually sorted already, which one pass confirms. */
function sortedByDay<T extends { readonly day: number }>(records: T[]): T[] {
  for (let position = 1; position < records.length; position += 1) {
    if (records[position - 1]!.day > records[position]!.day) return records.sort((a, b) => a.day - b.day);
  }
  return records;
}

/** Medication events, as every medication measure reads them. */
export const EVENT_READER: RecordReader<PatientEvent> = { noun: "Event", check: checkEvent };

/**
 * Where events can come from: an array (any order), or an iterable or async iterable that delivers
 * each patient's events together (a registry export sorted by patient), read one patient at a time.
 *
 * @example
 * ```ts
 * import type { ContinuityEvent, EventSource } from "treatment-quality";
 *
 * async function* fromRegistry(): AsyncGenerator<ContinuityEvent> {
 *   yield { patientId: "P-0001", date: "2020-04-01", duration: 14 };
 * }
 * const source: EventSource = fromRegistry();
 * ```
 */
export type EventSource = readonly ContinuityEvent[] | Iterable<ContinuityEvent> | AsyncIterable<ContinuityEvent>;

/**
 * What a continuity function returns for a source: rows, or a Promise of rows when the source is
 * an async iterable.
 *
 * @example
 * ```ts
 * import type { CmaRow, ContinuityEvent, ContinuityResult } from "treatment-quality";
 *
 * type FromArray = ContinuityResult<ContinuityEvent[], CmaRow>; // CmaRow[]
 * type FromStream = ContinuityResult<AsyncIterable<ContinuityEvent>, CmaRow>; // Promise<CmaRow[]>
 * ```
 */
export type ContinuityResult<Source, Row> = Source extends AsyncIterable<unknown> ? Promise<Row[]> : Row[];

/** Collects a stream's records patient by patient, checking that each patient's records come together. */
function createPatientCollector<T extends { readonly day: number }>(reader: RecordReader<T>) {
  const finished = new Set<string>();
  const unassigned: Issue[] = [];
  let current: { patientId: string; records: T[]; issues: Issue[] } | undefined;
  const close = (): PatientRecords<T>[] => {
    if (current === undefined) return [];
    const done = current;
    finished.add(done.patientId);
    current = undefined;
    return [patientOf(done.patientId, done.records, done.issues)];
  };
  return {
    unassigned,
    add(record: unknown, index: number): PatientRecords<T>[] {
      const patientId = patientIdOf(record, index, unassigned, reader.noun);
      if (patientId === undefined) return [];
      const completed = current !== undefined && current.patientId !== patientId ? close() : [];
      if (current === undefined) {
        if (finished.has(patientId)) {
          // Report the late record on a row of its own; the patient's earlier row stands as computed.
          return [...completed, { patientId, events: [], issues: [issue("invalid_value", [index, "patientId"], `${reader.noun} ${index} of patient "${patientId}" arrives after other patients' ${reader.noun.toLowerCase()}s; a stream must deliver each patient's ${reader.noun.toLowerCase()}s together (sort it by patient).`)] }];
        }
        current = { patientId, records: [], issues: [] };
      }
      const checked = reader.check(record as PatientRecord, index, current.issues);
      if (checked !== undefined) current.records.push(checked);
      return completed;
    },
    finish: close,
  };
}

/**
 * Run `perPatient` on every patient of a source of records and collect the rows: arrays are grouped
 * by position first; iterables and async iterables are read one patient at a time (an async source
 * gives a Promise). Records without a patient are reported through `unassignedRow` at the end.
 */
export function forEachPatientOf<T extends { readonly day: number }, Row>(
  source: readonly unknown[] | Iterable<unknown> | AsyncIterable<unknown>,
  reader: RecordReader<T>,
  perPatient: (patient: PatientRecords<T>) => Row[],
  unassignedRow: (issues: readonly Issue[]) => Row,
): Row[] | Promise<Row[]> {
  if (Array.isArray(source)) {
    const { patients, unassigned } = positionsByPatient(source, reader.noun);
    const rows: Row[] = [];
    for (const [patientId, positions] of patients) {
      const records: T[] = [];
      const issues: Issue[] = [];
      for (const index of positions) {
        const checked = reader.check(source[index] as PatientRecord, index, issues);
        if (checked !== undefined) records.push(checked);
      }
      for (const row of perPatient(patientOf(patientId, records, issues))) rows.push(row);
    }
    if (unassigned.length > 0) rows.push(unassignedRow(unassigned));
    return rows;
  }
  const collector = createPatientCollector(reader);
  const rows: Row[] = [];
  const finish = () => {
    for (const patient of collector.finish()) rows.push(...perPatient(patient));
    if (collector.unassigned.length > 0) rows.push(unassignedRow(collector.unassigned));
    return rows;
  };
  if (Symbol.asyncIterator in (source as object)) {
    return (async () => {
      let index = 0;
      for await (const record of source as AsyncIterable<unknown>) {
        for (const patient of collector.add(record, index)) rows.push(...perPatient(patient));
        index += 1;
      }
      return finish();
    })();
  }
  let index = 0;
  for (const record of source as Iterable<unknown>) {
    for (const patient of collector.add(record, index)) rows.push(...perPatient(patient));
    index += 1;
  }
  return finish();
}

/** {@link forEachPatientOf} for medication events. */
export function forEachPatient<Row>(source: EventSource, perPatient: (patient: PatientEvents) => Row[], unassignedRow: (issues: readonly Issue[]) => Row): Row[] | Promise<Row[]> {
  return forEachPatientOf(source, EVENT_READER, perPatient, unassignedRow);
}

/**
 * The positions of an array's records grouped by patient, in order of each patient's first
 * appearance; positions without a usable `patientId` are reported in `unassigned`. Only positions
 * are kept, so each patient's checked records are built when its turn comes and die with it.
 */
function positionsByPatient(records: readonly unknown[], noun: string): { patients: Map<string, number[]>; unassigned: Issue[] } {
  const patients = new Map<string, number[]>();
  const unassigned: Issue[] = [];
  let positions: number[] | undefined;
  let previousId: string | undefined;
  for (let index = 0; index < records.length; index += 1) {
    const patientId = patientIdOf(records[index], index, unassigned, noun);
    if (patientId === undefined) continue;
    // Registry exports list a patient's records together: look the patient up only when it changes.
    if (patientId !== previousId) {
      positions = patients.get(patientId);
      if (positions === undefined) {
        positions = [];
        patients.set(patientId, positions);
      }
      previousId = patientId;
    }
    positions!.push(index);
  }
  return { patients, unassigned };
}
