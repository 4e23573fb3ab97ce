/**
 * Treatment episodes: stretches of continuous treatment, split where supply runs out for longer than
 * a permissible gap (or, by option, where the medication or the dose changes), as AdhereR 0.8.1's
 * `compute.treatment.episodes` defines them, without its two bugs.
 */
import { issue, type Issue } from "../_lib/issue.js";
import { daysOption } from "../_lib/period-option.js";
import { dayNumberToIsoDate, type IsoDate } from "../days/index.js";
import { eventSpans, type CarryOverOptions } from "./event-gaps.js";
import { forEachPatient, type ContinuityResult, type EventSource, type PatientEvent, type PatientEvents } from "./patient-events.js";
import { planWindows, patientInWindows, type DayWindow, type FollowUpWindow } from "./windows.js";

/**
 * Options of {@link computeTreatmentEpisodes}.
 *
 * @example
 * ```ts
 * import type { ComputeTreatmentEpisodesOptions } from "treatment-quality";
 *
 * const options: ComputeTreatmentEpisodesOptions = { followUpWindow: { startAfterFirstEventDays: 0, durationDays: 730 }, maximumPermissibleGapDays: 30 };
 * ```
 */
export interface ComputeTreatmentEpisodesOptions {
  readonly followUpWindow: FollowUpWindow;
  /** An episode ends when supply runs out for more than this many days (strictly more). */
  readonly maximumPermissibleGapDays: number;
  /** A change of medication starts a new episode (default true, as AdhereR). */
  readonly medicationChangeStartsNewEpisode?: boolean;
  /** A change of daily dose starts a new episode (default false; AdhereR 0.8.1 accepts this option but ignores it). */
  readonly doseChangeStartsNewEpisode?: boolean;
  /** Supply left over at one event carries into the next (default true). */
  readonly carryOver?: boolean;
  /** Carried supply is dropped when the medication changes (default true, as AdhereR). */
  readonly carryOnlyForSameMedication?: boolean;
  /** Carried supply is scaled by old dose / new dose (default true, as AdhereR). */
  readonly considerDosageChange?: boolean;
  /**
   * Extend each episode by the gap that follows it, up to the permissible gap (default false): an
   * episode ended by a long gap gains the permissible gap, one ended by a change of medication gains
   * the days until the next episode; the last episode gains the permissible gap only if a gap ended it.
   */
  readonly appendGapToEpisode?: boolean;
  /**
   * `"adherer-0.8.1"`: the last episode is cut at a trailing gap equal to the permissible gap too
   * (AdhereR's non-strict rule; the default cuts only at a longer one, like every other episode), and
   * `endGapDays` is reported in whole days, rounded down, as AdhereR's integer column does.
   */
  readonly compat?: "none" | "adherer-0.8.1";
}

/**
 * One treatment episode of a patient: from its first event's date for `durationDays` days (the day
 * the supply, with carry-over, runs out), `endExclusive` = start + duration, the gap that ended it,
 * and the 0-based input positions of its events. A patient without episodes (bad input, no event in
 * the follow-up window) gets one row with `episode: null` and issues.
 *
 * @example
 * ```ts
 * import type { TreatmentEpisodeRow } from "treatment-quality";
 *
 * const row: TreatmentEpisodeRow = { patientId: "P1", episode: 1, start: "2020-01-06", durationDays: 390, endExclusive: "2021-01-30", endGapDays: 335, eventIndexes: [0, 1, 2], issues: [] };
 * ```
 */
export interface TreatmentEpisodeRow {
  readonly patientId: string;
  /** The episode's number for this patient, from 1; null for a patient without episodes. */
  readonly episode: number | null;
  readonly start: IsoDate | null;
  /** Days of continuous treatment (fractional when carried supply is rescaled by dose). */
  readonly durationDays: number | null;
  /** start + durationDays, as a date (rounded down when the duration is fractional). */
  readonly endExclusive: IsoDate | null;
  /** Days without supply after the episode (to the next event, or to the follow-up end for the last). */
  readonly endGapDays: number | null;
  readonly eventIndexes: readonly number[];
  readonly issues: readonly Issue[];
}

/** An episode in day numbers, with the positions of its events in the patient's sorted list. */
export interface DayEpisode {
  readonly start: number;
  readonly duration: number;
  readonly endGap: number;
  readonly events: readonly PatientEvent[];
}

