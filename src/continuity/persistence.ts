/** Persistence: continuous treatment for at least N days from treatment start, without a gap longer than G days. */
import { issue, type Issue } from "../_lib/issue.js";
import { daysOption } from "../_lib/period-option.js";
import { dayNumberToIsoDate, type IsoDate } from "../days/index.js";
import { medicationGrouper, type MedicationGrouping } from "./medication-groups.js";
import { forEachPatient, type ContinuityResult, type EventSource, type PatientEvents } from "./patient-events.js";
import { episodeCarry, episodesOf, type ComputeTreatmentEpisodesOptions } from "./treatment-episodes.js";
import { planWindows, patientInWindows, type FollowUpWindow } from "./windows.js";

/**
 * Options of {@link computePersistence}.
 *
 * @example
 * ```ts
 * import type { ComputePersistenceOptions } from "treatment-quality";
 *
 * // NQF 3175: at least 180 days of continuous pharmacotherapy, no gap longer than 7 days.
 * const nqf3175: ComputePersistenceOptions = { followUpWindow: { start: "2020-01-01", durationDays: 548 }, minimumDays: 180, maximumGapDays: 7 };
 * ```
 */
export interface ComputePersistenceOptions {
  /** Events count from the first one inside this window (the index event, treatment start). */
  readonly followUpWindow: FollowUpWindow;
  /** Days of continuous treatment required from the index event. */
  readonly minimumDays: number;
  /** The longest gap in supply that does not break treatment (a longer one does). */
  readonly maximumGapDays: number;
  /** A change of medication breaks persistence (default false: a switch from methadone to buprenorphine continues treatment). */
  readonly medicationChangeBreaksPersistence?: boolean;
  /** Group medications before they are compared (see {@link MedicationGrouping}): with `"atc-class"`, only a change of class breaks persistence. */
  readonly groupMedications?: MedicationGrouping;
  /** Supply left over carries only to the same medication (default false). */
  readonly carryOnlyForSameMedication?: boolean;
  /** Supply left over is rescaled at a change of dose (default false). */
  readonly considerDosageChange?: boolean;
}

/**
 * One patient's persistence: `value` is true when treatment lasted `minimumDays` from the index
 * event without a longer gap, false when a gap broke it sooner (`breakingGap` says when and how
 * long), and null when the follow-up ends too early to tell (or the input was invalid).
 *
 * @example
 * ```ts
 * import type { PersistenceRow } from "treatment-quality";
 *
 * const broken: PersistenceRow = { patientId: "P1", value: false, issues: [], indexDate: "2020-01-01", indexEventIndex: 0, continuousDays: 60, breakingGap: { start: "2020-03-01", days: 92 } };
 * ```
 */
export interface PersistenceRow {
  readonly patientId: string;
  readonly value: boolean | null;
  readonly issues: readonly Issue[];
  /** The index event (treatment start): its date and 0-based input position. */
  readonly indexDate: IsoDate | null;
  readonly indexEventIndex: number | null;
  /** Days of continuous treatment from the index event (to the follow-up end, if no gap broke it). */
  readonly continuousDays: number | null;
  /** The first gap longer than `maximumGapDays`: the first day without supply and its length. */
  readonly breakingGap: { readonly start: IsoDate; readonly days: number } | null;
}

/**
 * Whether each patient stayed in treatment for at least `minimumDays` from the first event in the
 * follow-up window without a gap in supply longer than `maximumGapDays` (POD or NQF 3175 style, for
 * example 180 days and 7). Built on the treatment-episode engine: persistence is the first episode
 * lasting `minimumDays`; a change of medication breaks it only when asked.
 *
 * @param events - medication events (an array, or a stream grouped by patient)
 * @param options - see {@link ComputePersistenceOptions}
 * @returns one row per patient
 *
 * @example
 * ```ts
 * import { computePersistence } from "treatment-quality";
 *
 * const fills = [
 *   { patientId: "P1", date: "2020-01-01", duration: 30 },
 *   { patientId: "P1", date: "2020-02-05", duration: 30 }, // 5 days late: not a break
 *   { patientId: "P1", date: "2020-03-20", duration: 30 }, // 14 days late: a break
 * ];
 * const [row] = computePersistence(fills, { followUpWindow: { start: "2020-01-01", durationDays: 365 }, minimumDays: 90, maximumGapDays: 7 });
 * row?.value; // => false
 * row?.breakingGap; // => { start: "2020-03-06", days: 14 }
 * ```
 */
export function computePersistence<Source extends EventSource>(events: Source, options: ComputePersistenceOptions): ContinuityResult<Source, PersistenceRow> {
  for (const name of ["minimumDays", "maximumGapDays"] as const) daysOption(name, options[name]);
  const plan = planWindows(options.followUpWindow);
  const episodeOptions: ComputeTreatmentEpisodesOptions = {
    followUpWindow: options.followUpWindow,
    maximumPermissibleGapDays: options.maximumGapDays,
    medicationChangeStartsNewEpisode: options.medicationChangeBreaksPersistence ?? false,
    carryOnlyForSameMedication: options.carryOnlyForSameMedication ?? false,
    considerDosageChange: options.considerDosageChange ?? false,
  };
  const empty = (patientId: string, issues: readonly Issue[]): PersistenceRow => ({ patientId, value: null, issues, indexDate: null, indexEventIndex: null, continuousDays: null, breakingGap: null });
  const regroup = medicationGrouper(options.groupMedications);
  const perPatient = (patient: PatientEvents): PersistenceRow[] => {
    const { patientId } = patient;
    const windows = patientInWindows(regroup(patient), plan);
    if ("issues" in windows) return [empty(patientId, windows.issues)];
    const [first, second] = episodesOf(windows.events, windows.followUp, episodeOptions, episodeCarry(episodeOptions));
    if (first === undefined) return [empty(patientId, [issue("invalid_value", [], "The patient has no event in the follow-up window, so no treatment start.")])];
    const index = first.events[0]!;
    const base = { patientId, issues: [], indexDate: index.date, indexEventIndex: index.index, continuousDays: first.duration };
    const brokenByGap = first.endGap > options.maximumGapDays;
    const brokenByChange = !brokenByGap && second !== undefined;
    if (first.duration >= options.minimumDays) return [{ ...base, value: true, breakingGap: null }];
    if (brokenByGap || brokenByChange) {
      return [{ ...base, value: false, breakingGap: brokenByGap ? { start: dayNumberToIsoDate(Math.floor(first.start + first.duration)), days: first.endGap } : null }];
    }
    return [{ ...base, value: null, breakingGap: null, issues: [issue("invalid_value", [], `The follow-up window ends ${first.duration} days after treatment start, before the ${options.minimumDays} days persistence needs.`)] }];
  };
  return forEachPatient(events, perPatient, (unassigned) => empty("", unassigned)) as ContinuityResult<Source, PersistenceRow>;
}
