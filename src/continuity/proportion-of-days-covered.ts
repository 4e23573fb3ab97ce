/** PDC and MPR by the Pharmacy Quality Alliance method, over an inclusive measurement period. */
import { describeValue } from "../_lib/describe-value.js";
import { issue, type Issue } from "../_lib/issue.js";
import { periodOption } from "../_lib/period-option.js";
import { dayNumberToIsoDate, parseIsoDate, type IsoDate, type Period } from "../days/index.js";
import { medicationGrouper, type MedicationGrouping } from "./medication-groups.js";
import { forEachPatient, type ContinuityResult, type EventSource, type PatientEvent, type PatientEvents } from "./patient-events.js";
import { eventsWithin } from "./windows.js";

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
  /** Count supply from fills before the period (on the days of the treatment period, from the index date); default false, as PQA. */
  readonly includeSupplyBeforePeriod?: boolean;
  /** Group medications before overlaps are shifted, so a switch within a group is shifted like a refill (see {@link MedicationGrouping}). */
  readonly groupMedications?: MedicationGrouping;
  /** Hospital stays, detention, service closures: days counted as covered, left out of the measure, or counted as uncovered (see {@link SpecialPeriod}). */
  readonly specialPeriods?: readonly SpecialPeriod[];
}

/**
 * A stretch of days that a PDC treats specially, for one patient (`patientId`) or for every patient
 * (no `patientId`, e.g. the closure of the only service):
 * - `"covered"`: every day counts as covered (medication given where the registry cannot see it);
 * - `"excluded"`: the days leave the treatment period, and supply the patient holds is not used up
 *   on them but after them (the CMS adjustment for inpatient stays);
 * - `"uncovered"`: the days count, never as covered, and supply held is lost on them (detention
 *   without access to treatment).
 *
 * A day in several periods takes the first of excluded, uncovered, covered. An invalid period of one
 * patient makes that patient's value null with an issue at `specialPeriods.<position>`; an invalid
 * period for every patient throws, naming it.
 *
 * @example
 * ```ts
 * import type { SpecialPeriod } from "treatment-quality";
 *
 * const hospitalStay: SpecialPeriod = { patientId: "P-0001", start: "2020-06-03", end: "2020-06-16", treatAs: "excluded", reason: "hospital" };
 * const closure: SpecialPeriod = { start: "2020-04-01", end: "2020-04-14", treatAs: "covered", reason: "service closed, doses delivered at home" };
 * ```
 */
export interface SpecialPeriod {
  /** The patient it applies to; omitted, it applies to every patient. */
  readonly patientId?: string;
  /** First day, included. */
  readonly start: IsoDate;
  /** Last day, included. */
  readonly end: IsoDate;
  readonly treatAs: "covered" | "excluded" | "uncovered";
  /** Why, for the reader (not used in the computation). */
  readonly reason?: string;
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
 * const row: PossessionRow = { patientId: "P1", value: 0.83, issues: [], adherent: true, indexDate: "2020-04-05", treatmentDays: 361, coveredDays: 300, suppliedDays: null, excludedDays: 0, fills: 10, distinctFillDates: 10 };
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
  /** PDC: days of the treatment period left out by `"excluded"` special periods (the denominator is treatmentDays - excludedDays). */
  readonly excludedDays: number | null;
  readonly fills: number;
  readonly distinctFillDates: number;
}

interface Prepared {
  readonly inPeriod: readonly PatientEvent[];
  readonly index: number;
  readonly treatmentDays: number;
}

type DayRange = { readonly start: number; readonly end: number };


/** The eligibility rules, on the fills in the period: enough distinct dates, a long enough treatment period. */
function prepare(inPeriod: readonly PatientEvent[], distinct: number, period: DayRange, options: PossessionOptions): Prepared | string {
  const minimumDates = options.minimumDistinctFillDates ?? 2;
  if (inPeriod.length === 0) return "No fill in the measurement period.";
  if (distinct < minimumDates) return `Fills on ${distinct} distinct date${distinct === 1 ? "" : "s"} in the period; at least ${minimumDates} are needed.`;
  const index = inPeriod[0]!.day;
  const treatmentDays = period.end - index + 1;
  const minimumDays = options.minimumTreatmentDays ?? 91;
  if (treatmentDays < minimumDays) return `The treatment period (${treatmentDays} days from the first fill) is shorter than the ${minimumDays} days required.`;
  return { inPeriod, index, treatmentDays };
}

interface Measured {
  readonly value: number;
  readonly coveredDays: number | null;
  readonly suppliedDays: number | null;
  readonly excludedDays: number | null;
}

type Measure = (events: readonly PatientEvent[], prepared: Prepared, period: DayRange, patientId: string) => Measured | Issue[];

