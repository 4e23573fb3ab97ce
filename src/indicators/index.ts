/**
 * Indicators of services and systems: disruption of services against a baseline, banded as the WHO
 * pulse surveys do, with the completeness of reporting behind each result; availability of services
 * period by period; indicators defined as data and computed from the engines, as integer counts that
 * merge exactly from facility to country; and small-cell suppression of tables before publication,
 * with an audit of what a reader could work out.
 *
 * @module indicators
 */
export { DISRUPTION_BANDS, type DisruptionBand, type DisruptionBounds, classifyDisruption } from "./classify-disruption.js";
export {
  type DisruptionDimension,
  type DisruptionBaseline,
  type ServiceDisruptionOptions,
  type ServiceDisruptionRow,
  type ReportingCompleteness,
  type ServiceDisruptionReport,
  computeServiceDisruption,
} from "./service-disruption.js";
export { type ReportingCell } from "./volume-cells.js";
export { type ServiceAvailabilityOptions, type ServiceAvailabilityRow, type ServiceAvailabilityReport, computeServiceAvailability } from "./service-availability.js";
export { type CountTable, type SuppressionOptions, type SuppressedEntry, type PublishedTable, suppressSmallCells } from "./suppress-small-cells.js";
export { type DisclosureInterval, disclosureIntervals } from "./disclosure-intervals.js";
export {
  type IndicatorCell,
  type IndicatorResult,
  mergeIndicatorResults,
  rollUpIndicatorResult,
  type IndicatorProportion,
  indicatorProportions,
  indicatorSurvival,
  type IndicatorCountTableOptions,
  indicatorCountTable,
} from "./indicator-result.js";
export {
  type IndicatorDimension,
  INDICATOR_DIMENSIONS,
  type IndicatorMeasure,
  indicatorSubject,
  type IndicatorDefinition,
  type IndicatorPatient,
  type IndicatorData,
  type ComputeIndicatorOptions,
  type IndicatorComputation,
} from "./indicator-definition.js";
export { computeIndicator, computeIndicatorOverPeriods } from "./compute-indicator.js";
export { BUILT_IN_INDICATORS } from "./built-in-indicators.js";
