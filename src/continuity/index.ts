/**
 * Continuity of treatment, per patient: the continuous measures of medication availability
 * CMA1-CMA9 as the R package AdhereR 0.8.1 defines them, over follow-up and observation windows, with
 * carry-over of supply; treatment episodes; per-episode and sliding-window CMAs and the explanation
 * behind each number; PDC and MPR; persistence; retention, Kaplan-Meier and cumulative incidence;
 * continuity of provider (COC, UPC, SECON, MMCI, HHI); follow-up after emergency visits and
 * discharges; and initiation and engagement after new episodes. Bad input is isolated to its own
 * patient; arrays, iterables and async iterables (grouped by patient) are accepted.
 *
 * @module continuity
 */
export { type ContinuityEvent, type EventSource, type ContinuityResult } from "./patient-events.js";
export { type FollowUpWindow, type ObservationWindow, type WindowDates } from "./windows.js";
export { CMA_METHODS, type CmaMethod, type ComputeCmaOptions, type CmaRow, computeCma } from "./cma.js";
export { type ComputeTreatmentEpisodesOptions, type TreatmentEpisodeRow, computeTreatmentEpisodes } from "./treatment-episodes.js";
export { type ComputeCmaPerEpisodeOptions, type CmaPerEpisodeRow, computeCmaPerEpisode } from "./cma-per-episode.js";
export { type ComputeCmaSlidingWindowOptions, type CmaSlidingWindowRow, computeCmaSlidingWindow } from "./cma-sliding-window.js";
export { type ExplainContinuityOptions, type ExplainedEvent, type CoverageSpan, type ContinuityExplanation, explainContinuity } from "./explain-continuity.js";
export {
  type PossessionOptions,
  type ProportionOfDaysCoveredOptions,
  type MedicationPossessionRatioOptions,
  type PossessionRow,
  type SpecialPeriod,
  computeProportionOfDaysCovered,
  computeMedicationPossessionRatio,
} from "./proportion-of-days-covered.js";
export { type MedicationGrouping } from "./medication-groups.js";
export { type SurvivalObservation, type KaplanMeierOptions, type SurvivalCurveRow, type SurvivalCurve, kaplanMeier } from "./kaplan-meier.js";
export { type CompetingRiskObservation, type CumulativeIncidenceOptions, type CauseIncidence, type CumulativeIncidenceRow, type CumulativeIncidenceCurve, cumulativeIncidence } from "./cumulative-incidence.js";
export { type TreatmentExit, type ComputeRetentionOptions, type RetentionOutcome, type RetentionRow, computeRetention, type RetentionAtOptions, type RetentionPoint, retentionAt, type RetentionHorizon, retentionStatusAt } from "./retention.js";
export { type Proportion, wilsonInterval } from "./wilson-interval.js";
export { type ProviderContact, type ContactSource, type ProviderContinuityOptions, type ProviderContinuityRow, computeProviderContinuity } from "./provider-continuity.js";
export { type FollowUpContact, type ComputeFollowUpOptions, type FollowUpWindowResult, type FollowUpRow, computeFollowUp } from "./follow-up.js";
export { type EpisodeAdmission, type InitiationOptions, type InitiationRow, computeInitiationAndEngagement } from "./initiation-engagement.js";
export { type ComputePersistenceOptions, type PersistenceRow, computePersistence } from "./persistence.js";
