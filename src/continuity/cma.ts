/** The nine continuous measures of medication availability (CMA1-CMA9) as AdhereR 0.8.1 defines them. */
import { issue, type Issue } from "../_lib/issue.js";
import { eventSpans, type CarryOverOptions, type EventSpan } from "./event-gaps.js";
import { roundHalfToEven } from "./round-half-to-even.js";
import { forEachPatient, type ContinuityResult, type EventSource, type PatientEvent, type PatientEvents } from "./patient-events.js";
import { planWindows, patientInWindows, windowDates, type DayWindow, type FollowUpWindow, type ObservationWindow, type WindowDates } from "./windows.js";

/**
 * The CMA methods.
 *
 * @example
 * ```ts
 * import { CMA_METHODS } from "treatment-quality";
 *
 * CMA_METHODS.length; // => 9
 * ```
 */
export const CMA_METHODS = ["CMA1", "CMA2", "CMA3", "CMA4", "CMA5", "CMA6", "CMA7", "CMA8", "CMA9"] as const;

/**
 * One of {@link CMA_METHODS}.
 *
 * @example
 * ```ts
 * import type { CmaMethod } from "treatment-quality";
 *
 * const method: CmaMethod = "CMA7";
 * ```
 */
export type CmaMethod = (typeof CMA_METHODS)[number];

/**
 * Options of {@link computeCma}.
 *
 * @example
 * ```ts
 * import type { ComputeCmaOptions } from "treatment-quality";
 *
 * const options: ComputeCmaOptions = {
 *   method: "CMA7",
 *   followUpWindow: { start: "2020-01-01", durationDays: 730 },
 *   observationWindow: { start: "2020-04-01", durationDays: 365 },
 * };
 * ```
 */
export interface ComputeCmaOptions {
  readonly method: CmaMethod;
  readonly followUpWindow: FollowUpWindow;
  readonly observationWindow: ObservationWindow;
  /** CMA5-9: supply carried over is dropped when the medication changes (default false, as AdhereR's CMA functions). */
  readonly carryOnlyForSameMedication?: boolean;
  /** CMA5-9: supply carried over is scaled by old dose / new dose (default false, as AdhereR's CMA functions). */
  readonly considerDosageChange?: boolean;
  /**
   * `"adherer-0.8.1"` reproduces AdhereR's deliberate quirks: CMA8's lagged window length rounded
   * half-to-even (its end moves by up to half a day). The default (`"none"`) keeps the exact window.
   */
  readonly compat?: "none" | "adherer-0.8.1";
}

/**
 * One patient's CMA: the value (a proportion; CMA1, CMA2 can exceed 1), the windows used, and the
 * issues that explain a `null`.
 *
 * @example
 * ```ts
 * import type { CmaRow } from "treatment-quality";
 *
 * const row: CmaRow = { patientId: "P-0001", method: "CMA7", value: 0.92, issues: [], followUpWindow: { start: "2020-01-01", durationDays: 730 }, observationWindow: { start: "2020-04-01", durationDays: 365 } };
 * ```
 */
export interface CmaRow {
  readonly patientId: string;
  readonly method: CmaMethod;
  readonly value: number | null;
  readonly issues: readonly Issue[];
  /** The patient's windows, when they could be resolved. */
  readonly followUpWindow?: WindowDates;
  readonly observationWindow?: WindowDates;
}

/** What the carry-over of CMA5-CMA9 depends on besides the measure: the medication and the dose. */
type MedicationCarry = Pick<CarryOverOptions, "onlyForSameMedication" | "considerDosageChange">;

/** A measure's value, or why it has none. */
export type Value = { value: number } | { value: null; reason: string };
const none = (reason: string): Value => ({ value: null, reason });

