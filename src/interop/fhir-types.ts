/**
 * The FHIR R4 (4.0.1) types this library reads and writes: only the elements it uses, so its
 * declarations do not depend on a FHIR type package. Field names and cardinalities follow the R4
 * specification. The tests check every resource we write with an independent R4 validator and
 * cross-check these types against DefinitelyTyped's R4 types.
 */

/**
 * An extension: a URL naming it and one value (or nested extensions).
 *
 * @example
 * ```ts
 * import type { FhirExtension } from "treatment-quality";
 *
 * const weight: FhirExtension = { url: "https://example.org/fhir/StructureDefinition/weight", valueDecimal: 2 };
 * ```
 */
export interface FhirExtension {
  url: string;
  valueString?: string | undefined;
  valueCode?: string | undefined;
  valueBoolean?: boolean | undefined;
  valueDecimal?: number | undefined;
  valueInteger?: number | undefined;
  valueUri?: string | undefined;
  valueCanonical?: string | undefined;
  valueDate?: string | undefined;
  valueCoding?: FhirCoding | undefined;
  valueCodeableConcept?: FhirCodeableConcept | undefined;
  valuePeriod?: FhirPeriod | undefined;
  extension?: FhirExtension[] | undefined;
}

/**
 * A code in a code system.
 *
 * @example
 * ```ts
 * import type { FhirCoding } from "treatment-quality";
 *
 * const methadone: FhirCoding = { system: "http://www.whocc.no/atc", code: "N07BC02", display: "methadone" };
 * ```
 */
export interface FhirCoding {
  system?: string | undefined;
  version?: string | undefined;
  code?: string | undefined;
  display?: string | undefined;
  _display?: FhirElement | undefined;
}

/**
 * A concept as codings and text.
 *
 * @example
 * ```ts
 * import type { FhirCodeableConcept } from "treatment-quality";
 *
 * const concept: FhirCodeableConcept = { coding: [{ system: "http://www.whocc.no/atc", code: "N07BC02" }], text: "Methadone" };
 * ```
 */
export interface FhirCodeableConcept {
  coding?: FhirCoding[] | undefined;
  text?: string | undefined;
}

/**
 * An identifier of a thing in a namespace.
 *
 * @example
 * ```ts
 * import type { FhirIdentifier } from "treatment-quality";
 *
 * const id: FhirIdentifier = { system: "urn:ietf:rfc:3986", value: "urn:uuid:8f0e2c9a-1b7e-4a8e-9a36-2f6d0c1e5b11" };
 * ```
 */
export interface FhirIdentifier {
  system?: string | undefined;
  value?: string | undefined;
}

/**
 * A reference to another resource, by literal reference or by identifier.
 *
 * @example
 * ```ts
 * import type { FhirReference } from "treatment-quality";
 *
 * const facility: FhirReference = { identifier: { system: "https://example.org/facilities", value: "UZ-TAS-01" }, display: "City narcology dispensary" };
 * ```
 */
export interface FhirReference {
  reference?: string | undefined;
  type?: string | undefined;
  identifier?: FhirIdentifier | undefined;
  display?: string | undefined;
}

/**
 * A period of time; dates may be `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import type { FhirPeriod } from "treatment-quality";
 *
 * const year: FhirPeriod = { start: "2020-01-01", end: "2020-12-31" };
 * ```
 */
export interface FhirPeriod {
  start?: string | undefined;
  end?: string | undefined;
}

/**
 * A measured amount.
 *
 * @example
 * ```ts
 * import type { FhirQuantity } from "treatment-quality";
 *
 * const supply: FhirQuantity = { value: 14, unit: "days", system: "http://unitsofmeasure.org", code: "d" };
 * ```
 */
export interface FhirQuantity {
  value?: number | undefined;
  unit?: string | undefined;
  system?: string | undefined;
  code?: string | undefined;
}

/**
 * The primitive extension element of a string (`_title`, `_display`, `_text`): how translations travel.
 *
 * @example
 * ```ts
 * import type { FhirElement } from "treatment-quality";
 *
 * const russian: FhirElement = { extension: [{ url: "http://hl7.org/fhir/StructureDefinition/translation", extension: [{ url: "lang", valueCode: "ru" }, { url: "content", valueString: "Выполнено" }] }] };
 * ```
 */
