/** PDC and MPR by the Pharmacy Quality Alliance method, over an inclusive measurement period. */
import { issue, type Issue } from "../_lib/issue.js";
import { dayNumberToIsoDate, parseIsoDate, type IsoDate, type Period } from "../days/index.js";
import { forEachPatient, type ContinuityResult, type EventSource, type PatientEvent, type PatientEvents } from "./patient-events.js";

/**
 * Options shared by {@link computeProportionOfDaysCovered} and {@link computeMedicationPossessionRatio}.
 *
 * @example
 * ```ts
 * import type { PossessionOptions } from "treatment-quality";
 *
 * const year: PossessionOptions = { period: { start: "2020-04-01", end: "2021-03-31" } };
 * ```
 */
export interface PossessionOptions {
  /** The measurement period, both ends included. */
  readonly period: Period;
  /** Fills on at least this many distinct dates in the period (default 2, PQA's rule); fewer gives null. */
  readonly minimumDistinctFillDates?: number;
  /** A treatment period (index date to period end) of at least this many days (default 91, PQA's rule); shorter gives null. */
  readonly minimumTreatmentDays?: number;
  /** The proportion at or above which a patient counts as adherent (default 0.8). */
  readonly adherenceThreshold?: number;
}

/**
 * Options of {@link computeProportionOfDaysCovered}.
 *
 * @example
 * ```ts
 * import type { ProportionOfDaysCoveredOptions } from "treatment-quality";
 *
 * const options: ProportionOfDaysCoveredOptions = { period: { start: "2020-04-01", end: "2021-03-31" }, shiftOverlaps: "none" };
 * ```
 */
export interface ProportionOfDaysCoveredOptions extends PossessionOptions {
  /** `"same-medication"` (default, PQA): a fill of the same medication that overlaps the previous supply starts the day after it ends; `"none"`: the plain union of days. */
  readonly shiftOverlaps?: "same-medication" | "none";
  /** Count supply from fills before the period (from the period start on); default false, as PQA. */
  readonly includeSupplyBeforePeriod?: boolean;
}

/**
 * Options of {@link computeMedicationPossessionRatio}.
 *
 * @example
 * ```ts
 * import type { MedicationPossessionRatioOptions } from "treatment-quality";
 *
 * const capped: MedicationPossessionRatioOptions = { period: { start: "2020-04-01", end: "2021-03-31" }, cap: true };
 * ```
 */
export interface MedicationPossessionRatioOptions extends PossessionOptions {
  /** Cap the ratio at 1 (default false: an MPR can exceed 1). */
  readonly cap?: boolean;
}

/**
 * One patient's PDC or MPR, with what it was computed from.
 *
 * @example
 * ```ts
 * import type { PossessionRow } from "treatment-quality";
 *
 * const row: PossessionRow = { patientId: "P1", value: 0.83, issues: [], adherent: true, indexDate: "2020-04-05", treatmentDays: 361, coveredDays: 300, suppliedDays: 300, fills: 10, distinctFillDates: 10 };
 * ```
 */
export interface PossessionRow {
  readonly patientId: string;
  readonly value: number | null;
  readonly issues: readonly Issue[];
  /** value >= adherenceThreshold; null with the value. */
  readonly adherent: boolean | null;
  /** The first fill in the period. */
  readonly indexDate: IsoDate | null;
  /** Days from the index date to the period end, both included. */
  readonly treatmentDays: number | null;
  /** PDC: days in the treatment period covered by some supply. */
  readonly coveredDays: number | null;
  /** MPR: days of supply of the fills in the period. */
  readonly suppliedDays: number | null;
  readonly fills: number;
  readonly distinctFillDates: number;
}

interface Prepared {
  readonly inPeriod: readonly PatientEvent[];
  readonly index: number;
  readonly treatmentDays: number;
}

function periodDays(period: Period): { start: number; end: number } {
  const start = parseIsoDate(period?.start);
  const end = parseIsoDate(period?.end);
  if (!start.ok || !end.ok || end.value < start.value) throw new Error(`period must be { start, end } with valid dates and start <= end; got ${JSON.stringify(period)}.`);
  return { start: start.value, end: end.value };
}

/** The eligibility rules, on the fills in the period: enough distinct dates, a long enough treatment period. */
function prepare(inPeriod: readonly PatientEvent[], distinct: number, period: { start: number; end: number }, options: PossessionOptions): Prepared | string {
  const minimumDates = options.minimumDistinctFillDates ?? 2;
  if (inPeriod.length === 0) return "No fill in the measurement period.";
  if (distinct < minimumDates) return `Fills on ${distinct} distinct date${distinct === 1 ? "" : "s"} in the period; at least ${minimumDates} are needed.`;
  const index = inPeriod[0]!.day;
  const treatmentDays = period.end - index + 1;
  const minimumDays = options.minimumTreatmentDays ?? 91;
  if (treatmentDays < minimumDays) return `The treatment period (${treatmentDays} days from the first fill) is shorter than the ${minimumDays} days required.`;
  return { inPeriod, index, treatmentDays };
}

