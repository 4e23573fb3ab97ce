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

/** A window's start, parsed once: a fixed day, or an offset from an anchor (first event, follow-up start). */
interface PlannedStart {
  readonly fixed: number | undefined;
  readonly offset: number;
}

function plannedStart(window: { readonly start?: IsoDate | undefined }, relativeKey: string, relative: number | undefined, name: string): PlannedStart {
  const hasFixed = window.start !== undefined;
  if (hasFixed === (relative !== undefined)) throw new Error(`${name}: give exactly one of start and ${relativeKey}.`);
  if (hasFixed) {
    const parsed = parseIsoDate(window.start);
    if (!parsed.ok) throw new Error(`${name}.start: ${parsed.issues[0]!.message}`);
    return { fixed: parsed.value, offset: 0 };
  }
  if (!Number.isInteger(relative)) throw new Error(`${name}.${relativeKey} must be a whole number of days, got ${String(relative)}.`);
  return { fixed: undefined, offset: relative! };
}

/** The window options, checked and parsed once per call; {@link patientInWindows} applies them to each patient. */
export interface WindowPlan {
  readonly followUp: PlannedStart & { readonly durationDays: number };
  readonly observation: PlannedStart & { readonly durationDays: number };
}

/** Check and parse the window options (a programmer error throws, naming the option). */
export function planWindows(followUp: FollowUpWindow, observation: ObservationWindow = FOLLOW_UP_ONLY): WindowPlan {
  for (const [name, window] of [
    ["followUpWindow", followUp],
    ["observationWindow", observation],
  ] as const) {
    if (window === undefined || !Number.isInteger(window.durationDays) || window.durationDays < 0) throw new Error(`${name}.durationDays must be a whole number of days, at least 0.`);
  }
  return {
    followUp: { ...plannedStart(followUp, "startAfterFirstEventDays", followUp.startAfterFirstEventDays, "followUpWindow"), durationDays: followUp.durationDays },
    observation: { ...plannedStart(observation, "startAfterFollowUpDays", observation.startAfterFollowUpDays, "observationWindow"), durationDays: observation.durationDays },
  };
}

/** The observation window of functions that use only the follow-up window (episodes, persistence). */
export const FOLLOW_UP_ONLY: ObservationWindow = { startAfterFollowUpDays: 0, durationDays: 0 };

/** One patient's windows and its events inside the follow-up window (the others are discarded). */
export interface PatientInWindows {
  readonly followUp: DayWindow;
  readonly observation: DayWindow;
  readonly events: readonly PatientEvent[];
}

/**
 * The per-patient start of every continuity function: the patient's own input issues, or its
 * windows and its events inside the follow-up window; an issue when the observation window is not
 * inside the follow-up window (AdhereR then fails for every patient; here only this patient's row is null).
 */
export function patientInWindows(patient: PatientEvents, plan: WindowPlan): PatientInWindows | { readonly issues: readonly Issue[] } {
  if (patient.issues.length > 0) return { issues: patient.issues };
  // A patient without issues has at least one event: a patient exists through its records.
  const followUpStart = plan.followUp.fixed ?? patient.events[0]!.day + plan.followUp.offset;
  const followUp: DayWindow = { start: followUpStart, end: followUpStart + plan.followUp.durationDays };
  const observationStart = plan.observation.fixed ?? followUpStart + plan.observation.offset;
  const observation: DayWindow = { start: observationStart, end: observationStart + plan.observation.durationDays };
  if (observation.start < followUp.start || observation.end > followUp.end) {
    const show = (window: DayWindow) => `${dayNumberToIsoDate(window.start)} to ${dayNumberToIsoDate(window.end)}`;
    return { issues: [issue("invalid_value", ["observationWindow"], `The observation window (${show(observation)}) is not inside the follow-up window (${show(followUp)}).`)] };
  }
  return { followUp, observation, events: eventsWithin(patient.events, followUp) };
}

/** The events (sorted by day) from the window's start to its end, both included; the same array when all are. */
export function eventsWithin<T extends { readonly day: number }>(events: readonly T[], window: DayWindow): readonly T[] {
  let from = 0;
  while (from < events.length && events[from]!.day < window.start) from += 1;
  let to = events.length;
  while (to > from && events[to - 1]!.day > window.end) to -= 1;
  return from === 0 && to === events.length ? events : events.slice(from, to);
}

/** A day window as a start date and a length. */
export function windowDates(window: DayWindow): WindowDates {
  return { start: dayNumberToIsoDate(window.start), durationDays: window.end - window.start };
}