export interface FhirElement {
  extension?: FhirExtension[] | undefined;
}

/**
 * What every resource has.
 *
 * @example
 * ```ts
 * import type { FhirResource } from "treatment-quality";
 *
 * const resource: FhirResource = { resourceType: "Organization", id: "UZ-TAS-01" };
 * ```
 */
export interface FhirResource {
  resourceType: string;
  id?: string | undefined;
  meta?: { profile?: string[] | undefined; tag?: FhirCoding[] | undefined } | undefined;
  language?: string | undefined;
  extension?: FhirExtension[] | undefined;
}

/**
 * The metadata of a conformance resource (CodeSystem, ValueSet, ConceptMap, Questionnaire, Measure).
 *
 * @example
 * ```ts
 * import type { FhirCanonicalResource } from "treatment-quality";
 *
 * const head: FhirCanonicalResource = { resourceType: "CodeSystem", url: "https://example.org/fhir/CodeSystem/modality", version: "0.1.0", status: "active" };
 * ```
 */
export interface FhirCanonicalResource extends FhirResource {
  url?: string | undefined;
  version?: string | undefined;
  name?: string | undefined;
  title?: string | undefined;
  _title?: FhirElement | undefined;
  status: "draft" | "active" | "retired" | "unknown";
  experimental?: boolean | undefined;
  date?: string | undefined;
  publisher?: string | undefined;
  description?: string | undefined;
  copyright?: string | undefined;
}

/**
 * One concept of a code system, with its designations in other languages.
 *
 * @example
 * ```ts
 * import type { FhirCodeSystemConcept } from "treatment-quality";
 *
 * const concept: FhirCodeSystemConcept = { code: "outpatient", display: "Outpatient treatment", designation: [{ language: "ru", value: "Амбулаторное лечение" }] };
 * ```
 */
export interface FhirCodeSystemConcept {
  code: string;
  display?: string | undefined;
  definition?: string | undefined;
  designation?: { language?: string | undefined; use?: FhirCoding | undefined; value: string }[] | undefined;
  property?: { code: string; valueCode?: string | undefined; valueBoolean?: boolean | undefined; valueString?: string | undefined; valueDecimal?: number | undefined }[] | undefined;
  concept?: FhirCodeSystemConcept[] | undefined;
}

/**
 * A code system (R4 `CodeSystem`).
 *
 * @example
 * ```ts
 * import type { FhirCodeSystem } from "treatment-quality";
 *
 * const system: FhirCodeSystem = { resourceType: "CodeSystem", status: "active", content: "complete", concept: [{ code: "a" }] };
 * ```
 */
export interface FhirCodeSystem extends FhirCanonicalResource {
  resourceType: "CodeSystem";
  caseSensitive?: boolean | undefined;
  valueSet?: string | undefined;
  supplements?: string | undefined;
  hierarchyMeaning?: "grouped-by" | "is-a" | "part-of" | "classified-with" | undefined;
  content: "not-present" | "example" | "fragment" | "complete" | "supplement";
  count?: number | undefined;
  property?: { code: string; uri?: string | undefined; description?: string | undefined; type: "code" | "Coding" | "string" | "integer" | "boolean" | "dateTime" | "decimal" }[] | undefined;
  concept?: FhirCodeSystemConcept[] | undefined;
}

/**
 * A value set (R4 `ValueSet`), by inclusion of code systems.
 *
 * @example
 * ```ts
 * import type { FhirValueSet } from "treatment-quality";
 *
 * const all: FhirValueSet = { resourceType: "ValueSet", status: "active", compose: { include: [{ system: "https://example.org/fhir/CodeSystem/modality" }] } };
 * ```
 */
export interface FhirValueSet extends FhirCanonicalResource {
  resourceType: "ValueSet";
  compose?: { include: { system?: string | undefined; version?: string | undefined; concept?: { code: string; display?: string | undefined }[] }[] } | undefined;
}

