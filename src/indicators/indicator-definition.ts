/** Indicators defined as data: what is counted, in which numerator and denominator, disaggregated by what. */
import { acceptedDayNumber } from "../_lib/calendar.js";
import { issue, type Issue } from "../_lib/issue.js";
import { dateOption, periodOption } from "../_lib/period-option.js";
import type { AssessmentReport } from "../assessment/index.js";
import { computeFollowUp, computeProportionOfDaysCovered, computeRetention, retentionStatusAt, type ComputeFollowUpOptions, type ComputeRetentionOptions, type TreatmentExit } from "../continuity/index.js";
import { dayNumberToIsoDate, type IsoDate, type Period } from "../days/index.js";
import type { Contact, Facility, MedicationEvent } from "../services/index.js";
import { mergeIndicatorResults, type IndicatorCell, type IndicatorResult } from "./indicator-result.js";

/**
 * What an indicator can be disaggregated by: the facility (of the entry dispensing, the index contact,
 * the contact or the assessed facility), its region, the patient's sex and age band, and the
 * medication of the entry dispensing.
 *
 * @example
 * ```ts
 * import type { IndicatorDimension } from "treatment-quality";
 *
 * const byRegionAndSex: IndicatorDimension[] = ["region", "sex"];
 * ```
 */
export type IndicatorDimension = "facility" | "region" | "sex" | "ageBand" | "medication";

/**
 * What an indicator measures, built on the engines; each kind counts its own subjects:
 * - `retention`: patients entering OAT in the period (a new episode, {@link computeRetention}); in the
 *   numerator if still in treatment `months` after entry; censored patients leave the denominator;
 * - `pdc-at-least`: patients with a PDC over the period; in the numerator if it is `threshold` or more;
 * - `follow-up`: emergency visits and discharges in the period ({@link computeFollowUp}); in the
 *   numerator if followed up within `withinDays`;
 * - `take-home`: patients dispensed OAT in the period (dispensing mode known); in the numerator if at
 *   least one dispensing was take-home;
 * - `remote-contacts`: contacts in the period (type known); in the numerator if remote;
 * - `accredited`: facilities assessed in the period (their last report); in the numerator if the
 *   decision's outcome is one of `outcomes`.
 *
 * @example
 * ```ts
 * import type { IndicatorMeasure } from "treatment-quality";
 *
 * const sixMonths: IndicatorMeasure = { kind: "retention", months: 6, maximumGapDays: 7 };
 * ```
 */
export type IndicatorMeasure =
  | { readonly kind: "retention"; readonly months: number; readonly maximumGapDays: number; readonly transfers?: NonNullable<ComputeRetentionOptions["transfers"]>; readonly deaths?: NonNullable<ComputeRetentionOptions["deaths"]>; readonly detentions?: NonNullable<ComputeRetentionOptions["detentions"]> }
  | { readonly kind: "pdc-at-least"; readonly threshold: number; readonly minimumDistinctFillDates?: number; readonly minimumTreatmentDays?: number }
  | { readonly kind: "follow-up"; readonly withinDays: number; readonly indexTypes?: readonly string[]; readonly followUpTypes?: readonly string[]; readonly indexDayCounts?: boolean; readonly repeatedIndexEvents?: NonNullable<ComputeFollowUpOptions["repeatedIndexEvents"]> }
  | { readonly kind: "take-home" }
  | { readonly kind: "remote-contacts"; readonly contactTypes?: readonly string[] }
  | { readonly kind: "accredited"; readonly outcomes: readonly string[] };

/**
 * An indicator as data: an id, a title in English and other languages, what it measures, and how it
 * is disaggregated. Plain JSON, so a ministry can keep its indicators in a file.
 *
 * @example
 * ```ts
 * import type { IndicatorDefinition } from "treatment-quality";
 *
 * const pdc: IndicatorDefinition = { id: "oat-pdc-80", title: { en: "Patients with PDC of 80% or more" }, measure: { kind: "pdc-at-least", threshold: 0.8 }, disaggregations: ["region"] };
 * ```
 */
export interface IndicatorDefinition {
  readonly id: string;
  readonly title: { readonly en: string } & Readonly<Record<string, string>>;
  readonly measure: IndicatorMeasure;
  readonly disaggregations?: readonly IndicatorDimension[];
}

