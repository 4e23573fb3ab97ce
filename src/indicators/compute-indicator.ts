/** Computing an indicator defined as data: subjects from the engines, counted in the cells of their disaggregation values. */
import { acceptedDayNumber } from "../_lib/calendar.js";
import type { Issue } from "../_lib/issue.js";
import { dateOption, periodOption } from "../_lib/period-option.js";
import { dayNumberToIsoDate, type IsoDate, type Period } from "../days/index.js";
import { INDICATOR_DIMENSIONS, indicatorSubject, type ComputeIndicatorOptions, type IndicatorComputation, type IndicatorData, type IndicatorDefinition, type IndicatorDimension } from "./indicator-definition.js";
import { mergeIndicatorResults, type IndicatorCell, type IndicatorResult } from "./indicator-result.js";
import { episodeModalityLookup, subjectsOf, type Subject } from "./indicator-subjects.js";

const UNKNOWN = "unknown";

function ageBandOf(birthDate: IsoDate | undefined, at: number, bounds: readonly number[]): string {
  const birth = acceptedDayNumber(birthDate);
  if (birthDate === undefined || birth === undefined || birth > at) return UNKNOWN;
  const today = dayNumberToIsoDate(at);
  let age = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (today.slice(5) < birthDate.slice(5)) age -= 1;
  const below = bounds.findIndex((bound) => age < bound);
  if (below === 0) return `<${bounds[0]}`;
  if (below === -1) return `${bounds.at(-1)}+`;
  return `${bounds[below - 1]}-${bounds[below]! - 1}`;
}

/** The definition's disaggregations, checked against its subjects (only impossible definitions throw). */
function dimensionsOf(definition: IndicatorDefinition): IndicatorDimension[] {
  const dimensions = [...(definition.disaggregations ?? [])];
  for (const dimension of dimensions) if (!INDICATOR_DIMENSIONS.includes(dimension)) throw new Error(`${definition.id}: disaggregations may be ${INDICATOR_DIMENSIONS.join(", ")}; got ${String(dimension)}.`);
  if (new Set(dimensions).size < dimensions.length) throw new Error(`${definition.id}: each disaggregation may be named once; got ${dimensions.join(", ")}.`);
  if (indicatorSubject(definition.measure) === "facilities" && dimensions.some((dimension) => !["facility", "region"].includes(dimension))) throw new Error(`${definition.id}: facilities can be disaggregated by facility and region only.`);
  return dimensions;
}

/**
 * Compute an indicator over a period: its subjects (patients, episodes, index events, contacts or
 * facilities, by its measure: {@link indicatorSubject}) come from the engines, and each is counted in
 * the cell of its disaggregation values (`"unknown"` where a record does not say), in the denominator
 * and, when it meets the measure, in the numerator; PDC values are summed, and time-to-event measures
 * keep events and censorings per time. The result is a set of counts that merges exactly with results
 * of other facilities or partitions ({@link mergeIndicatorResults}); proportions and Wilson intervals
 * come from {@link indicatorProportions}. Records the engines reject are reported in `issues` and left
 * out. A definition that cannot be computed (an unknown disaggregation, no period) throws, naming it.
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
export function computeIndicator(definition: IndicatorDefinition, data: IndicatorData, options: ComputeIndicatorOptions = {}): IndicatorComputation {
  const periodDates = options.period ?? definition.period;
  if (periodDates === undefined) throw new Error(`${definition.id}: no period; give options.period or the definition's period.`);
  const period = periodOption("period", periodDates);
  const dataEnd = options.dataEnd === undefined ? period.end : dateOption("dataEnd", options.dataEnd);
  const bands = options.ageBands ?? [18, 25, 35, 45, 55, 65];
  const dimensions = dimensionsOf(definition);
  // Records that are not objects are left out here; the engines report them.
  const objects = <T,>(list: readonly T[] | undefined): T[] => (Array.isArray(list) ? list.filter((each): each is T => each !== null && typeof each === "object") : []);
  const regions = new Map(objects(data.facilities).map((facility) => [facility.id, facility.region]));
  const patients = new Map(objects(data.patients).map((patient) => [patient.patientId, patient]));
  const issues: Issue[] = [];
  const subjects = subjectsOf(definition.measure, data, period, dataEnd, issues);
  const episodeSubjects = indicatorSubject(definition.measure) === "episodes";
  const modalityOn = dimensions.includes("modality") && !episodeSubjects ? episodeModalityLookup(data, issues) : undefined;
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
      case "modality":
        return (episodeSubjects ? subject.modality : modalityOn?.(subject.patientId, subject.day, subject.facilityId)) ?? UNKNOWN;
    }
  };
  const cells: IndicatorCell[] = subjects.map((subject) => ({
    key: Object.fromEntries(dimensions.map((dimension) => [dimension, valueOf(subject, dimension)])),
    numerator: subject.inDenominator && subject.inNumerator ? 1 : 0,
    denominator: subject.inDenominator ? 1 : 0,
    ...(subject.value === undefined ? {} : { sum: subject.inDenominator ? subject.value : 0 }),
    ...(subject.time === undefined ? {} : { survival: { [String(subject.time.days)]: { events: subject.time.event ? 1 : 0, censored: subject.time.event ? 0 : 1 } } }),
  }));
  const empty: IndicatorResult = { indicatorId: definition.id, period: { start: dayNumberToIsoDate(period.start), end: dayNumberToIsoDate(period.end) }, dimensions, cells: [] };
  // Adding the subjects one by one is a merge: the same code path as merging facilities.
  return { result: mergeIndicatorResults(empty, { ...empty, cells }), issues };
}

/**
 * Compute an indicator over several named periods (before, during and after a disruption, say), each
 * as {@link computeIndicator} would; the periods may overlap and each is computed on its own.
 *
 * @param definition - see {@link IndicatorDefinition}
 * @param data - see {@link IndicatorData}
 * @param periods - the periods by name, in the order to report them
 * @param options - the other options of {@link computeIndicator}; `dataEnd` defaults to each period's end
 * @returns the computation of each period, by name
 *
 * @example
 * ```ts
 * import { computeIndicatorOverPeriods, indicatorProportions } from "treatment-quality";
 *
 * const contacts = [
 *   { patientId: "P1", providerId: "D1", date: "2019-11-04", contactType: "in-person-visit" },
 *   { patientId: "P1", providerId: "D1", date: "2020-04-06", contactType: "telemedicine" },
 *   { patientId: "P1", providerId: "D1", date: "2020-05-04", contactType: "in-person-visit" },
 * ] as const;
 * const remote = { id: "remote", title: { en: "Remote contacts" }, measure: { kind: "remote-contacts" } } as const;
 * const byPeriod = computeIndicatorOverPeriods(remote, { contacts }, { before: { start: "2019-10-01", end: "2020-03-15" }, during: { start: "2020-03-16", end: "2020-06-30" } });
 * Object.entries(byPeriod).map(([name, { result }]) => `${name}: ${indicatorProportions(result)[0]?.value}`); // => ["before: 0", "during: 0.5"]
 * ```
 */
export function computeIndicatorOverPeriods<Name extends string>(definition: IndicatorDefinition, data: IndicatorData, periods: Readonly<Record<Name, Period>>, options: Omit<ComputeIndicatorOptions, "period"> = {}): Record<Name, IndicatorComputation> {
  const entries = Object.entries(periods) as [Name, Period][];
  if (entries.length === 0) throw new Error(`${definition.id}: periods names no period.`);
  return Object.fromEntries(entries.map(([name, period]) => [name, computeIndicator(definition, data, { ...options, period })])) as Record<Name, IndicatorComputation>;
}