/**
 * A concept map (R4 `ConceptMap`): groups of source codes with their targets and equivalences.
 *
 * @example
 * ```ts
 * import type { FhirConceptMap } from "treatment-quality";
 *
 * const map: FhirConceptMap = { resourceType: "ConceptMap", status: "draft", group: [{ source: "http://hl7.org/fhir/sid/icd-10", target: "http://id.who.int/icd/release/11/mms", element: [{ code: "F11.2", target: [{ code: "6C43.2", equivalence: "equivalent" }] }] }] };
 * ```
 */
export interface FhirConceptMap extends FhirCanonicalResource {
  resourceType: "ConceptMap";
  sourceUri?: string | undefined;
  targetUri?: string | undefined;
  group?: {
    source?: string | undefined;
    target?: string | undefined;
    element: { code?: string | undefined; display?: string | undefined; target?: { code?: string | undefined; display?: string | undefined; equivalence: "relatedto" | "equivalent" | "equal" | "wider" | "subsumes" | "narrower" | "specializes" | "inexact" | "unmatched" | "disjoint"; comment?: string | undefined }[] | undefined }[];
  }[] | undefined;
}

/**
 * An answer option of a Questionnaire item.
 *
 * @example
 * ```ts
 * import type { FhirAnswerOption } from "treatment-quality";
 *
 * const met: FhirAnswerOption = { valueCoding: { system: "https://example.org/fhir/CodeSystem/scale", code: "MET", display: "Met" } };
 * ```
 */
export interface FhirAnswerOption {
  valueCoding?: FhirCoding | undefined;
  valueString?: string | undefined;
  valueInteger?: number | undefined;
  extension?: FhirExtension[] | undefined;
}

/**
 * An item of a Questionnaire: a group, a question or a display text, with its children.
 *
 * @example
 * ```ts
 * import type { FhirQuestionnaireItem } from "treatment-quality";
 *
 * const item: FhirQuestionnaireItem = { linkId: "1.1", prefix: "1.1", text: "Consent is recorded", type: "choice" };
 * ```
 */
export interface FhirQuestionnaireItem {
  linkId: string;
  prefix?: string | undefined;
  text?: string | undefined;
  _text?: FhirElement | undefined;
  type: "group" | "display" | "boolean" | "decimal" | "integer" | "date" | "dateTime" | "time" | "string" | "text" | "url" | "choice" | "open-choice" | "attachment" | "reference" | "quantity";
  required?: boolean | undefined;
  repeats?: boolean | undefined;
  answerOption?: FhirAnswerOption[] | undefined;
  extension?: FhirExtension[] | undefined;
  item?: FhirQuestionnaireItem[] | undefined;
}

/**
 * A questionnaire (R4 `Questionnaire`).
 *
 * @example
 * ```ts
 * import type { FhirQuestionnaire } from "treatment-quality";
 *
 * const form: FhirQuestionnaire = { resourceType: "Questionnaire", status: "active", item: [{ linkId: "1", text: "Consent is recorded", type: "choice" }] };
 * ```
 */
export interface FhirQuestionnaire extends FhirCanonicalResource {
  resourceType: "Questionnaire";
  subjectType?: ("Organization" | "Patient" | "Practitioner" | "Location" | "HealthcareService")[] | undefined;
  item?: FhirQuestionnaireItem[] | undefined;
}

/**
 * An item of a QuestionnaireResponse: the answers to one question, or a group of items.
 *
 * @example
 * ```ts
 * import type { FhirQuestionnaireResponseItem } from "treatment-quality";
 *
 * const answer: FhirQuestionnaireResponseItem = { linkId: "1.1", answer: [{ valueCoding: { code: "MET" } }] };
 * ```
 */
export interface FhirQuestionnaireResponseItem {
  linkId: string;
  text?: string | undefined;
  answer?: { valueCoding?: FhirCoding | undefined; valueString?: string | undefined; valueBoolean?: boolean | undefined; valueInteger?: number | undefined; valueDecimal?: number | undefined; item?: FhirQuestionnaireResponseItem[] | undefined }[] | undefined;
  extension?: FhirExtension[] | undefined;
  item?: FhirQuestionnaireResponseItem[] | undefined;
}

