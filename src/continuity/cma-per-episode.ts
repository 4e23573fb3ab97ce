/** A CMA for each treatment episode, as AdhereR 0.8.1's `CMA_per_episode` computes it. */
import { issue, type Issue } from "../_lib/issue.js";
import { dayNumberToIsoDate, type IsoDate } from "../days/index.js";
import { checkMethod, cmaOf, type CmaMethod, type ComputeCmaOptions } from "./cma.js";
import { forEachPatient, type ContinuityResult, type EventSource, type PatientEvents } from "./patient-events.js";
import { checkEpisodeOptions, episodeCarry, episodesOf, type ComputeTreatmentEpisodesOptions } from "./treatment-episodes.js";
import { planWindows, patientInWindows } from "./windows.js";

/**
 * Options of {@link computeCmaPerEpisode}: the CMA and its windows, and the episode options.
 *
 * @example
 * ```ts
 * import type { ComputeCmaPerEpisodeOptions } from "treatment-quality";
 *
 * const options: ComputeCmaPerEpisodeOptions = {
 *   method: "CMA7",
 *   followUpWindow: { start: "2020-01-01", durationDays: 730 },
 *   observationWindow: { start: "2020-04-01", durationDays: 365 },
 *   maximumPermissibleGapDays: 30,
 * };
 * ```
 */
export interface ComputeCmaPerEpisodeOptions extends ComputeCmaOptions, Omit<ComputeTreatmentEpisodesOptions, "followUpWindow" | "carryOver" | "compat"> {}

/**
 * One episode's CMA. `start` and `endExclusive` are the episode clipped to the observation window;
 * `durationDays` is the clipped length (with `compat: "adherer-0.8.1"`, the unclipped episode length,
 * as AdhereR reports it); `episodeStart` and `episodeDurationDays` are the episode itself.
 *
 * @example
 * ```ts
 * import type { CmaPerEpisodeRow } from "treatment-quality";
 *
 * const row: CmaPerEpisodeRow = { patientId: "P1", episode: 1, start: "2020-04-01", endExclusive: "2021-01-30", durationDays: 304, episodeStart: "2020-01-06", episodeDurationDays: 390, endGapDays: 335, value: 1, issues: [] };
 * ```
 */
export interface CmaPerEpisodeRow {
  readonly patientId: string;
  readonly episode: number | null;
  readonly start: IsoDate | null;
  readonly endExclusive: IsoDate | null;
  readonly durationDays: number | null;
  readonly episodeStart: IsoDate | null;
  readonly episodeDurationDays: number | null;
  readonly endGapDays: number | null;
  readonly value: number | null;
  readonly issues: readonly Issue[];
}

const CARRY_FREE: readonly CmaMethod[] = ["CMA1", "CMA2", "CMA3", "CMA4"];

/**
 * Compute a CMA for each treatment episode of each patient, as AdhereR 0.8.1 does: the episodes come
 * from the same rules as {@link computeTreatmentEpisodes}, with the carry-over the CMA implies (none
 * for CMA1-4, so episode boundaries can differ between CMAs); each episode becomes its own follow-up
 * window, and its intersection with the patient's observation window its observation window
 * (episodes that do not overlap the observation window are left out). Supply from earlier episodes
 * does not carry in.
 *
 * @param events - medication events, in any order
 * @param options - see {@link ComputeCmaPerEpisodeOptions}
 * @returns one row per episode that overlaps the observation window
 *
 * @example
 * ```ts
 * import { computeCmaPerEpisode } from "treatment-quality";
 *
 * const events = [
 *   { patientId: "P1", date: "2020-01-01", duration: 30 },
 *   { patientId: "P1", date: "2020-01-31", duration: 30 },
 *   { patientId: "P1", date: "2020-06-01", duration: 30 },
 * ];
 * computeCmaPerEpisode(events, { method: "CMA7", followUpWindow: { start: "2020-01-01", durationDays: 365 }, observationWindow: { start: "2020-01-01", durationDays: 365 }, maximumPermissibleGapDays: 30 })
 *   .map((row) => [row.episode, row.value]);
 * // => [[1, 1], [2, 1]]
 * ```
 */
export function computeCmaPerEpisode<Source extends EventSource>(events: Source, options: ComputeCmaPerEpisodeOptions): ContinuityResult<Source, CmaPerEpisodeRow> {
  checkMethod(options.method);
  checkEpisodeOptions(options);
  const plan = planWindows(options.followUpWindow, options.observationWindow);
  const carryFree = CARRY_FREE.includes(options.method);
  // As AdhereR's CMA_per_episode: the CMA's own carry-over defaults (same medication and dose change off).
  const episodeOptions: ComputeTreatmentEpisodesOptions = {
    ...options,
    carryOver: !carryFree,
    carryOnlyForSameMedication: options.carryOnlyForSameMedication ?? false,
    considerDosageChange: options.considerDosageChange ?? false,
  };
  const carry = episodeCarry(episodeOptions);
  const empty = (patientId: string, issues: readonly Issue[]): CmaPerEpisodeRow => ({ patientId, episode: null, start: null, endExclusive: null, durationDays: null, episodeStart: null, episodeDurationDays: null, endGapDays: null, value: null, issues });
  const perPatient = (patient: PatientEvents): CmaPerEpisodeRow[] => {
    const { patientId } = patient;
    const windows = patientInWindows(patient, plan);
    if ("issues" in windows) return [empty(patientId, windows.issues)];
    const inFollowUp = windows.events;
    const episodes = episodesOf(inFollowUp, windows.followUp, episodeOptions, carry);
    const result = episodes.flatMap((episode, index): CmaPerEpisodeRow[] => {
      const episodeEnd = episode.start + episode.duration;
      const start = Math.max(episode.start, windows.observation.start);
      const end = Math.min(episodeEnd, windows.observation.end);
      if (end - start <= 0) return [];
      const episodeWindow = { start: episode.start, end: episodeEnd };
      const inEpisode = inFollowUp.filter((event) => event.day >= episodeWindow.start && event.day <= episodeWindow.end);
      const measured = cmaOf(options.method, inEpisode, episodeWindow, { start, end }, options);
      return [
        {
          patientId,
          episode: index + 1,
          start: dayNumberToIsoDate(Math.floor(start)),
          endExclusive: dayNumberToIsoDate(Math.floor(end)),
          durationDays: options.compat === "adherer-0.8.1" ? episode.duration : end - start,
          episodeStart: dayNumberToIsoDate(episode.start),
          episodeDurationDays: episode.duration,
          endGapDays: options.compat === "adherer-0.8.1" ? Math.floor(episode.endGap) : episode.endGap,
          value: measured.value,
          issues: measured.value === null ? [issue("invalid_value", [], measured.reason)] : [],
        },
      ];
    });
    return result.length > 0 ? result : [empty(patientId, [issue("invalid_value", [], "No treatment episode overlaps the observation window.")])];
  };
  return forEachPatient(events, perPatient, (unassigned) => empty("", unassigned)) as ContinuityResult<Source, CmaPerEpisodeRow>;
}
