/**
 * Vocabularies of drug dependence treatment: modalities, settings, populations, linked HIV and
 * harm-reduction services, contact types, EMCDDA TDI 3.0 and US TEDS codes, ASAM levels, ICD-10
 * F10-F19 and ICD-11 6C40-6C4H with a crosswalk, and an explicit ATC table of OAT medications.
 * Each vocabulary names its source; codes that could not be checked say so in the data.
 *
 * @module codes
 */
export { type Vocabulary, type VocabularyEntry, type CodeOf, codesOf } from "./vocabulary.js";
export { MODALITY, SETTING, POPULATION, OWNERSHIP, DELIVERY_FORM } from "./treatment-system.js";
export { LINKED_SERVICE } from "./linked-service.js";
export { CONTACT_TYPE } from "./contact-type.js";
export { DISCHARGE_REASON, REFERRAL_SOURCE, SUBSTANCE } from "./episode.js";
export { DISPENSING_MODE, VOLUME_UNIT } from "./medication.js";
export {
  TDI_CENTRE_TYPE,
  TDI_TREATMENT_STATUS,
  TDI_REFERRAL_SOURCE,
  TDI_LIVING_WITH,
  TDI_LIVING_WITH_CHILDREN,
  TDI_LIVING_WHERE,
  TDI_LABOUR_STATUS,
  TDI_EDUCATION,
  TDI_ROUTE,
  TDI_FREQUENCY,
  TDI_INJECTING,
  TDI_OST_STATUS,
  TDI_PRIMARY_DRUG,
} from "./tdi.js";
export { TEDS_SERVICE, TEDS_REASON, TEDS_LENGTH_OF_STAY, TEDS_REFERRAL_SOURCE, TEDS_SUBSTANCE } from "./teds.js";
export { ASAM_LEVEL } from "./asam.js";
export { ICD10, ICD10_SUBSTANCE_CATEGORIES, ICD10_CLINICAL_STATES, type Icd10ClinicalState } from "./icd10.js";
export { ICD11, ICD11_SUBSTANCE_CLASSES, type Icd11SubstanceClass, type Icd11ClinicalState } from "./icd11.js";
export {
  ICD_CROSSWALK,
  type IcdMapping,
  type IcdTarget,
  type MappingRelation,
  findIcdMappings,
  mapIcd10ToIcd11,
  mapIcd11ToIcd10,
} from "./icd-crosswalk.js";
export { ATC, MEDICATION_CLASS, MEDICATION_ROLE, type AtcMedication, lookupAtc } from "./atc.js";
export { VOCABULARIES, listVocabularies, findVocabulary } from "./registry.js";