/**
 * A questionnaire response (R4 `QuestionnaireResponse`).
 *
 * @example
 * ```ts
 * import type { FhirQuestionnaireResponse } from "treatment-quality";
 *
 * const response: FhirQuestionnaireResponse = { resourceType: "QuestionnaireResponse", status: "completed", item: [{ linkId: "1.1", answer: [{ valueCoding: { code: "MET" } }] }] };
 * ```
 */
export interface FhirQuestionnaireResponse extends FhirResource {
  resourceType: "QuestionnaireResponse";
  identifier?: FhirIdentifier | undefined;
  questionnaire?: string | undefined;
  status: "in-progress" | "completed" | "amended" | "entered-in-error" | "stopped";
  subject?: FhirReference | undefined;
  authored?: string | undefined;
  author?: FhirReference | undefined;
  item?: FhirQuestionnaireResponseItem[] | undefined;
}

/**
 * A population criterion or stratifier of a Measure, as an R4 `Expression`.
 *
 * @example
 * ```ts
 * import type { FhirExpression } from "treatment-quality";
 *
 * const criteria: FhirExpression = { language: "text/plain", expression: "Patients entering OAT in the period" };
 * ```
 */
export interface FhirExpression {
  language: string;
  expression?: string | undefined;
  description?: string | undefined;
}

/**
 * A quality measure (R4 `Measure`): what is counted in which population, and the stratifiers.
 *
 * @example
 * ```ts
 * import type { FhirMeasure } from "treatment-quality";
 *
 * const measure: FhirMeasure = { resourceType: "Measure", status: "active", scoring: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/measure-scoring", code: "proportion" }] } };
 * ```
 */
export interface FhirMeasure extends FhirCanonicalResource {
  resourceType: "Measure";
  subjectCodeableConcept?: FhirCodeableConcept | undefined;
  scoring?: FhirCodeableConcept | undefined;
  type?: FhirCodeableConcept[] | undefined;
  improvementNotation?: FhirCodeableConcept | undefined;
  group?: {
    description?: string | undefined;
    population?: { code?: FhirCodeableConcept | undefined; description?: string | undefined; criteria: FhirExpression }[] | undefined;
    stratifier?:
      | {
          code?: FhirCodeableConcept | undefined;
          description?: string | undefined;
          criteria?: FhirExpression | undefined;
          component?: { code?: FhirCodeableConcept | undefined; description?: string | undefined; criteria: FhirExpression }[] | undefined;
        }[]
      | undefined;
  }[] | undefined;
}

/**
 * The counts of one population in a MeasureReport group or stratum.
 *
 * @example
 * ```ts
 * import type { FhirMeasureReportPopulation } from "treatment-quality";
 *
 * const numerator: FhirMeasureReportPopulation = { code: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/measure-population", code: "numerator" }] }, count: 42 };
 * ```
 */
export interface FhirMeasureReportPopulation {
  code?: FhirCodeableConcept | undefined;
  count?: number | undefined;
}

/**
 * A measure report (R4 `MeasureReport`) of type `summary`: populations, score and strata.
 *
 * @example
 * ```ts
 * import type { FhirMeasureReport } from "treatment-quality";
 *
 * const report: FhirMeasureReport = { resourceType: "MeasureReport", status: "complete", type: "summary", measure: "https://example.org/fhir/Measure/oat-pdc-80", period: { start: "2020-01-01", end: "2020-12-31" } };
 * ```
 */
export interface FhirMeasureReport extends FhirResource {
  resourceType: "MeasureReport";
  status: "complete" | "pending" | "error";
  type: "individual" | "subject-list" | "summary" | "data-collection";
  measure: string;
  date?: string | undefined;
  reporter?: FhirReference | undefined;
  period: FhirPeriod;
  group?: {
    population?: FhirMeasureReportPopulation[] | undefined;
    measureScore?: FhirQuantity | undefined;
    stratifier?: {
      code?: FhirCodeableConcept[] | undefined;
      stratum?: {
        value?: FhirCodeableConcept | undefined;
        component?: { code: FhirCodeableConcept; value: FhirCodeableConcept }[] | undefined;
        population?: FhirMeasureReportPopulation[] | undefined;
        measureScore?: FhirQuantity | undefined;
        extension?: FhirExtension[] | undefined;
      }[] | undefined;
    }[] | undefined;
  }[] | undefined;
}