function rowsOf<Source extends EventSource>(source: Source, options: PossessionOptions, measure: Measure, regroup: (patient: PatientEvents) => PatientEvents = (patient) => patient) {
  const period = periodOption("period", options.period);
  const threshold = options.adherenceThreshold ?? 0.8;
  const empty = (patientId: string, issues: readonly Issue[], fills = 0, distinctFillDates = 0): PossessionRow => ({ patientId, value: null, issues, adherent: null, indexDate: null, treatmentDays: null, coveredDays: null, suppliedDays: null, excludedDays: null, fills, distinctFillDates });
  const perPatient = (patient: PatientEvents): PossessionRow[] => {
    const { patientId, events, issues } = regroup(patient);
    if (issues.length > 0) return [empty(patientId, issues)];
    const inPeriod = eventsWithin(events, period);
    const counts = { fills: inPeriod.length, distinctFillDates: distinctDays(inPeriod) };
    const prepared = prepare(inPeriod, counts.distinctFillDates, period, options);
    if (typeof prepared === "string") return [empty(patientId, [issue("invalid_value", [], prepared)], counts.fills, counts.distinctFillDates)];
    const measured = measure(events, prepared, period, patientId);
    if (Array.isArray(measured)) return [empty(patientId, measured, counts.fills, counts.distinctFillDates)];
    const { value, coveredDays, suppliedDays, excludedDays } = measured;
    return [{ patientId, value, issues: [], adherent: value >= threshold, indexDate: dayNumberToIsoDate(prepared.index), treatmentDays: prepared.treatmentDays, coveredDays, suppliedDays, excludedDays, ...counts }];
  };
  return forEachPatient(source, perPatient, (unassigned) => empty("", unassigned)) as ContinuityResult<Source, PossessionRow>;
}

/** The number of distinct days of events sorted by day. */
function distinctDays(events: readonly PatientEvent[]): number {
  let distinct = 0;
  for (let position = 0; position < events.length; position += 1) if (position === 0 || events[position]!.day !== events[position - 1]!.day) distinct += 1;
  return distinct;
}

const COVERED = 1;
const UNCOVERED = 2;
const EXCLUDED = 3;
const KIND = { covered: COVERED, uncovered: UNCOVERED, excluded: EXCLUDED } as const;

interface DaySpan {
  readonly start: number;
  readonly end: number;
  readonly kind: number;
}

/** The special periods, parsed once: those of every patient, those of each patient, and the issues of each patient's invalid ones. */
function planSpecialPeriods(periods: readonly SpecialPeriod[] | undefined) {
  const everyone: DaySpan[] = [];
  const byPatient = new Map<string, { spans: DaySpan[]; issues: Issue[] }>();
  if (periods !== undefined && !Array.isArray(periods)) throw new Error(`specialPeriods must be an array; got ${describeValue(periods)}.`);
  (periods ?? []).forEach((period, position) => {
    const path = ["specialPeriods", position];
    const patientId = period?.patientId;
    const problems: Issue[] = [];
    const start = parseIsoDate(period?.start, [...path, "start"]);
    const end = parseIsoDate(period?.end, [...path, "end"]);
    for (const parsed of [start, end]) if (!parsed.ok) problems.push(...parsed.issues);
    const kind = KIND[period?.treatAs as keyof typeof KIND];
    if (kind === undefined) problems.push(issue("invalid_value", [...path, "treatAs"], `treatAs must be "covered", "excluded" or "uncovered"; got ${describeValue(period?.treatAs)}.`));
    if (start.ok && end.ok && end.value < start.value) problems.push(issue("invalid_value", [...path, "end"], `The special period ends (${period.end}) before it starts (${period.start}).`));
    if (patientId === undefined) {
      if (problems.length > 0) throw new Error(`specialPeriods[${position}] (for every patient): ${problems[0]!.message}`);
      everyone.push({ start: (start as { value: number }).value, end: (end as { value: number }).value, kind });
      return;
    }
    let own = byPatient.get(patientId);
    if (own === undefined) byPatient.set(patientId, (own = { spans: [], issues: [] }));
    if (problems.length > 0) own.issues.push(...problems);
    else own.spans.push({ start: (start as { value: number }).value, end: (end as { value: number }).value, kind });
  });
  return (patientId: string): DaySpan[] | Issue[] => {
    const own = byPatient.get(patientId);
    if (own === undefined) return everyone;
    return own.issues.length > 0 ? own.issues : [...everyone, ...own.spans];
  };
}