function inWindow(events: readonly PatientEvent[], window: DayWindow): PatientEvent[] {
  return events.filter((event) => event.day >= window.start && event.day <= window.end);
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** CMA1 (and CMA3 uncapped): supply of all in-window events but the last over first-to-last days. */
function cma1(events: readonly PatientEvent[], observation: DayWindow): Value {
  const inside = inWindow(events, observation);
  if (inside.length < 2) return none(`CMA1 needs at least two events in the observation window; there ${inside.length === 1 ? "is one" : "are none"}.`);
  const span = inside.at(-1)!.day - inside[0]!.day;
  if (span === 0) return none("The first and last events in the observation window fall on the same day, so CMA1 has a zero denominator.");
  return { value: sum(inside.slice(0, -1).map((event) => event.duration)) / span };
}

/** CMA2: supply of all in-window events over the days from the first to the window end. */
function cma2(events: readonly PatientEvent[], observation: DayWindow): Value {
  const inside = inWindow(events, observation);
  if (inside.length === 0) return none("There is no event in the observation window.");
  const span = observation.end - inside[0]!.day;
  if (span === 0) return none("The only events in the observation window are on its last day, so CMA2 divides by zero (AdhereR gives Inf).");
  return { value: sum(inside.map((event) => event.duration)) / span };
}

function cma5(events: readonly PatientEvent[], observation: DayWindow, carry: MedicationCarry): Value {
  const spans = eventSpans(events, observation.start, observation.end, { ...carry, withinWindow: true, intoWindow: false });
  if (spans.length < 2) return none(`CMA5 needs at least two events in the observation window; there ${spans.length === 1 ? "is one" : "are none"}.`);
  const span = spans.at(-1)!.event.day - spans[0]!.event.day;
  if (span === 0) return none("The first and last events in the observation window fall on the same day, so CMA5 has a zero denominator.");
  return { value: 1 - sum(spans.slice(0, -1).map((each) => each.gap)) / span };
}

function cma6(events: readonly PatientEvent[], observation: DayWindow, carry: MedicationCarry): Value {
  const spans = eventSpans(events, observation.start, observation.end, { ...carry, withinWindow: true, intoWindow: false });
  if (spans.length === 0) return none("There is no event in the observation window.");
  const span = observation.end - spans[0]!.event.day;
  if (span === 0) return none("The only events in the observation window are on its last day, so CMA6 divides by zero.");
  return { value: 1 - sum(spans.map((each) => each.gap)) / span };
}

/** CMA7 on a window that may start on a fractional day (CMA8's lagged window). */
function cma7(events: readonly PatientEvent[], observation: DayWindow, carry: MedicationCarry): Value {
  const spans = eventSpans(events, observation.start, observation.end, { ...carry, withinWindow: true, intoWindow: true });
  if (spans.length === 0) return none("There is no event in or before the observation window.");
  const length = observation.end - observation.start;
  if (length <= 0) return none("The observation window has no length.");
  const firstInside = spans.findIndex((each) => each.event.day >= observation.start);
  if (firstInside === -1) {
    const gap = spans.at(-1)!.gap;
    return { value: gap <= length ? 1 - gap / length : 0 };
  }
  const lead = spans[firstInside]!.event.day - observation.start;
  const uncoveredLead = firstInside === 0 ? lead : Math.min(spans[firstInside - 1]!.gap, lead);
  let gaps = uncoveredLead;
  for (let position = firstInside; position < spans.length; position += 1) gaps += spans[position]!.gap;
  return { value: 1 - gaps / length };
}

function cma8(events: readonly PatientEvent[], observation: DayWindow, carry: MedicationCarry, roundLikeAdherer: boolean): Value {
  const spans: EventSpan[] = eventSpans(events, observation.start, observation.end, { ...carry, withinWindow: true, intoWindow: true });
  let start = observation.start;
  for (const each of spans) {
    if (each.event.day >= observation.start) break;
    const supplyEnd = each.event.day + each.event.duration + each.carryIn;
    start = Math.max(start, supplyEnd);
  }
  if (start === observation.start) return cma7(events, observation, carry);
  const end = roundLikeAdherer ? start + roundHalfToEven(observation.end - start) : observation.end;
  if (end - start <= 0) return none("Supply from before the observation window lasts to its end, so the lagged window of CMA8 has no length.");
  return cma7(events, { start, end }, carry);
}

function cma9(events: readonly PatientEvent[], followUp: DayWindow, observation: DayWindow, carry: MedicationCarry): Value {
  if (!events.some((event) => event.day <= observation.end)) return none("There is no event in or before the observation window.");
  const spans = eventSpans(events, followUp.start, followUp.end, { ...carry, withinWindow: true, intoWindow: true });
  const length = observation.end - observation.start;
  if (length <= 0) return none("The observation window has no length.");
  let weighted = 0;
  for (const each of spans) {
    const from = Math.max(each.event.day, observation.start);
    const to = Math.min(each.event.day + each.interval, observation.end);
    // An interval of 0 (two events on a day) has no day in the window: to === from.
    if (to > from) weighted += (1 - each.gap / each.interval) * (to - from);
  }
  return { value: weighted / length };
}

/** Throw for a method that is not one of {@link CMA_METHODS}. */
export function checkMethod(method: unknown): void {
  if (!(CMA_METHODS as readonly string[]).includes(method as string)) throw new Error(`method must be one of ${CMA_METHODS.join(", ")}; got ${String(method)}.`);
}

/** One patient's CMA on resolved windows (events already limited to the follow-up window). */
export function cmaOf(method: CmaMethod, events: readonly PatientEvent[], followUp: DayWindow, observation: DayWindow, options: Omit<ComputeCmaOptions, "followUpWindow" | "observationWindow">): Value {
  const carry: MedicationCarry = { onlyForSameMedication: options.carryOnlyForSameMedication ?? false, considerDosageChange: options.considerDosageChange ?? false };
  const capped = (result: Value): Value => (result.value === null ? result : { value: Math.min(1, result.value) });
  switch (method) {
    case "CMA1":
      return cma1(events, observation);
    case "CMA2":
      return cma2(events, observation);
    case "CMA3":
      return capped(cma1(events, observation));
    case "CMA4":
      return capped(cma2(events, observation));
    case "CMA5":
      return cma5(events, observation, carry);
    case "CMA6":
      return cma6(events, observation, carry);
    case "CMA7":
      return cma7(events, observation, carry);
    case "CMA8":
      return cma8(events, observation, carry, options.compat === "adherer-0.8.1");
    case "CMA9":
      return cma9(events, followUp, observation, carry);
  }
}

/**
 * Compute a CMA for every patient, as AdhereR 0.8.1 defines it: events are sorted by date (stable),
 * events outside the follow-up window are discarded, and the measure is taken over the observation
 * window. One row per patient, in order of first appearance; a patient with an invalid event, an
 * observation window outside its follow-up window, or an undefined measure gets `value: null` and
 * an issue saying why, and every other patient is computed as if it were absent. Events without a
 * usable `patientId` are reported in one last row with `patientId: ""`. Options that cannot work
 * (an unknown method, a window with two starts or none) throw, naming the option.
 *
 * Which CMA answers which question: CMA1-4 compare the supply dispensed with the days it had to last
 * (CMA1, CMA2 can exceed 1; CMA3, CMA4 cap at 1); CMA5-9 count the days without supply, with supply
 * carried over from earlier dispensings (CMA7-9 also from before the window), so they stay in [0, 1].
 *
 * @param events - medication events, in any order
 * @param options - see {@link ComputeCmaOptions}
 * @returns one row per patient
 *
 * @example
 * ```ts
 * import { computeCma } from "treatment-quality";
 *
 * const events = [
 *   { patientId: "P1", date: "2020-01-01", duration: 30 },
 *   { patientId: "P1", date: "2020-02-10", duration: 30 },
 * ];
 * const [row] = computeCma(events, { method: "CMA7", followUpWindow: { start: "2020-01-01", durationDays: 100 }, observationWindow: { start: "2020-01-01", durationDays: 100 } });
 * row?.value; // => 0.6 (days 30-39 and 70-99 are uncovered: 40 of 100)
 * ```
 */
export function computeCma<Source extends EventSource>(events: Source, options: ComputeCmaOptions): ContinuityResult<Source, CmaRow> {
  checkMethod(options.method);
  const plan = planWindows(options.followUpWindow, options.observationWindow);
  const { method } = options;
  const perPatient = (patient: PatientEvents): CmaRow[] => {
    const { patientId } = patient;
    const windows = patientInWindows(patient, plan);
    if ("issues" in windows) return [{ patientId, method, value: null, issues: windows.issues }];
    const result = cmaOf(method, windows.events, windows.followUp, windows.observation, options);
    const issues = result.value === null ? [issue("invalid_value", [], result.reason)] : [];
    return [{ patientId, method, value: result.value, issues, followUpWindow: windowDates(windows.followUp), observationWindow: windowDates(windows.observation) }];
  };
  // Events that name no patient belong to no row; they are reported in a last row with patientId "".
  return forEachPatient(events, perPatient, (unassigned) => ({ patientId: "", method: options.method, value: null, issues: unassigned })) as ContinuityResult<Source, CmaRow>;
}
