/** Every vocabulary of the library in one list, by system id. */
import { ASAM_LEVEL } from "./asam.js";
import { ATC, MEDICATION_CLASS, MEDICATION_ROLE } from "./atc.js";
import { CONTACT_TYPE } from "./contact-type.js";
import { DISCHARGE_REASON, REFERRAL_SOURCE, SUBSTANCE } from "./episode.js";
import { ICD10 } from "./icd10.js";
import { ICD11 } from "./icd11.js";
import { LINKED_SERVICE } from "./linked-service.js";
import { DISPENSING_MODE, VOLUME_UNIT } from "./medication.js";
import {
  TDI_CENTRE_TYPE,
  TDI_EDUCATION,
  TDI_FREQUENCY,
  TDI_INJECTING,
  TDI_LABOUR_STATUS,
  TDI_LIVING_WHERE,
  TDI_LIVING_WITH,
  TDI_LIVING_WITH_CHILDREN,
  TDI_OST_STATUS,
  TDI_PRIMARY_DRUG,
  TDI_REFERRAL_SOURCE,
  TDI_ROUTE,
  TDI_TREATMENT_STATUS,
} from "./tdi.js";
import { TEDS_LENGTH_OF_STAY, TEDS_REASON, TEDS_REFERRAL_SOURCE, TEDS_SERVICE, TEDS_SUBSTANCE } from "./teds.js";
import { DELIVERY_FORM, MODALITY, OWNERSHIP, POPULATION, SETTING } from "./treatment-system.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * Every vocabulary the library ships, in the order of the guide: treatment system, episode,
 * medication, TDI, TEDS, ASAM, ICD-10, ICD-11, ATC.
 *
 * @example
 * ```ts
 * import { VOCABULARIES } from "treatment-quality";
 *
 * VOCABULARIES.find((vocabulary) => vocabulary.system === "tdi.route")?.entries.length; // => 6
 * ```
 */
export const VOCABULARIES: readonly Vocabulary[] = [
  MODALITY,
  SETTING,
  POPULATION,
  OWNERSHIP,
  DELIVERY_FORM,
  LINKED_SERVICE,
  CONTACT_TYPE,
  DISCHARGE_REASON,
  REFERRAL_SOURCE,
  SUBSTANCE,
  DISPENSING_MODE,
  VOLUME_UNIT,
  MEDICATION_CLASS,
  MEDICATION_ROLE,
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
  TEDS_SERVICE,
  TEDS_REASON,
  TEDS_LENGTH_OF_STAY,
  TEDS_REFERRAL_SOURCE,
  TEDS_SUBSTANCE,
  ASAM_LEVEL,
  ICD10,
  ICD11,
  ATC,
];

/**
 * The system id and the codes of every vocabulary. The system ids are short and stable: they are
 * what the label lookup and the FHIR code systems use.
 *
 * @returns one entry per vocabulary, in the order of {@link VOCABULARIES}
 * @example
 * ```ts
 * import { listVocabularies } from "treatment-quality";
 *
 * listVocabularies().map((vocabulary) => vocabulary.system).slice(0, 3); // => ["modality", "setting", "population"]
 * listVocabularies().find((vocabulary) => vocabulary.system === "dispensingMode")?.codes; // => ["supervised", "take-home"]
 * ```
 */
export function listVocabularies(): readonly { readonly system: string; readonly codes: readonly string[] }[] {
  return VOCABULARIES.map((vocabulary) => ({ system: vocabulary.system, codes: vocabulary.entries.map((entry) => entry.code) }));
}

/**
 * The vocabulary with this system id, or `undefined`.
 *
 * @param system - a system id such as `"modality"` or `"tdi.route"`
 * @example
 * ```ts
 * import { findVocabulary } from "treatment-quality";
 *
 * findVocabulary("teds.reason")?.title; // => "TEDS reason for discharge"
 * findVocabulary("nope"); // => undefined
 * ```
 */
export function findVocabulary(system: string): Vocabulary | undefined {
  return VOCABULARIES.find((vocabulary) => vocabulary.system === system);
}
