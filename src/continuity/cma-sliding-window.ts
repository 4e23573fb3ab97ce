/** A CMA in windows that slide along the observation window, as AdhereR 0.8.1's `CMA_sliding_window`. */
import { issue, type Issue } from "../_lib/issue.js";
import { dayNumberToIsoDate, type IsoDate } from "../days/index.js";
import { checkMethod, cmaOf, type ComputeCmaOptions } from "./cma.js";
import { forEachPatient, type ContinuityResult, type EventSource, type PatientEvents } from "./patient-events.js";
import { planWindows, patientInWindows } from "./windows.js";

/**
 * Options of {@link computeCmaSlidingWindow}: the CMA, the patient's windows, and the sliding
 * windows' length and step in days.
 *
 * @example
 * ```ts
 * import type { ComputeCmaSlidingWindowOptions } from "treatment-quality";
 *
 * const quarterly: ComputeCmaSlidingWindowOptions = {
 *   method: "CMA7",
 *   followUpWindow: { start: "2020-01-01", durationDays: 730 },
 *   observationWindow: { start: "2020-04-01", durationDays: 365 },
 *   windowDays: 90,
 *   stepDays: 30,
 * };
 * ```
 */
export interface ComputeCmaSlidingWindowOptions extends ComputeCmaOptions {
  /** Each window's length in days. */
  readonly windowDays: number;
  /** Days between the starts of consecutive windows. */
  readonly stepDays: number;
}

/**
 * One sliding window's CMA: its number (from 1), first day, `endExclusive` (= start + windowDays).
 *
 * @example
 * ```ts
 * import type { CmaSlidingWindowRow } from "treatment-quality";
 *
 * const row: CmaSlidingWindowRow = { patientId: "P1", window: 1, start: "2020-04-01", endExclusive: "2020-06-30", value: 1, issues: [] };
 * ```
 */
export interface CmaSlidingWindowRow {
  readonly patientId: string;
  readonly window: number | null;
  readonly start: IsoDate | null;
  readonly endExclusive: IsoDate | null;
  readonly value: number | null;
  readonly issues: readonly Issue[];
}

/**
 * Compute a CMA in windows of `windowDays` every `stepDays` from the observation window's start:
 * `floor((L - windowDays) / stepDays) + 1` windows for an observation window of L days. Each window
 * is an observation window inside the patient's unchanged follow-up window, so CMA7-9 windows do
 * receive supply carried over from earlier events.
 *
 * @param events - medication events, in any order
 * @param options - see {@link ComputeCmaSlidingWindowOptions}
 * @returns one row per patient and window
 *
 * @example
 * ```ts
 * import { computeCmaSlidingWindow } from "treatment-quality";
 *
 * const events = [{ patientId: "P1", date: "2020-01-01", duration: 45 }];
 * computeCmaSlidingWindow(events, { method: "CMA7", followUpWindow: { start: "2020-01-01", durationDays: 90 }, observationWindow: { start: "2020-01-01", durationDays: 90 }, windowDays: 30, stepDays: 30 })
 *   .map((row) => row.value);
 * // => [1, 0.5, 0]
 * ```
 */
export function computeCmaSlidingWindow<Source extends EventSource>(events: Source, options: ComputeCmaSlidingWindowOptions): ContinuityResult<Source, CmaSlidingWindowRow> {
  checkMethod(options.method);
  const plan = planWindows(options.followUpWindow, options.observationWindow);
  for (const name of ["windowDays", "stepDays"] as const) {
    if (!Number.isInteger(options[name]) || options[name] < 1) throw new Error(`${name} must be a whole number of days, at least 1; got ${String(options[name])}.`);
  }
  const empty = (patientId: string, issues: readonly Issue[]): CmaSlidingWindowRow => ({ patientId, window: null, start: null, endExclusive: null, value: null, issues });
  const perPatient = (patient: PatientEvents): CmaSlidingWindowRow[] => {
    const { patientId } = patient;
    const windows = patientInWindows(patient, plan);
    if ("issues" in windows) return [empty(patientId, windows.issues)];
    const length = windows.observation.end - windows.observation.start;
    const count = Math.floor((length - options.windowDays) / options.stepDays) + 1;
    if (count < 1) return [empty(patientId, [issue("invalid_value", [], `A ${options.windowDays}-day window does not fit in the ${length}-day observation window.`)])];
    return Array.from({ length: count }, (_, index): CmaSlidingWindowRow => {
      const start = windows.observation.start + index * options.stepDays;
      const measured = cmaOf(options.method, windows.events, windows.followUp, { start, end: start + options.windowDays }, options);
      return {
        patientId,
        window: index + 1,
        start: dayNumberToIsoDate(start),
        endExclusive: dayNumberToIsoDate(start + options.windowDays),
        value: measured.value,
        issues: measured.value === null ? [issue("invalid_value", [], measured.reason)] : [],
      };
    });
  };
  return forEachPatient(events, perPatient, (unassigned) => empty("", unassigned)) as ContinuityResult<Source, CmaSlidingWindowRow>;
}
