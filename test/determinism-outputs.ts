/** Every engine's output on the sample registry, by name, for the determinism test (and its fingerprints). */
import { createHash } from "node:crypto";
import {
  BUILT_IN_INDICATORS,
  CODE_MAPS,
  computeCma,
  computeFollowUp,
  computeIndicator,
  computeInitiationAndEngagement,
  computeMedicationPossessionRatio,
  computePersistence,
  computeProportionOfDaysCovered,
  computeProviderContinuity,
  computeRetention,
  computeServiceAvailability,
  computeServiceDisruption,
  computeTreatmentEpisodes,
  cumulativeIncidence,
  explainContinuity,
  illustrativeNationalStandard,
  kaplanMeier,
  retentionAt,
  scoreAssessment,
  suppressSmallCells,
  indicatorCountTable,
  toDhis2DataValueSet,
  toFhirCodeSystem,
  toFhirConceptMap,
  toFhirMeasureReport,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
  VOCABULARIES,
} from "../src/index.js";
import { generateSampleRegistry } from "../src/sample/index.js";

export function determinismOutputs(): Record<string, unknown> {
  const registry = generateSampleRegistry({ seed: 11, patients: 150 });
  const { events, contacts, facilities, volumes, services, scenario } = registry;
  const year = { start: "2020-01-01", end: "2020-12-31" };
  const window = { followUpWindow: { start: "2019-01-01", durationDays: 1095 }, observationWindow: { start: "2019-01-01", durationDays: 1095 } };
  const retention = computeRetention(events, { dataEnd: "2021-12-31", maximumGapDays: 7, exits: registry.exits, deaths: "competing" });
  const reports = registry.assessments.map((assessment) => scoreAssessment(illustrativeNationalStandard, assessment));
  const takeHome = computeIndicator({ ...BUILT_IN_INDICATORS.find((indicator) => indicator.id === "oat-take-home")!, disaggregations: ["region", "sex"] }, registry, { period: scenario.disruption }).result;
  return {
    sample: registry,
    cma: ["CMA1", "CMA2", "CMA3", "CMA4", "CMA5", "CMA6", "CMA7", "CMA8", "CMA9"].map((method) => computeCma(events, { method: method as "CMA7", ...window })),
    episodes: computeTreatmentEpisodes(events, { followUpWindow: window.followUpWindow, maximumPermissibleGapDays: 14 }),
    explain: explainContinuity(events.slice(0, 2000), { method: "CMA7", ...window, maximumPermissibleGapDays: 14 }),
    pdc: computeProportionOfDaysCovered(events, { period: year }),
    mpr: computeMedicationPossessionRatio(events, { period: year }),
    persistence: computePersistence(events, { followUpWindow: window.followUpWindow, minimumDays: 180, maximumGapDays: 7 }),
    retention,
    retentionAt: retentionAt(retention, { days: [90, 180, 365] }),
    kaplanMeier: kaplanMeier(retention.flatMap((row) => (row.time === null ? [] : [{ time: row.time, event: row.event === true, group: row.entryMedication ?? "none" }]))),
    cumulativeIncidence: cumulativeIncidence(retention.flatMap((row) => (row.time === null ? [] : [{ time: row.time, cause: row.outcome === "discontinued" ? "discontinued" : row.outcome === "death" ? "death" : null }]))),
    providerContinuity: computeProviderContinuity(contacts, { period: year }),
    followUp: computeFollowUp(contacts, { withinDays: [7, 30], period: year, dataEnd: "2021-12-31" }),
    initiation: computeInitiationAndEngagement(registry.episodes, contacts, { lookBackDays: 60, period: year, dataEnd: "2021-12-31" }),
    disruption: computeServiceDisruption(volumes, facilities, { period: { start: "2020-04-01", end: "2020-06-30" }, baseline: { years: [2019] }, by: ["region"] }),
    availability: computeServiceAvailability(services, facilities, volumes.filter((volume) => volume.unit === "patients"), { periods: { during: scenario.disruption } }),
    indicators: BUILT_IN_INDICATORS.map((definition) => computeIndicator(definition, { ...registry, assessmentReports: reports.map((report, index) => ({ facilityId: registry.assessments[index]!.facilityId, report })) }, { period: year, dataEnd: "2021-12-31" })),
    suppression: suppressSmallCells(indicatorCountTable(takeHome, { rows: "region", columns: "sex" })),
    scores: reports,
    fhir: [toFhirQuestionnaire(illustrativeNationalStandard), toFhirQuestionnaireResponse(registry.assessments[1]!, illustrativeNationalStandard), toFhirMeasureReport(takeHome), ...VOCABULARIES.map((vocabulary) => toFhirCodeSystem(vocabulary, { version: "determinism" })), ...CODE_MAPS.map((map) => toFhirConceptMap(map, { version: "determinism" }))],
    dhis2: toDhis2DataValueSet(takeHome, { dataElements: { numerator: "DE1", denominator: "DE2" }, orgUnit: { dimension: "region", units: Object.fromEntries(registry.regions.map((region) => [region, `OU-${region}`])) }, categoryOptionCombos: { female: "F", male: "M" } }),
  };
}

/** The first 16 hex digits of the SHA-256 of each output's JSON. */
export function fingerprints(outputs: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(outputs).map(([name, value]) => [name, createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16)]));
}