function rowsOf<Source extends EventSource>(source: Source, options: PossessionOptions, measure: (events: readonly PatientEvent[], prepared: Prepared, period: { start: number; end: number }) => { value: number; coveredDays: number | null; suppliedDays: number | null }) {
  const period = periodDays(options.period);
  const threshold = options.adherenceThreshold ?? 0.8;
  const empty = (patientId: string, issues: readonly Issue[], fills = 0, distinctFillDates = 0): PossessionRow => ({ patientId, value: null, issues, adherent: null, indexDate: null, treatmentDays: null, coveredDays: null, suppliedDays: null, fills, distinctFillDates });
  const perPatient = ({ patientId, events, issues }: PatientEvents): PossessionRow[] => {
    if (issues.length > 0) return [empty(patientId, issues)];
    const inPeriod = events.filter((event) => event.day >= period.start && event.day <= period.end);
    const counts = { fills: inPeriod.length, distinctFillDates: new Set(inPeriod.map((event) => event.day)).size };
    const prepared = prepare(inPeriod, counts.distinctFillDates, period, options);
    if (typeof prepared === "string") return [empty(patientId, [issue("invalid_value", [], prepared)], counts.fills, counts.distinctFillDates)];
    const measured = measure(events, prepared, period);
    return [{ patientId, value: measured.value, issues: [], adherent: measured.value >= threshold, indexDate: dayNumberToIsoDate(prepared.index), treatmentDays: prepared.treatmentDays, coveredDays: measured.coveredDays, suppliedDays: measured.suppliedDays, ...counts }];
  };
  return forEachPatient(source, perPatient, (unassigned) => empty("", unassigned)) as ContinuityResult<Source, PossessionRow>;
}

/**
 * The proportion of days covered (PDC) per patient, by the Pharmacy Quality Alliance method: the
 * treatment period runs from the first fill in the measurement period (the index date) to the period
 * end; a fill covers `[date, date + duration - 1]`; a fill of the same medication that comes before
 * the previous supply ends starts the day after it (`shiftOverlaps: "same-medication"`), fills of
 * different medications are not shifted, and a day covered twice counts once; days after the period
 * end are dropped. Patients with fills on fewer than `minimumDistinctFillDates` dates, or a treatment
 * period shorter than `minimumTreatmentDays`, get `null` with the reason.
 *
 * @param events - medication events (an array, or a stream grouped by patient)
 * @param options - see {@link ProportionOfDaysCoveredOptions}
 * @returns one row per patient
 *
 * @example
 * ```ts
 * import { computeProportionOfDaysCovered } from "treatment-quality";
 *
 * const fills = [
 *   { patientId: "P1", date: "2020-01-01", duration: 30, medication: "N07BC02" },
 *   { patientId: "P1", date: "2020-01-21", duration: 30, medication: "N07BC02" }, // starts on 31 January, after the first supply
 * ];
 * const [row] = computeProportionOfDaysCovered(fills, { period: { start: "2020-01-01", end: "2020-03-30" }, minimumTreatmentDays: 0 });
 * row?.value; // => 0.6666666666666666 (60 of 90 days)
 * ```
 */
export function computeProportionOfDaysCovered<Source extends EventSource>(events: Source, options: ProportionOfDaysCoveredOptions): ContinuityResult<Source, PossessionRow> {
  const shift = (options.shiftOverlaps ?? "same-medication") === "same-medication";
  return rowsOf(events, options, (all, prepared, period) => {
    const fills = options.includeSupplyBeforePeriod === true ? all.filter((event) => event.day <= period.end) : prepared.inPeriod;
    const nextFree = new Map<string | undefined, number>();
    const spans: [number, number][] = [];
    for (const fill of fills) {
      const first = shift ? Math.max(fill.day, nextFree.get(fill.medication) ?? -Infinity) : fill.day;
      const last = first + fill.duration - 1;
      if (shift) nextFree.set(fill.medication, last + 1);
      const from = Math.max(first, prepared.index);
      const to = Math.min(last, period.end);
      if (to >= from) spans.push([from, to]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    let covered = 0;
    let reach = -Infinity;
    for (const [from, to] of spans) {
      if (to <= reach) continue;
      covered += to - Math.max(from, reach + 1) + 1;
      reach = to;
    }
    return { value: covered / prepared.treatmentDays, coveredDays: covered, suppliedDays: null };
  });
}

/**
 * The medication possession ratio (MPR) per patient: days of supply of the fills in the measurement
 * period over the days of the treatment period (first fill in the period to the period end). Overlaps
 * count twice, so it can exceed 1 unless `cap` is set. The same eligibility rules as
 * {@link computeProportionOfDaysCovered}.
 *
 * @param events - medication events (an array, or a stream grouped by patient)
 * @param options - see {@link MedicationPossessionRatioOptions}
 * @returns one row per patient
 *
 * @example
 * ```ts
 * import { computeMedicationPossessionRatio } from "treatment-quality";
 *
 * const fills = [
 *   { patientId: "P1", date: "2020-01-01", duration: 60 },
 *   { patientId: "P1", date: "2020-01-21", duration: 60 },
 * ];
 * const period = { start: "2020-01-01", end: "2020-03-30" };
 * computeMedicationPossessionRatio(fills, { period, minimumTreatmentDays: 0 })[0]?.value; // => 1.3333333333333333
 * computeMedicationPossessionRatio(fills, { period, minimumTreatmentDays: 0, cap: true })[0]?.value; // => 1
 * ```
 */
export function computeMedicationPossessionRatio<Source extends EventSource>(events: Source, options: MedicationPossessionRatioOptions): ContinuityResult<Source, PossessionRow> {
  return rowsOf(events, options, (_all, prepared) => {
    let supplied = 0;
    for (const fill of prepared.inPeriod) supplied += fill.duration;
    const ratio = supplied / prepared.treatmentDays;
    return { value: options.cap === true ? Math.min(1, ratio) : ratio, coveredDays: null, suppliedDays: supplied };
  });
}
