/**
 * Interoperability with FHIR R4: vocabularies as CodeSystem and ValueSet, code maps as ConceptMap,
 * frameworks as Questionnaire and assessments as QuestionnaireResponse (and back, without loss),
 * with the library's own minimal FHIR R4 types.
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
} from "./fhir-types.js";
export { FHIR_CANONICAL_BASE, type FhirExportOptions } from "./fhir-canonical.js";
export { fhirCodeSystemUrl, toFhirCodeSystem, toFhirValueSet } from "./code-system.js";
export { toFhirConceptMap } from "./concept-map.js";
export { type FhirQuestionnaireOptions, toFhirQuestionnaire, fromFhirQuestionnaire } from "./questionnaire.js";
export { toFhirQuestionnaireResponse, fromFhirQuestionnaireResponse } from "./questionnaire-response.js";
