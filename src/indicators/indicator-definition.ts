/** Indicators defined as data: what is counted, in which numerator and denominator, disaggregated by what. */
import type { AssessmentReport } from "../assessment/index.js";
import type { ComputeFollowUpOptions, ComputeRetentionOptions, TreatmentExit } from "../continuity/index.js";
import type { IsoDate, Period } from "../days/index.js";
import type { Contact, Facility, MedicationEvent, TreatmentEpisode } from "../services/index.js";
import type { Issue } from "../_lib/issue.js";
import type { IndicatorResult } from "./indicator-result.js";

/**
 * What an indicator can be disaggregated by: the facility (of the entry dispensing, the index contact,
 * the contact, the episode or the assessed facility), its region, the patient's sex and age band, the
 * medication of the entry dispensing, and the modality of the treatment episode (the episode itself,
 * or the patient's episode open on the subject's day, at the same facility first).
 *
 * @example
 * ```ts
 * import type { IndicatorDimension } from "treatment-quality";
 *
 * const byRegionAndSex: IndicatorDimension[] = ["region", "sex"];
 * ```
 */
export type IndicatorDimension = "facility" | "region" | "sex" | "ageBand" | "medication" | "modality";

/**
 * Every {@link IndicatorDimension}, in the order the docs list them.
 *
 * @example
 * ```ts
 * import { INDICATOR_DIMENSIONS } from "treatment-quality";
 *
 * INDICATOR_DIMENSIONS.includes("modality"); // => true
 * ```
 */
export const INDICATOR_DIMENSIONS: readonly IndicatorDimension[] = ["facility", "region", "sex", "ageBand", "medication", "modality"];

/**
 * What an indicator measures, built on the engines; each kind counts its own subjects (see
 * {@link indicatorSubject}):
 * - `retention` (patients): patients entering OAT in the period (a new episode,
 *   {@link computeRetention}); in the numerator if still in treatment `months` after entry; censored
 *   patients leave the denominator;
 * - `pdc-at-least` (patients): patients with a PDC over the period; in the numerator if it is
 *   `threshold` or more; the PDC values are summed too, for the mean;
 * - `follow-up` (events): emergency visits and discharges in the period ({@link computeFollowUp}); in
 *   the numerator if followed up within `withinDays`;
 * - `initiation` and `engagement` (episodes): new treatment episodes admitted in the period
 *   ({@link computeInitiationAndEngagement}); in the numerator if treatment was initiated, or
 *   initiated and engaged;
 * - `take-home` (patients): patients dispensed OAT in the period (dispensing mode known); in the
 *   numerator if at least one dispensing was take-home;
 * - `remote-contacts` (contacts): contacts in the period (type known); in the numerator if remote;
 * - `accredited` (facilities): facilities assessed in the period (their last report); in the
 *   numerator if the decision's outcome is one of `outcomes`.
 *
 * Subjects whose outcome is not known yet (a window open at the data end) are in neither count.
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
  | { readonly kind: "initiation" | "engagement"; readonly lookBackDays: number; readonly initiationDays?: number; readonly engagementDays?: number; readonly engagementContacts?: number; readonly treatmentTypes?: readonly string[]; readonly initiatingModalities?: readonly string[] }
  | { readonly kind: "take-home" }
  | { readonly kind: "remote-contacts"; readonly contactTypes?: readonly string[] }
  | { readonly kind: "accredited"; readonly outcomes: readonly string[] };

/**
 * An indicator as data: an id, a title in English and other languages, what it measures, how it is
 * disaggregated, the unit its value is shown in (`percent` by default; the result's counts are the
 * same either way) and, optionally, its reporting period. Plain JSON, so a ministry can keep its
 * indicators in a file.
 *
 * @example
 * ```ts
 * import type { IndicatorDefinition } from "treatment-quality";
 *
 * const pdc: IndicatorDefinition = { id: "oat-pdc-80", title: { en: "Patients with PDC of 80% or more" }, measure: { kind: "pdc-at-least", threshold: 0.8 }, disaggregations: ["region"], unit: "percent" };
 * ```
 */
export interface IndicatorDefinition {
  readonly id: string;
  readonly title: { readonly en: string } & Readonly<Record<string, string>>;
  readonly measure: IndicatorMeasure;
  readonly disaggregations?: readonly IndicatorDimension[];
  /** How the value is shown: a percentage (default) or a proportion from 0 to 1. */
  readonly unit?: "percent" | "proportion";
  /** The reporting period, both ends included; {@link ComputeIndicatorOptions.period} overrides it. */
  readonly period?: Period;
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
 * The records an indicator is computed from; each measure reads only what it needs (episodes: the
 * `initiation` and `engagement` measures, and the `modality` disaggregation).
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
  readonly episodes?: readonly TreatmentEpisode[];
  readonly facilities?: readonly Facility[];
  readonly patients?: readonly IndicatorPatient[];
  readonly exits?: readonly TreatmentExit[];
  /** Scored assessments of facilities: each report with the facility assessed (`scoreAssessment` gives the report). */
  readonly assessmentReports?: readonly { readonly facilityId: string; readonly report: AssessmentReport }[];
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
  /** The reporting period, both ends included (default: the definition's). */
  readonly period?: Period;
  /** The last day of data (default: the period end); retention, follow-up and engagement look past the period up to it. */
  readonly dataEnd?: IsoDate;
  /** The lower bounds of the age bands after the first, in years at the period start (default 18, 25, 35, 45, 55, 65). */
  readonly ageBands?: readonly number[];
}

/**
 * An indicator's result with the issues of the records that could not be counted (path: `events.<i>`,
 * `contacts.<i>`, `episodes.<i>`, `exits.<i>`, `assessmentReports.<i>` ...).
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

/**
 * What an indicator of this measure counts: patients, episodes, events (index events), contacts or
 * facilities.
 *
 * @param measure - a measure
 * @returns the kind of subject in its numerator and denominator
 *
 * @example
 * ```ts
 * import { indicatorSubject } from "treatment-quality";
 *
 * indicatorSubject({ kind: "initiation", lookBackDays: 60 }); // => "episodes"
 * ```
 */
export function indicatorSubject(measure: IndicatorMeasure): "patients" | "episodes" | "events" | "contacts" | "facilities" {
  switch (measure.kind) {
    case "retention":
    case "pdc-at-least":
    case "take-home":
      return "patients";
    case "initiation":
    case "engagement":
      return "episodes";
    case "follow-up":
      return "events";
    case "remote-contacts":
      return "contacts";
    case "accredited":
      return "facilities";
  }
}