/** The kind of each day from `from` to `to`, or undefined when no special period touches them. */
function dayKinds(spans: readonly DaySpan[], from: number, to: number): Uint8Array | undefined {
  let kinds: Uint8Array | undefined;
  for (const span of spans) {
    const first = Math.max(span.start, from);
    const last = Math.min(span.end, to);
    if (last < first) continue;
    kinds ??= new Uint8Array(to - from + 1);
    for (let day = first; day <= last; day += 1) if (span.kind > kinds[day - from]!) kinds[day - from] = span.kind;
  }
  return kinds;
}

/**
 * The first day of each fill's supply: its date, or with `shift` the day after the supply of the same
 * medication runs out if that is later; `visit(fill, first)` returns the day after the fill's supply ends.
 */
function supplyStarts(fills: readonly PatientEvent[], shift: boolean, visit: (fill: PatientEvent, first: number) => number): void {
  // The next free day of the current medication in two variables, of the others in a map: most patients have one.
  const others = new Map<string | undefined, number>();
  let medication = fills[0]?.medication;
  let nextFree = -Infinity;
  for (const fill of fills) {
    if (shift && fill.medication !== medication) {
      others.set(medication, nextFree);
      medication = fill.medication;
      nextFree = others.get(medication) ?? -Infinity;
    }
    const first = shift ? Math.max(fill.day, nextFree) : fill.day;
    nextFree = visit(fill, first);
  }
}

/** Days from `index` to `end` covered when no day is special: each fill covers one stretch; their union. */
function coveredStretches(fills: readonly PatientEvent[], index: number, end: number, shift: boolean): number {
  const stretches: [number, number][] = [];
  supplyStarts(fills, shift, (fill, first) => {
    stretches.push([first, first + fill.duration - 1]);
    return first + fill.duration;
  });
  // The stretches come in date order of their fills, not always of their starts: shifting can move a
  // fill's supply past a later fill of another medication. Counting each stretch from the day after the
  // farthest one counted (`reach`) still gives the union: a stretch that starts before an earlier
  // shifted one starts within that one's chain of supply (from its fill date on), all counted already.
  let covered = 0;
  let reach = index - 1;
  for (const [first, last] of stretches) {
    const from = Math.max(first, reach + 1);
    const to = Math.min(last, end);
    if (to >= from) covered += to - from + 1;
    if (last > reach) reach = last;
  }
  return covered;
}

/** Covered and excluded days when some days are special: each fill's supply walked a day at a time. */
function coveredDayByDay(fills: readonly PatientEvent[], index: number, end: number, shift: boolean, kinds: Uint8Array, from: number): { coveredDays: number; excludedDays: number } {
  const covered = new Uint8Array(end - index + 1);
  supplyStarts(fills, shift, (fill, first) => {
    // Supply is paused on excluded days and lost on uncovered ones.
    let day = first;
    let left = fill.duration;
    while (left > 0 && day <= end) {
      const kind = kinds[day - from]!;
      if (kind !== EXCLUDED) {
        if (day >= index && kind !== UNCOVERED) covered[day - index] = 1;
        left -= 1;
      }
      day += 1;
    }
    return day + left;
  });
  let coveredDays = 0;
  let excludedDays = 0;
  for (let day = index; day <= end; day += 1) {
    const kind = kinds[day - from]!;
    if (kind === EXCLUDED) excludedDays += 1;
    else if (kind === COVERED || covered[day - index] === 1) coveredDays += 1;
  }
  return { coveredDays, excludedDays };
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
  const specialPeriodsOf = planSpecialPeriods(options.specialPeriods);
  const measure: Measure = (all, prepared, period, patientId) => {
    const special = specialPeriodsOf(patientId);
    if (special.length > 0 && "code" in special[0]!) return special as Issue[];
    const fills = options.includeSupplyBeforePeriod === true ? eventsWithin(all, { start: -Infinity, end: period.end }) : prepared.inPeriod;
    const { index } = prepared;
    const from = fills[0]!.day;
    const kinds = dayKinds(special as DaySpan[], from, period.end);
    const { coveredDays, excludedDays } = kinds === undefined ? { coveredDays: coveredStretches(fills, index, period.end, shift), excludedDays: 0 } : coveredDayByDay(fills, index, period.end, shift, kinds, from);
    const days = prepared.treatmentDays - excludedDays;
    if (days === 0) return [issue("invalid_value", ["specialPeriods"], "Excluded special periods cover the whole treatment period, so there is no day to measure.")];
    return { value: coveredDays / days, coveredDays, suppliedDays: null, excludedDays };
  };
  return rowsOf(events, options, measure, medicationGrouper(options.groupMedications));
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
    return { value: options.cap === true ? Math.min(1, ratio) : ratio, coveredDays: null, suppliedDays: supplied, excludedDays: null };
  });
}
