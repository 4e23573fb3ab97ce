/** Follow-up and observation windows, fixed or relative, resolved per patient into day numbers. */
import { issue, type Issue } from "../_lib/issue.js";
import { dayNumberToIsoDate, parseIsoDate, type IsoDate } from "../days/index.js";
import type { PatientEvent, PatientEvents } from "./patient-events.js";

/**
 * The follow-up window: the period in which events count at all (events outside it are discarded
 * before anything else). Give exactly one start: a fixed `start` date, or `startAfterFirstEventDays`
 * days after the patient's first event (0 = on it). An event belongs to the window when
 * `start <= date <= start + durationDays` (both ends), and `durationDays` is the denominator.
 *
 * @example
 * ```ts
 * import type { FollowUpWindow } from "treatment-quality";
 *
 * const twoYearsFromFirstFill: FollowUpWindow = { startAfterFirstEventDays: 0, durationDays: 730 };
 * ```
 */
export interface FollowUpWindow {
  readonly start?: IsoDate | undefined;
  readonly startAfterFirstEventDays?: number | undefined;
  readonly durationDays: number;
}

/**
 * The observation window, inside the follow-up window: the period a CMA describes. Give exactly one
 * start: a fixed `start` date, or `startAfterFollowUpDays` days after the follow-up window's start.
 *
 * @example
 * ```ts
 * import type { ObservationWindow } from "treatment-quality";
 *
 * const yearAfterInduction: ObservationWindow = { startAfterFollowUpDays: 90, durationDays: 365 };
 * ```
 */
export interface ObservationWindow {
  readonly start?: IsoDate | undefined;
  readonly startAfterFollowUpDays?: number | undefined;
  readonly durationDays: number;
}

/** A window as day numbers: `start <= day <= end` belongs to it; `end - start` is its length. */
export interface DayWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * A resolved window as people read it: its first day and its length in days.
 *
 * @example
 * ```ts
 * import type { WindowDates } from "treatment-quality";
 *
 * const observed: WindowDates = { start: "2020-04-01", durationDays: 365 };
 * ```
 */
export interface WindowDates {
  readonly start: IsoDate;
  readonly durationDays: number;
}

function windowStart(window: { readonly start?: IsoDate | undefined }, relativeKey: string, relative: number | undefined, anchor: number | undefined, name: string): number {
  const hasFixed = window.start !== undefined;
  const hasRelative = relative !== undefined;
  if (hasFixed === hasRelative) throw new Error(`${name}: give exactly one of start and ${relativeKey}.`);
  if (hasFixed) {
    const parsed = parseIsoDate(window.start);
    if (!parsed.ok) throw new Error(`${name}.start: ${parsed.issues[0]!.message}`);
    return parsed.value;
  }
  if (!Number.isInteger(relative)) throw new Error(`${name}.${relativeKey} must be a whole number of days, got ${String(relative)}.`);
  return anchor! + relative!;
}

/** Check the window options once (a programmer error throws, naming the option). */
export function checkWindowOptions(followUp: FollowUpWindow, observation: ObservationWindow): void {
  for (const [name, window] of [
    ["followUpWindow", followUp],
    ["observationWindow", observation],
  ] as const) {
    if (window === undefined || !Number.isInteger(window.durationDays) || window.durationDays < 0) throw new Error(`${name}.durationDays must be a whole number of days, at least 0.`);
  }
  windowStart(followUp, "startAfterFirstEventDays", followUp.startAfterFirstEventDays, 0, "followUpWindow");
  windowStart(observation, "startAfterFollowUpDays", observation.startAfterFollowUpDays, 0, "observationWindow");
}

/** The observation window of functions that use only the follow-up window (episodes, persistence). */
export const FOLLOW_UP_ONLY: ObservationWindow = { startAfterFollowUpDays: 0, durationDays: 0 };

/**
 * The two windows of one patient, or an issue when the observation window is not inside the
 * follow-up window (AdhereR then fails for every patient; here only this patient's row is null).
 */
function resolveWindows(events: readonly PatientEvent[], followUp: FollowUpWindow, observation: ObservationWindow): { followUp: DayWindow; observation: DayWindow } | Issue {
  const firstDay = events[0]?.day;
  const followUpStart = windowStart(followUp, "startAfterFirstEventDays", followUp.startAfterFirstEventDays, firstDay, "followUpWindow");
  const followUpWindow = { start: followUpStart, end: followUpStart + followUp.durationDays };
  const observationStart = windowStart(observation, "startAfterFollowUpDays", observation.startAfterFollowUpDays, followUpStart, "observationWindow");
  const observationWindow = { start: observationStart, end: observationStart + observation.durationDays };
  if (observationWindow.start < followUpWindow.start || observationWindow.end > followUpWindow.end) {
    const show = (window: DayWindow) => `${dayNumberToIsoDate(window.start)} to ${dayNumberToIsoDate(window.end)}`;
    return issue("invalid_value", ["observationWindow"], `The observation window (${show(observationWindow)}) is not inside the follow-up window (${show(followUpWindow)}).`);
  }
  return { followUp: followUpWindow, observation: observationWindow };
}

/** One patient's windows and its events inside the follow-up window (the others are discarded). */
export interface PatientInWindows {
  readonly followUp: DayWindow;
  readonly observation: DayWindow;
  readonly events: readonly PatientEvent[];
}

/**
 * The per-patient start of every continuity function: the patient's own input issues, or its
 * windows (an issue if they do not fit), and its events inside the follow-up window.
 */
export function patientInWindows(patient: PatientEvents, followUp: FollowUpWindow, observation: ObservationWindow = FOLLOW_UP_ONLY): PatientInWindows | { readonly issues: readonly Issue[] } {
  if (patient.issues.length > 0) return { issues: patient.issues };
  const windows = resolveWindows(patient.events, followUp, observation);
  if ("code" in windows) return { issues: [windows] };
  return { ...windows, events: patient.events.filter((event) => event.day >= windows.followUp.start && event.day <= windows.followUp.end) };
}

/** A day window as a start date and a length. */
export function windowDates(window: DayWindow): WindowDates {
  return { start: dayNumberToIsoDate(window.start), durationDays: window.end - window.start };
}
