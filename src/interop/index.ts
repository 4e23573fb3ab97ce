/**
 * Interoperability with FHIR R4 and DHIS2: vocabularies as CodeSystem and ValueSet, code maps as
 * ConceptMap, frameworks as Questionnaire and assessments as QuestionnaireResponse (and back, without
 * loss), indicators as Measure and their results as MeasureReport (and back) or as a DHIS2 data value
 * set, and FHIR dispenses, administrations, encounters, episodes of care, organizations and services
 * read into the library's records; with the library's own minimal FHIR R4 types.
 *
 * @module interop
 */
export type {
  FhirExtension,
  FhirCoding,
  FhirCodeableConcept,
  FhirIdentifier,
  FhirReference,
  FhirPeriod,
  FhirQuantity,
  FhirElement,
  FhirResource,
  FhirCanonicalResource,
  FhirCodeSystemConcept,
  FhirCodeSystem,
  FhirValueSet,
  FhirConceptMap,
  FhirAnswerOption,
  FhirQuestionnaireItem,
  FhirQuestionnaire,
  FhirQuestionnaireResponseItem,
  FhirQuestionnaireResponse,
  FhirExpression,
  FhirMeasure,
  FhirMeasureReportPopulation,
  FhirMeasureReport,
  FhirDosage,
  FhirMedicationDispense,
  FhirMedicationAdministration,
  FhirEncounter,
  FhirEpisodeOfCare,
  FhirAddress,
  FhirOrganization,
  FhirLocation,
  FhirHealthcareService,
  FhirBundle,
} from "./fhir-types.js";
export { FHIR_CANONICAL_BASE, type FhirExportOptions } from "./fhir-canonical.js";
export { fhirCodeSystemUrl, toFhirCodeSystem, toFhirValueSet } from "./code-system.js";
export { toFhirConceptMap } from "./concept-map.js";
export { type FhirQuestionnaireOptions, toFhirRatingScaleCodeSystem, toFhirQuestionnaire, fromFhirQuestionnaire } from "./questionnaire.js";
export { toFhirQuestionnaireResponse, type FhirQuestionnaireResponseOptions, fromFhirQuestionnaireResponse } from "./questionnaire-response.js";
export { toFhirMeasure, type FhirMeasureReportOptions, toFhirMeasureReport, fromFhirMeasureReport } from "./measure.js";
export { type Dhis2Mapping, type Dhis2DataValue, type Dhis2Export, toDhis2DataValueSet } from "./dhis2-data-value-set.js";
export { type FhirRecords, fromFhirResources } from "./fhir-records.js";