/**
 * A patient's sex and birth date, for disaggregation (pseudonymous: no name, no address).
 *
 * @example
 * ```ts
 * import type { IndicatorPatient } from "treatment-quality";
 *
 * const patient: IndicatorPatient = { patientId: "P-0001", sex: "female", birthDate: "1985-06-01" };
 * ```
 */
export interface IndicatorPatient {
  readonly patientId: string;
  readonly sex?: string;
  readonly birthDate?: IsoDate;
}

/**
 * The records an indicator is computed from; each measure reads only what it needs.
 *
 * @example
 * ```ts
 * import type { IndicatorData } from "treatment-quality";
 *
 * const data: IndicatorData = { events: [{ patientId: "P1", date: "2020-01-01", duration: 30, facilityId: "F1" }], facilities: [] };
 * ```
 */
export interface IndicatorData {
  readonly events?: readonly MedicationEvent[];
  readonly contacts?: readonly Contact[];
  readonly facilities?: readonly Facility[];
  readonly patients?: readonly IndicatorPatient[];
  readonly exits?: readonly TreatmentExit[];
  /** Scored assessments of facilities. */
  readonly assessments?: readonly { readonly facilityId: string; readonly report: AssessmentReport }[];
}

/**
 * Options of {@link computeIndicator}.
 *
 * @example
 * ```ts
 * import type { ComputeIndicatorOptions } from "treatment-quality";
 *
 * const year: ComputeIndicatorOptions = { period: { start: "2020-01-01", end: "2020-12-31" }, dataEnd: "2021-12-31" };
 * ```
 */
export interface ComputeIndicatorOptions {
  readonly period: Period;
  /** The last day of data (default: the period end); retention and follow-up look past the period up to it. */
  readonly dataEnd?: IsoDate;
  /** The lower bounds of the age bands after the first, in years at the period start (default 18, 25, 35, 45, 55, 65). */
  readonly ageBands?: readonly number[];
}

/**
 * An indicator's result with the issues of the records that could not be counted (path: `events.<i>`,
 * `contacts.<i>`, `exits.<i>`, `assessments.<i>` ...).
 *
 * @example
 * ```ts
 * import type { IndicatorComputation } from "treatment-quality";
 *
 * const problems = (computation: IndicatorComputation) => computation.issues.length;
 * ```
 */
export interface IndicatorComputation {
  readonly result: IndicatorResult;
  readonly issues: readonly Issue[];
}

/** One subject: where it counts, and whether it is in the denominator and the numerator. */
interface Subject {
  readonly patientId?: string;
  readonly facilityId?: string | undefined;
  readonly medication?: string | undefined;
  readonly inDenominator: boolean;
  readonly inNumerator: boolean;
  readonly time?: { readonly days: number; readonly event: boolean };
}

const UNKNOWN = "unknown";

function ageBandOf(birthDate: IsoDate | undefined, at: number, bounds: readonly number[]): string {
  const birth = acceptedDayNumber(birthDate);
  if (birthDate === undefined || birth === undefined) return UNKNOWN;
  const today = dayNumberToIsoDate(at);
  let age = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (today.slice(5) < birthDate.slice(5)) age -= 1;
  if (birth > at) return UNKNOWN;
  const below = bounds.findIndex((bound) => age < bound);
  if (below === 0) return `<${bounds[0]}`;
  if (below === -1) return `${bounds.at(-1)}+`;
  return `${bounds[below - 1]}-${bounds[below]! - 1}`;
}

