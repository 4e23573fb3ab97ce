/**
 * The FHIR R4 (4.0.1) types this library reads and writes: only the elements it uses, so its
 * declarations do not depend on a FHIR type package. Field names and cardinalities follow the R4
 * specification; a resource of ours is a valid R4 resource (the tests check each with an
 * independent validator).
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
  valueString?: string;
  valueCode?: string;
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueInteger?: number;
  valueUri?: string;
  valueCanonical?: string;
  valueDate?: string;
  valueCoding?: FhirCoding;
  valueCodeableConcept?: FhirCodeableConcept;
  valuePeriod?: FhirPeriod;
  extension?: FhirExtension[];
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
  system?: string;
  version?: string;
  code?: string;
  display?: string;
  _display?: FhirElement;
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
  coding?: FhirCoding[];
  text?: string;
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
  system?: string;
  value?: string;
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
  reference?: string;
  type?: string;
  identifier?: FhirIdentifier;
  display?: string;
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
  start?: string;
  end?: string;
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
  value?: number;
  unit?: string;
  system?: string;
  code?: string;
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
  extension?: FhirExtension[];
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
  id?: string;
  meta?: { profile?: string[]; tag?: FhirCoding[] };
  language?: string;
  extension?: FhirExtension[];
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
  url?: string;
  identifier?: FhirIdentifier[];
  version?: string;
  name?: string;
  title?: string;
  _title?: FhirElement;
  status: "draft" | "active" | "retired" | "unknown";
  experimental?: boolean;
  date?: string;
  publisher?: string;
  description?: string;
  copyright?: string;
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
  display?: string;
  definition?: string;
  designation?: { language?: string; use?: FhirCoding; value: string }[];
  property?: { code: string; valueCode?: string; valueBoolean?: boolean; valueString?: string }[];
  concept?: FhirCodeSystemConcept[];
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
  caseSensitive?: boolean;
  valueSet?: string;
  hierarchyMeaning?: "grouped-by" | "is-a" | "part-of" | "classified-with";
  content: "not-present" | "example" | "fragment" | "complete" | "supplement";
  count?: number;
  property?: { code: string; uri?: string; description?: string; type: "code" | "Coding" | "string" | "integer" | "boolean" | "dateTime" | "decimal" }[];
  concept?: FhirCodeSystemConcept[];
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
  compose?: { include: { system?: string; version?: string; concept?: { code: string; display?: string }[] }[] };
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
  sourceUri?: string;
  targetUri?: string;
  group?: {
    source?: string;
    target?: string;
    element: { code?: string; display?: string; target?: { code?: string; display?: string; equivalence: "relatedto" | "equivalent" | "equal" | "wider" | "subsumes" | "narrower" | "specializes" | "inexact" | "unmatched" | "disjoint"; comment?: string }[] }[];
  }[];
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
  valueCoding?: FhirCoding;
  valueString?: string;
  valueInteger?: number;
  extension?: FhirExtension[];
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
  prefix?: string;
  text?: string;
  _text?: FhirElement;
  type: "group" | "display" | "boolean" | "decimal" | "integer" | "date" | "dateTime" | "time" | "string" | "text" | "url" | "choice" | "open-choice" | "attachment" | "reference" | "quantity";
  required?: boolean;
  repeats?: boolean;
  answerOption?: FhirAnswerOption[];
  extension?: FhirExtension[];
  item?: FhirQuestionnaireItem[];
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
  subjectType?: string[];
  item?: FhirQuestionnaireItem[];
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
  text?: string;
  answer?: { valueCoding?: FhirCoding; valueString?: string; valueBoolean?: boolean; valueInteger?: number; valueDecimal?: number; item?: FhirQuestionnaireResponseItem[] }[];
  extension?: FhirExtension[];
  item?: FhirQuestionnaireResponseItem[];
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
  identifier?: FhirIdentifier;
  questionnaire?: string;
  status: "in-progress" | "completed" | "amended" | "entered-in-error" | "stopped";
  subject?: FhirReference;
  authored?: string;
  author?: FhirReference;
  item?: FhirQuestionnaireResponseItem[];
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
  expression?: string;
  description?: string;
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
  subjectCodeableConcept?: FhirCodeableConcept;
  scoring?: FhirCodeableConcept;
  type?: FhirCodeableConcept[];
  improvementNotation?: FhirCodeableConcept;
  group?: {
    description?: string;
    population?: { code?: FhirCodeableConcept; description?: string; criteria: FhirExpression }[];
    stratifier?: { code?: FhirCodeableConcept; description?: string; criteria?: FhirExpression }[];
  }[];
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
  code?: FhirCodeableConcept;
  count?: number;
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
  date?: string;
  reporter?: FhirReference;
  period: FhirPeriod;
  group?: {
    population?: FhirMeasureReportPopulation[];
    measureScore?: FhirQuantity;
    stratifier?: {
      code?: FhirCodeableConcept[];
      stratum?: {
        value?: FhirCodeableConcept;
        component?: { code: FhirCodeableConcept; value: FhirCodeableConcept }[];
        population?: FhirMeasureReportPopulation[];
        measureScore?: FhirQuantity;
        extension?: FhirExtension[];
      }[];
    }[];
  }[];
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
  text?: string;
  timing?: { repeat?: { frequency?: number; period?: number; periodUnit?: string } };
  doseAndRate?: { doseQuantity?: FhirQuantity }[];
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
  medicationCodeableConcept?: FhirCodeableConcept;
  medicationReference?: FhirReference;
  subject?: FhirReference;
  performer?: { actor: FhirReference }[];
  location?: FhirReference;
  type?: FhirCodeableConcept;
  quantity?: FhirQuantity;
  daysSupply?: FhirQuantity;
  whenPrepared?: string;
  whenHandedOver?: string;
  dosageInstruction?: FhirDosage[];
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
  medicationCodeableConcept?: FhirCodeableConcept;
  medicationReference?: FhirReference;
  subject: FhirReference;
  performer?: { actor: FhirReference }[];
  effectiveDateTime?: string;
  effectivePeriod?: FhirPeriod;
  dosage?: { dose?: FhirQuantity };
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
  type?: FhirCodeableConcept[];
  subject?: FhirReference;
  participant?: { individual?: FhirReference }[];
  period?: FhirPeriod;
  serviceProvider?: FhirReference;
  location?: { location: FhirReference }[];
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
  type?: FhirCodeableConcept[];
  patient: FhirReference;
  managingOrganization?: FhirReference;
  period?: FhirPeriod;
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
  city?: string;
  district?: string;
  state?: string;
  country?: string;
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
  active?: boolean;
  type?: FhirCodeableConcept[];
  name?: string;
  address?: FhirAddress[];
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
  name?: string;
  address?: FhirAddress;
  managingOrganization?: FhirReference;
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
  active?: boolean;
  providedBy?: FhirReference;
  category?: FhirCodeableConcept[];
  type?: FhirCodeableConcept[];
  name?: string;
  location?: FhirReference[];
  characteristic?: FhirCodeableConcept[];
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
  entry?: { fullUrl?: string; resource?: FhirResource }[];
}
