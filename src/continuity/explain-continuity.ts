/** The timeline behind a continuity number: events, intervals, gaps, carry-over, covered days, episodes. */
import { issue } from "../_lib/issue.js";
import { dayNumberToIsoDate, type IsoDate } from "../days/index.js";
import { checkMethod, cmaOf, type CmaMethod, type CmaRow, type ComputeCmaOptions } from "./cma.js";
import { eventSpans, type CarryOverOptions } from "./event-gaps.js";
import { forEachPatient, type ContinuityResult, type EventSource, type PatientEvents } from "./patient-events.js";
import { checkEpisodeOptions, episodeCarry, episodesOf, type ComputeTreatmentEpisodesOptions } from "./treatment-episodes.js";
import { planWindows, patientInWindows, windowDates, type DayWindow } from "./windows.js";

/**
 * Options of {@link explainContinuity}: those of `computeCma`, and, to show treatment episodes too,
 * a `maximumPermissibleGapDays` with the episode options.
 *
 * @example
 * ```ts
 * import type { ExplainContinuityOptions } from "treatment-quality";
 *
 * const options: ExplainContinuityOptions = { method: "CMA7", followUpWindow: { start: "2020-01-01", durationDays: 730 }, observationWindow: { start: "2020-04-01", durationDays: 365 }, maximumPermissibleGapDays: 30 };
 * ```
 */
export interface ExplainContinuityOptions extends ComputeCmaOptions, Partial<Omit<ComputeTreatmentEpisodesOptions, "followUpWindow" | "compat">> {}

/**
 * One event in an explanation: where it falls, and, when the measure uses it, its interval (days to
 * the next event used, or to the window end), the supply carried into it, and its gap.
 *
 * @example
 * ```ts
 * import type { ExplainedEvent } from "treatment-quality";
 *
 * const event: ExplainedEvent = { index: 0, date: "2020-04-01", duration: 30, place: "in-observation", interval: 40, carryIn: 0, gap: 10 };
 * ```
 */
export interface ExplainedEvent {
  /** Its 0-based position in the input. */
  readonly index: number;
  readonly date: IsoDate;
  readonly duration: number;
  readonly dailyDose?: number;
  readonly medication?: string;
  /** Where the event falls: outside the follow-up window (discarded), before, in or after the observation window. */
  readonly place: "outside-follow-up" | "before-observation" | "in-observation" | "after-observation";
  readonly interval?: number;
  readonly carryIn?: number;
  readonly gap?: number;
}

/**
 * A stretch of the observation window, covered by supply or not. Ends that fall inside a day
 * (supply rescaled by a dose change) are given as exact day counts in `days`.
 *
 * @example
 * ```ts
 * import type { CoverageSpan } from "treatment-quality";
 *
 * const span: CoverageSpan = { start: "2020-05-01", endExclusive: "2020-05-11", days: 10, covered: false };
 * ```
 */
export interface CoverageSpan {
  readonly start: IsoDate;
  readonly endExclusive: IsoDate;
  readonly days: number;
  readonly covered: boolean;
}

/**
 * The explanation of one patient's number.
 *
 * @example
 * ```ts
 * import type { ContinuityExplanation } from "treatment-quality";
 *
 * const uncoveredDays = (explanation: ContinuityExplanation) => explanation.coverage.filter((span) => !span.covered).reduce((sum, span) => sum + span.days, 0);
 * ```
 */
export interface ContinuityExplanation extends CmaRow {
  /** Every event of the patient, in date order. */
  readonly events: readonly ExplainedEvent[];
  /** The observation window, split into covered and uncovered stretches. */
  readonly coverage: readonly CoverageSpan[];
  /** The treatment episodes, when `maximumPermissibleGapDays` is given. */
  readonly episodes?: readonly { readonly episode: number; readonly start: IsoDate; readonly durationDays: number; readonly endGapDays: number; readonly eventIndexes: readonly number[] }[];
}

/** The carry-over each CMA uses, and which window its intervals run to. */
function measureCarry(method: CmaMethod, options: ExplainContinuityOptions): CarryOverOptions & { toFollowUpEnd: boolean } {
  const chosen = { onlyForSameMedication: options.carryOnlyForSameMedication ?? false, considerDosageChange: options.considerDosageChange ?? false };
  if (method === "CMA1" || method === "CMA2" || method === "CMA3" || method === "CMA4") return { ...chosen, withinWindow: false, intoWindow: false, toFollowUpEnd: false };
  if (method === "CMA5" || method === "CMA6") return { ...chosen, withinWindow: true, intoWindow: false, toFollowUpEnd: false };
  return { ...chosen, withinWindow: true, intoWindow: true, toFollowUpEnd: method === "CMA9" };
}