/** The subjects of a measure, from the engines. */
function subjectsOf(measure: IndicatorMeasure, data: IndicatorData, period: { start: number; end: number }, dataEnd: number, issues: Issue[]): Subject[] {
  const events = data.events ?? [];
  const contacts = data.contacts ?? [];
  const periodDates = { start: dayNumberToIsoDate(period.start), end: dayNumberToIsoDate(period.end) };
  const collect = <Row extends { readonly issues: readonly Issue[] }>(rows: readonly Row[], source: string) => {
    // Record problems only (a path into the input); a patient's reason for having no value (empty path) is not one.
    for (const row of rows) for (const each of row.issues) if (each.path.length > 0) issues.push(typeof each.path[0] === "number" ? { ...each, path: [source, ...each.path] } : each);
    return rows;
  };
  /** The record's day inside the period, or undefined (an invalid date is reported). */
  const dayInPeriod = (date: unknown, path: (string | number)[]) => {
    const day = acceptedDayNumber(date);
    if (day === undefined) issues.push(issue("invalid_date", path, `Expected a calendar date (YYYY-MM-DD) from 1900-01-01 to 2199-12-31, got ${JSON.stringify(date)}; the record is left out.`));
    return day !== undefined && day >= period.start && day <= period.end ? day : undefined;
  };
  const entryEvent = (patientId: string, date: IsoDate | null) => events.find((event) => event.patientId === patientId && event.date === date);
  switch (measure.kind) {
    case "retention": {
      const rows = collect(computeRetention(events, { dataEnd: dayNumberToIsoDate(dataEnd), maximumGapDays: measure.maximumGapDays, entryPeriod: periodDates, exits: data.exits ?? [], ...(measure.transfers ? { transfers: measure.transfers } : {}), ...(measure.deaths ? { deaths: measure.deaths } : {}), ...(measure.detentions ? { detentions: measure.detentions } : {}) }), "events");
      return rows.flatMap((row) => {
        const status = retentionStatusAt(row, { months: measure.months });
        if (status === null) return [];
        const entry = entryEvent(row.patientId, row.entryDate);
        return [{ patientId: row.patientId, facilityId: entry?.facilityId, medication: row.entryMedication ?? undefined, inDenominator: status !== "censored", inNumerator: status === "retained", time: { days: row.time!, event: row.event === true } }];
      });
    }
    case "pdc-at-least": {
      const rows = collect(computeProportionOfDaysCovered(events, { period: periodDates, ...(measure.minimumDistinctFillDates === undefined ? {} : { minimumDistinctFillDates: measure.minimumDistinctFillDates }), ...(measure.minimumTreatmentDays === undefined ? {} : { minimumTreatmentDays: measure.minimumTreatmentDays }) }), "events");
      return rows.flatMap((row) => {
        if (row.value === null) return [];
        const entry = entryEvent(row.patientId, row.indexDate);
        return [{ patientId: row.patientId, facilityId: entry?.facilityId, medication: entry?.medication, inDenominator: true, inNumerator: row.value >= measure.threshold }];
      });
    }
    case "follow-up": {
      const { kind: _kind, withinDays, ...rest } = measure;
      const rows = collect(computeFollowUp(contacts, { ...rest, withinDays: [withinDays], period: periodDates, dataEnd: dayNumberToIsoDate(dataEnd) }), "contacts");
      return rows.flatMap((row) => {
        const met = row.followUps[0]?.met;
        if (row.indexIndex === null || met === null || met === undefined) return [];
        return [{ patientId: row.patientId, facilityId: contacts[row.indexIndex]?.facilityId, inDenominator: true, inNumerator: met }];
      });
    }
    case "take-home": {
      // Each patient counts where its first dispensing of the period was (by date, then input order).
      const byPatient = new Map<string, { day: number; facilityId: string | undefined; medication: string | undefined; takeHome: boolean }>();
      events.forEach((event, index) => {
        const day = dayInPeriod(event.date, ["events", index, "date"]);
        if (day === undefined || event.dispensingMode === undefined) return;
        const seen = byPatient.get(event.patientId);
        const takeHome = event.dispensingMode === "take-home" || seen?.takeHome === true;
        if (seen === undefined || day < seen.day) byPatient.set(event.patientId, { day, facilityId: event.facilityId, medication: event.medication, takeHome });
        else byPatient.set(event.patientId, { ...seen, takeHome });
      });
      return [...byPatient].map(([patientId, seen]) => ({ patientId, facilityId: seen.facilityId, medication: seen.medication, inDenominator: true, inNumerator: seen.takeHome }));
    }
    case "remote-contacts": {
      const remote = new Set(measure.contactTypes ?? ["telemedicine", "telephone"]);
      return contacts.flatMap((contact, index) => {
        if (dayInPeriod(contact.date, ["contacts", index, "date"]) === undefined || contact.contactType === undefined) return [];
        return [{ patientId: contact.patientId, facilityId: contact.facilityId, inDenominator: true, inNumerator: remote.has(contact.contactType) }];
      });
    }
    case "accredited": {
      const latest = new Map<string, AssessmentReport>();
      for (const [index, { facilityId, report }] of (data.assessments ?? []).entries()) {
        if (dayInPeriod(report?.visitDate, ["assessments", index, "report", "visitDate"]) === undefined) continue;
        const before = latest.get(facilityId);
        if (before === undefined || before.visitDate <= report.visitDate) latest.set(facilityId, report);
      }
      return [...latest].map(([facilityId, report]) => ({ facilityId, inDenominator: true, inNumerator: report.decision.outcome !== null && measure.outcomes.includes(report.decision.outcome) }));
    }
  }
}

