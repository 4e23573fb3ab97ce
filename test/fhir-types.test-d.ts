/**
 * Cross-check of our own minimal FHIR R4 types against DefinitelyTyped's full R4 types
 * (`@types/fhir`, a dev dependency only): what we write is assignable to the R4 resource, and the
 * R4 resources we read are assignable to what our readers take, so our declarations cannot drift
 * from R4. A mismatch is a type error in the typecheck step.
 */
/// <reference types="fhir" />
import { expect, test } from "vitest";
import type {
  FhirBundle,
  FhirCodeSystem,
  FhirConceptMap,
  FhirEncounter,
  FhirEpisodeOfCare,
  FhirHealthcareService,
  FhirLocation,
  FhirMeasure,
  FhirMeasureReport,
  FhirMedicationAdministration,
  FhirMedicationDispense,
  FhirOrganization,
  FhirQuestionnaire,
  FhirQuestionnaireResponse,
  FhirValueSet,
} from "../src/index.js";

/** `true` when A is assignable to B. */
type Assignable<A, B> = [A] extends [B] ? true : false;

test("the resources we write are R4 resources", () => {
  const written: [
    Assignable<FhirCodeSystem, fhir4.CodeSystem>,
    Assignable<FhirValueSet, fhir4.ValueSet>,
    Assignable<FhirConceptMap, fhir4.ConceptMap>,
    Assignable<FhirQuestionnaire, fhir4.Questionnaire>,
    Assignable<FhirQuestionnaireResponse, fhir4.QuestionnaireResponse>,
    Assignable<FhirMeasure, fhir4.Measure>,
    Assignable<FhirMeasureReport, fhir4.MeasureReport>,
  ] = [true, true, true, true, true, true, true];
  expect(written.every(Boolean)).toBe(true);
});

test("the R4 resources we read fit our readers", () => {
  const read: [
    Assignable<fhir4.MedicationDispense, FhirMedicationDispense>,
    Assignable<fhir4.MedicationAdministration, FhirMedicationAdministration>,
    Assignable<fhir4.Encounter, FhirEncounter>,
    Assignable<fhir4.EpisodeOfCare, FhirEpisodeOfCare>,
    Assignable<fhir4.Organization, FhirOrganization>,
    Assignable<fhir4.Location, FhirLocation>,
    Assignable<fhir4.HealthcareService, FhirHealthcareService>,
    Assignable<fhir4.Bundle, FhirBundle>,
  ] = [true, true, true, true, true, true, true, true];
  expect(read.every(Boolean)).toBe(true);
});