/** The episodes of one patient's follow-up events (sorted, inside `followUp`). */
export function episodesOf(events: readonly PatientEvent[], followUp: DayWindow, options: Omit<ComputeTreatmentEpisodesOptions, "followUpWindow">, carry: CarryOverOptions): DayEpisode[] {
  const spans = eventSpans(events, followUp.start, followUp.end, carry);
  const gap = options.maximumPermissibleGapDays;
  const medicationSplits = options.medicationChangeStartsNewEpisode ?? true;
  const doseSplits = options.doseChangeStartsNewEpisode ?? false;
  const episodes: DayEpisode[] = [];
  let first = 0;
  for (let position = 0; position < spans.length; position += 1) {
    const span = spans[position]!;
    const next = spans[position + 1];
    if (next !== undefined) {
      const split = span.gap > gap || (medicationSplits && span.event.medication !== next.event.medication) || (doseSplits && span.event.dose !== next.event.dose);
      if (!split) continue;
      const start = spans[first]!.event.day;
      const duration = next.event.day - start - span.gap + (options.appendGapToEpisode === true ? Math.min(span.gap, gap) : 0);
      episodes.push({ start, duration, endGap: span.gap, events: spans.slice(first, position + 1).map((each) => each.event) });
      first = position + 1;
    } else {
      const start = spans[first]!.event.day;
      const trimmed = options.compat === "adherer-0.8.1" ? span.gap >= gap : span.gap > gap;
      const duration = trimmed ? followUp.end - start - span.gap + (options.appendGapToEpisode === true ? gap : 0) : followUp.end - start;
      episodes.push({ start, duration, endGap: span.gap, events: spans.slice(first).map((each) => each.event) });
    }
  }
  return episodes;
}

/** The carry-over an episode computation uses, from its options. */
export function episodeCarry(options: ComputeTreatmentEpisodesOptions): CarryOverOptions {
  const on = options.carryOver ?? true;
  return { withinWindow: on, intoWindow: false, onlyForSameMedication: on && (options.carryOnlyForSameMedication ?? true), considerDosageChange: on && (options.considerDosageChange ?? true) };
}

/** Check the episode options once (a programmer error throws, naming the option). */
export function checkEpisodeOptions(options: ComputeTreatmentEpisodesOptions): void {
  daysOption("maximumPermissibleGapDays", options.maximumPermissibleGapDays);
}

/**
 * Split each patient's medication history into treatment episodes. Gaps are computed as AdhereR
 * does over the follow-up window (the last event's supply measured to the follow-up end), with
 * carry-over; a new episode starts after a gap longer than `maximumPermissibleGapDays` (strictly),
 * and, by option, at a change of medication or of dose. An episode ends on the day its supply runs
 * out; the last episode runs to the follow-up end unless its trailing gap is longer than the
 * permissible gap. `appendGapToEpisode` extends episodes by the gap that follows them, up to the
 * permissible gap (AdhereR 0.8.1 shortens single-episode patients by it instead; not here).
 *
 * @param events - medication events, in any order
 * @param options - see {@link ComputeTreatmentEpisodesOptions}
 * @returns one row per episode, patients in order of first appearance
 *
 * @example
 * ```ts
 * import { computeTreatmentEpisodes } from "treatment-quality";
 *
 * const events = [
 *   { patientId: "P1", date: "2020-01-01", duration: 30 },
 *   { patientId: "P1", date: "2020-01-31", duration: 30 },
 *   { patientId: "P1", date: "2020-06-01", duration: 30 },
 * ];
 * computeTreatmentEpisodes(events, { followUpWindow: { start: "2020-01-01", durationDays: 365 }, maximumPermissibleGapDays: 30 })
 *   .map((row) => `${row.episode}: ${row.start} for ${row.durationDays} days`);
 * // => ["1: 2020-01-01 for 60 days", "2: 2020-06-01 for 30 days"]
 * ```
 */
export function computeTreatmentEpisodes<Source extends EventSource>(events: Source, options: ComputeTreatmentEpisodesOptions): ContinuityResult<Source, TreatmentEpisodeRow> {
  checkEpisodeOptions(options);
  const plan = planWindows(options.followUpWindow);
  const empty = (patientId: string, issues: readonly Issue[]): TreatmentEpisodeRow => ({ patientId, episode: null, start: null, durationDays: null, endExclusive: null, endGapDays: null, eventIndexes: [], issues });
  const perPatient = (patient: PatientEvents): TreatmentEpisodeRow[] => {
    const { patientId } = patient;
    const windows = patientInWindows(patient, plan);
    if ("issues" in windows) return [empty(patientId, windows.issues)];
    const inFollowUp = windows.events;
    if (inFollowUp.length === 0) return [empty(patientId, [issue("invalid_value", [], "The patient has no event in the follow-up window, so no treatment episode.")])];
    return episodesOf(inFollowUp, windows.followUp, options, episodeCarry(options)).map((episode, index) => ({
      patientId,
      episode: index + 1,
      start: dayNumberToIsoDate(episode.start),
      durationDays: episode.duration,
      endExclusive: dayNumberToIsoDate(Math.floor(episode.start + episode.duration)),
      endGapDays: options.compat === "adherer-0.8.1" ? Math.floor(episode.endGap) : episode.endGap,
      eventIndexes: episode.events.map((event) => event.index),
      issues: [],
    }));
  };
  return forEachPatient(events, perPatient, (unassigned) => empty("", unassigned)) as ContinuityResult<Source, TreatmentEpisodeRow>;
}