/**
 * A dosage (R4 `Dosage`): the dose and how often.
 *
 * @example
 * ```ts
 * import type { FhirDosage } from "treatment-quality";
 *
 * const daily: FhirDosage = { timing: { repeat: { frequency: 1, period: 1, periodUnit: "d" } }, doseAndRate: [{ doseQuantity: { value: 80, unit: "mg" } }] };
 * ```
 */
export interface FhirDosage {
  text?: string | undefined;
  timing?: { repeat?: { frequency?: number | undefined; period?: number | undefined; periodUnit?: string | undefined } | undefined } | undefined;
  doseAndRate?: { doseQuantity?: FhirQuantity | undefined }[] | undefined;
}

/**
 * A dispense of a medication (R4 `MedicationDispense`).
 *
 * @example
 * ```ts
 * import type { FhirMedicationDispense } from "treatment-quality";
 *
 * const dispense: FhirMedicationDispense = { resourceType: "MedicationDispense", status: "completed", subject: { reference: "Patient/P-0001" }, medicationCodeableConcept: { coding: [{ system: "http://www.whocc.no/atc", code: "N07BC02" }] }, whenHandedOver: "2020-04-01", daysSupply: { value: 14, unit: "d" } };
 * ```
 */
export interface FhirMedicationDispense extends FhirResource {
  resourceType: "MedicationDispense";
  status: string;
  medicationCodeableConcept?: FhirCodeableConcept | undefined;
  medicationReference?: FhirReference | undefined;
  subject?: FhirReference | undefined;
  performer?: { actor: FhirReference }[] | undefined;
  location?: FhirReference | undefined;
  type?: FhirCodeableConcept | undefined;
  quantity?: FhirQuantity | undefined;
  daysSupply?: FhirQuantity | undefined;
  whenPrepared?: string | undefined;
  whenHandedOver?: string | undefined;
  dosageInstruction?: FhirDosage[] | undefined;
}

/**
 * An administration of a medication, such as an observed OAT dose (R4 `MedicationAdministration`).
 *
 * @example
 * ```ts
 * import type { FhirMedicationAdministration } from "treatment-quality";
 *
 * const observed: FhirMedicationAdministration = { resourceType: "MedicationAdministration", status: "completed", subject: { reference: "Patient/P-0001" }, medicationCodeableConcept: { coding: [{ system: "http://www.whocc.no/atc", code: "N07BC02" }] }, effectiveDateTime: "2020-04-01T09:30:00+05:00", dosage: { dose: { value: 80, unit: "mg" } } };
 * ```
 */
export interface FhirMedicationAdministration extends FhirResource {
  resourceType: "MedicationAdministration";
  status: string;
  medicationCodeableConcept?: FhirCodeableConcept | undefined;
  medicationReference?: FhirReference | undefined;
  subject: FhirReference;
  performer?: { actor: FhirReference }[] | undefined;
  effectiveDateTime?: string | undefined;
  effectivePeriod?: FhirPeriod | undefined;
  context?: FhirReference | undefined;
  dosage?: { dose?: FhirQuantity | undefined } | undefined;
}

/**
 * An encounter (R4 `Encounter`): a contact between a patient and providers.
 *
 * @example
 * ```ts
 * import type { FhirEncounter } from "treatment-quality";
 *
 * const visit: FhirEncounter = { resourceType: "Encounter", status: "finished", class: { system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "VR" }, subject: { reference: "Patient/P-0001" }, period: { start: "2020-04-03" } };
 * ```
 */