function coverageOf(spans: ReturnType<typeof eventSpans>, observation: DayWindow): CoverageSpan[] {
  const pieces: { from: number; to: number; covered: boolean }[] = [];
  const add = (from: number, to: number, covered: boolean) => {
    const start = Math.max(from, observation.start);
    const end = Math.min(to, observation.end);
    if (end <= start) return;
    // The pieces come in order and touch: each span runs to the next event, the first from the window start.
    const last = pieces.at(-1);
    if (last !== undefined && last.covered === covered) last.to = end;
    else pieces.push({ from: start, to: end, covered });
  };
  add(observation.start, spans[0]?.event.day ?? observation.end, false);
  for (const span of spans) {
    const supplied = span.interval - span.gap;
    add(span.event.day, span.event.day + supplied, true);
    add(span.event.day + supplied, span.event.day + span.interval, false);
  }
  return pieces.map((piece) => ({ start: dayNumberToIsoDate(Math.floor(piece.from)), endExclusive: dayNumberToIsoDate(Math.ceil(piece.to)), days: piece.to - piece.from, covered: piece.covered }));
}

/**
 * Explain, per patient, the number `computeCma` gives: each event's place, interval, carried supply
 * and gap as the chosen CMA uses them, the covered and uncovered stretches of the observation
 * window, the treatment episodes (with `maximumPermissibleGapDays`), and the reason for a `null`.
 * Reports and the command line render it; the guide walks through one.
 *
 * @param events - medication events (an array, or a stream grouped by patient)
 * @param options - see {@link ExplainContinuityOptions}
 * @returns one explanation per patient
 *
 * @example
 * ```ts
 * import { explainContinuity } from "treatment-quality";
 *
 * const [explanation] = explainContinuity(
 *   [
 *     { patientId: "P1", date: "2020-01-01", duration: 30 },
 *     { patientId: "P1", date: "2020-02-10", duration: 30 },
 *   ],
 *   { method: "CMA7", followUpWindow: { start: "2020-01-01", durationDays: 100 }, observationWindow: { start: "2020-01-01", durationDays: 100 } },
 * );
 * explanation?.coverage.map((span) => `${span.covered ? "covered" : "gap"} ${span.days}`); // => ["covered 30", "gap 10", "covered 30", "gap 30"]
 * explanation?.value; // => 0.6
 * ```
 */
export function explainContinuity<Source extends EventSource>(events: Source, options: ExplainContinuityOptions): ContinuityResult<Source, ContinuityExplanation> {
  checkMethod(options.method);
  const plan = planWindows(options.followUpWindow, options.observationWindow);
  const episodeOptions = options.maximumPermissibleGapDays === undefined ? undefined : ({ ...options, followUpWindow: options.followUpWindow } as ComputeTreatmentEpisodesOptions);
  if (episodeOptions !== undefined) checkEpisodeOptions(episodeOptions);
  const perPatient = (patient: PatientEvents): ContinuityExplanation[] => {
    const base = { patientId: patient.patientId, method: options.method };
    const windows = patientInWindows(patient, plan);
    if ("issues" in windows) return [{ ...base, value: null, issues: windows.issues, events: [], coverage: [] }];
    const { followUp, observation, events: inFollowUp } = windows;
    const measured = cmaOf(options.method, inFollowUp, followUp, observation, options);
    const carry = measureCarry(options.method, options);
    const spans = carry.toFollowUpEnd ? eventSpans(inFollowUp, followUp.start, followUp.end, carry) : eventSpans(inFollowUp, observation.start, observation.end, carry);
    const byIndex = new Map(spans.map((span) => [span.event.index, span]));
    const explained = patient.events.map((event): ExplainedEvent => {
      const place = event.day < followUp.start || event.day > followUp.end ? "outside-follow-up" : event.day < observation.start ? "before-observation" : event.day <= observation.end ? "in-observation" : "after-observation";
      const span = byIndex.get(event.index);
      return {
        index: event.index,
        date: event.date,
        duration: event.duration,
        ...(event.dose === undefined ? {} : { dailyDose: event.dose }),
        ...(event.medication === undefined ? {} : { medication: event.medication }),
        place,
        ...(span === undefined ? {} : { interval: span.interval, carryIn: span.carryIn, gap: span.gap }),
      };
    });
    const episodes =
      episodeOptions === undefined
        ? {}
        : {
            episodes: episodesOf(inFollowUp, followUp, episodeOptions, episodeCarry(episodeOptions)).map((episode, index) => ({
              episode: index + 1,
              start: dayNumberToIsoDate(episode.start),
              durationDays: episode.duration,
              endGapDays: episode.endGap,
              eventIndexes: episode.events.map((event) => event.index),
            })),
          };
    return [
      {
        ...base,
        value: measured.value,
        issues: measured.value === null ? [issue("invalid_value", [], measured.reason)] : [],
        followUpWindow: windowDates(followUp),
        observationWindow: windowDates(observation),
        events: explained,
        coverage: coverageOf(spans, observation),
        ...episodes,
      },
    ];
  };
  return forEachPatient(events, perPatient, (unassigned) => ({ patientId: "", method: options.method, value: null, issues: unassigned, events: [], coverage: [] })) as ContinuityResult<Source, ContinuityExplanation>;
}