/**
 * Compute an indicator over a period: its subjects (patients, index events, contacts or facilities,
 * by its measure) come from the engines, and each is counted in the cell of its disaggregation values
 * (`"unknown"` where a record does not say), in the denominator and, when it meets the measure, in
 * the numerator; time-to-event measures also keep events and censorings per time. The result is a set
 * of counts that merges exactly with results of other facilities or partitions
 * ({@link mergeIndicatorResults}); proportions and Wilson intervals come from
 * {@link indicatorProportions}. Records the engines reject are reported in `issues` and left out.
 *
 * @param definition - see {@link IndicatorDefinition}
 * @param data - see {@link IndicatorData}
 * @param options - see {@link ComputeIndicatorOptions}
 * @returns the result and the issues
 *
 * @example
 * ```ts
 * import { computeIndicator, indicatorProportions } from "treatment-quality";
 *
 * const events = [
 *   { patientId: "P1", date: "2020-01-01", duration: 100, facilityId: "F1" },
 *   { patientId: "P1", date: "2020-04-10", duration: 100, facilityId: "F1" }, // covered 200 of 366 days
 *   { patientId: "P2", date: "2020-01-01", duration: 200, facilityId: "F1" },
 *   { patientId: "P2", date: "2020-07-19", duration: 166, facilityId: "F1" }, // covered all year
 * ];
 * const { result } = computeIndicator({ id: "oat-pdc-80", title: { en: "PDC of 80% or more" }, measure: { kind: "pdc-at-least", threshold: 0.8 } }, { events }, { period: { start: "2020-01-01", end: "2020-12-31" } });
 * indicatorProportions(result).map((cell) => `${cell.numerator} of ${cell.denominator}`); // => ["1 of 2"]
 * ```
 */
export function computeIndicator(definition: IndicatorDefinition, data: IndicatorData, options: ComputeIndicatorOptions): IndicatorComputation {
  const period = periodOption("period", options.period);
  const dataEnd = options.dataEnd === undefined ? period.end : dateOption("dataEnd", options.dataEnd);
  const bands = options.ageBands ?? [18, 25, 35, 45, 55, 65];
  const dimensions = [...(definition.disaggregations ?? [])];
  for (const dimension of dimensions) if (!["facility", "region", "sex", "ageBand", "medication"].includes(dimension)) throw new Error(`${definition.id}: disaggregations may be facility, region, sex, ageBand or medication; got ${String(dimension)}.`);
  if (definition.measure.kind === "accredited" && dimensions.some((dimension) => !["facility", "region"].includes(dimension))) throw new Error(`${definition.id}: facilities can be disaggregated by facility and region only.`);
  const regions = new Map((data.facilities ?? []).map((facility) => [facility.id, facility.region]));
  const patients = new Map((data.patients ?? []).map((patient) => [patient.patientId, patient]));
  const issues: Issue[] = [];
  const subjects = subjectsOf(definition.measure, data, period, dataEnd, issues);
  const valueOf = (subject: Subject, dimension: IndicatorDimension): string => {
    const patient = subject.patientId === undefined ? undefined : patients.get(subject.patientId);
    switch (dimension) {
      case "facility":
        return subject.facilityId ?? UNKNOWN;
      case "region":
        return (subject.facilityId === undefined ? undefined : regions.get(subject.facilityId)) ?? UNKNOWN;
      case "sex":
        return patient?.sex ?? UNKNOWN;
      case "ageBand":
        return ageBandOf(patient?.birthDate, period.start, bands);
      case "medication":
        return subject.medication ?? UNKNOWN;
    }
  };
  const cells: IndicatorCell[] = subjects.map((subject) => ({
    key: Object.fromEntries(dimensions.map((dimension) => [dimension, valueOf(subject, dimension)])),
    numerator: subject.inDenominator && subject.inNumerator ? 1 : 0,
    denominator: subject.inDenominator ? 1 : 0,
    ...(subject.time === undefined ? {} : { survival: { [String(subject.time.days)]: { events: subject.time.event ? 1 : 0, censored: subject.time.event ? 0 : 1 } } }),
  }));
  const empty: IndicatorResult = { indicatorId: definition.id, period: options.period, dimensions, cells: [] };
  // Adding the subjects one by one is a merge: the same code path as merging facilities.
  return { result: mergeIndicatorResults(empty, { ...empty, cells }), issues };
}