export interface FhirEncounter extends FhirResource {
  resourceType: "Encounter";
  status: string;
  class: FhirCoding;
  type?: FhirCodeableConcept[] | undefined;
  subject?: FhirReference | undefined;
  participant?: { individual?: FhirReference | undefined }[] | undefined;
  period?: FhirPeriod | undefined;
  serviceProvider?: FhirReference | undefined;
  location?: { location: FhirReference }[] | undefined;
}

/**
 * An episode of care (R4 `EpisodeOfCare`): a treatment episode at an organization.
 *
 * @example
 * ```ts
 * import type { FhirEpisodeOfCare } from "treatment-quality";
 *
 * const episode: FhirEpisodeOfCare = { resourceType: "EpisodeOfCare", id: "E-1", status: "active", patient: { reference: "Patient/P-0001" }, managingOrganization: { reference: "Organization/UZ-TAS-01" }, period: { start: "2020-01-15" } };
 * ```
 */
export interface FhirEpisodeOfCare extends FhirResource {
  resourceType: "EpisodeOfCare";
  status: string;
  type?: FhirCodeableConcept[] | undefined;
  patient: FhirReference;
  managingOrganization?: FhirReference | undefined;
  period?: FhirPeriod | undefined;
}

/**
 * An address (R4 `Address`), for an organization's region.
 *
 * @example
 * ```ts
 * import type { FhirAddress } from "treatment-quality";
 *
 * const address: FhirAddress = { district: "Yunusobod", state: "Tashkent", country: "UZ" };
 * ```
 */
export interface FhirAddress {
  city?: string | undefined;
  district?: string | undefined;
  state?: string | undefined;
  country?: string | undefined;
}

/**
 * An organization (R4 `Organization`): a facility.
 *
 * @example
 * ```ts
 * import type { FhirOrganization } from "treatment-quality";
 *
 * const facility: FhirOrganization = { resourceType: "Organization", id: "UZ-TAS-01", name: "City narcology dispensary No. 1", address: [{ state: "Tashkent" }] };
 * ```
 */
export interface FhirOrganization extends FhirResource {
  resourceType: "Organization";
  active?: boolean | undefined;
  type?: FhirCodeableConcept[] | undefined;
  name?: string | undefined;
  address?: FhirAddress[] | undefined;
}

/**
 * A location (R4 `Location`): a site, managed by an organization.
 *
 * @example
 * ```ts
 * import type { FhirLocation } from "treatment-quality";
 *
 * const site: FhirLocation = { resourceType: "Location", id: "L-7", name: "Dispensing room", managingOrganization: { reference: "Organization/UZ-TAS-01" } };
 * ```
 */
export interface FhirLocation extends FhirResource {
  resourceType: "Location";
  name?: string | undefined;
  address?: FhirAddress | undefined;
  managingOrganization?: FhirReference | undefined;
}

/**
 * A healthcare service (R4 `HealthcareService`): a modality an organization provides.
 *
 * @example
 * ```ts
 * import type { FhirHealthcareService } from "treatment-quality";
 *
 * const oat: FhirHealthcareService = { resourceType: "HealthcareService", id: "UZ-TAS-01-OAT", providedBy: { reference: "Organization/UZ-TAS-01" }, name: "Opioid agonist treatment" };
 * ```
 */
export interface FhirHealthcareService extends FhirResource {
  resourceType: "HealthcareService";
  active?: boolean | undefined;
  providedBy?: FhirReference | undefined;
  category?: FhirCodeableConcept[] | undefined;
  type?: FhirCodeableConcept[] | undefined;
  name?: string | undefined;
  location?: FhirReference[] | undefined;
  characteristic?: FhirCodeableConcept[] | undefined;
}

/**
 * A bundle of resources (R4 `Bundle`), as a server's search or a registry's export gives them.
 *
 * @example
 * ```ts
 * import type { FhirBundle } from "treatment-quality";
 *
 * const bundle: FhirBundle = { resourceType: "Bundle", type: "collection", entry: [{ resource: { resourceType: "Organization", id: "F1" } }] };
 * ```
 */
export interface FhirBundle extends FhirResource {
  resourceType: "Bundle";
  type: string;
  entry?: { fullUrl?: string | undefined; resource?: FhirResource | undefined }[] | undefined;
}
