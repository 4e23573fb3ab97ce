/**
 * Records of drug dependence treatment as zod schemas with inferred types: facility, service,
 * treatment episode, medication event, contact and service volume; safe validation of one record
 * or of many (arrays, iterables, async iterables); and mappers from episodes to EMCDDA TDI records
 * and US TEDS discharge codes. Every schema ships as a JSON Schema file too
 * (`treatment-quality/schemas/<Name>.schema.json`).
 *
 * Identifiers are pseudonymous strings; no field is meant for names, addresses or national ID
 * numbers.
 *
 * @module services
 */
export { FacilitySchema, type Facility } from "./facility.js";
export { ServiceSchema, type Service } from "./service.js";
export { TreatmentEpisodeSchema, type TreatmentEpisode } from "./treatment-episode.js";
export { MedicationEventSchema, type MedicationEvent, ATC_CODE_PATTERN } from "./medication-event.js";
export { ContactSchema, type Contact } from "./contact.js";
export { ServiceVolumeSchema, type ServiceVolume } from "./service-volume.js";
export { IDENTIFIER_PATTERN } from "../_lib/fields.js";
export {
  RECORD_SCHEMAS,
  type RecordKind,
  type RecordOf,
  type RecordsValidation,
  validateRecord,
  validateRecords,
  validateFacility,
  validateService,
  validateTreatmentEpisode,
  validateMedicationEvent,
  validateContact,
  validateServiceVolume,
} from "./validate.js";
export { type TdiRecord, toTdiRecord } from "./tdi-record.js";
export { type TedsDischarge, type ToTedsDischargeOptions, toTedsDischarge } from "./teds-discharge.js";
export { type CodeMapRow, type CodeMap, CODE_MAPS } from "./code-maps.js";
