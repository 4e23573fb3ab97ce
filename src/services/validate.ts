/** Safe validation of records: one, or many from an array, an iterable or an async iterable. */
import type * as z from "zod";
import type { Issue, IssuePath } from "../_lib/issue.js";
import type { Result } from "../_lib/result.js";
import { parseWithSchema } from "../_lib/zod-issues.js";
import { ContactSchema } from "./contact.js";
import { FacilitySchema } from "./facility.js";
import { MedicationEventSchema } from "./medication-event.js";
import { ServiceVolumeSchema } from "./service-volume.js";
import { ServiceSchema } from "./service.js";
import { TreatmentEpisodeSchema } from "./treatment-episode.js";

/**
 * The record schemas by record kind, the keys {@link validateRecord} accepts.
 *
 * @example
 * ```ts
 * import { RECORD_SCHEMAS } from "treatment-quality";
 *
 * Object.keys(RECORD_SCHEMAS); // => ["facility", "service", "treatmentEpisode", "medicationEvent", "contact", "serviceVolume"]
 * ```
 */
export const RECORD_SCHEMAS = {
  facility: FacilitySchema,
  service: ServiceSchema,
  treatmentEpisode: TreatmentEpisodeSchema,
  medicationEvent: MedicationEventSchema,
  contact: ContactSchema,
  serviceVolume: ServiceVolumeSchema,
} as const;

/**
 * A kind of record: a key of {@link RECORD_SCHEMAS}.
 *
 * @example
 * ```ts
 * import type { RecordKind } from "treatment-quality";
 *
 * const kind: RecordKind = "medicationEvent";
 * ```
 */
export type RecordKind = keyof typeof RECORD_SCHEMAS;

/**
 * The record type of a kind: `RecordOf<"contact">` is `Contact`.
 *
 * @example
 * ```ts
 * import type { RecordOf } from "treatment-quality";
 *
 * const contact: RecordOf<"contact"> = { patientId: "P-0001", date: "2020-04-03", providerId: "DR-17" };
 * ```
 */
export type RecordOf<K extends RecordKind> = z.output<(typeof RECORD_SCHEMAS)[K]>;

function schemaFor(kind: RecordKind): z.ZodType {
  const schema: z.ZodType | undefined = Object.hasOwn(RECORD_SCHEMAS, kind) ? RECORD_SCHEMAS[kind] : undefined;
  if (schema === undefined) throw new TypeError(`validateRecord: kind must be one of ${Object.keys(RECORD_SCHEMAS).join(", ")}; got ${JSON.stringify(kind)}.`);
  return schema;
}

/**
 * Check one record of a kind: the parsed record, or every issue with its path. Never throws on
 * bad data; an unknown `kind` is a programmer error and throws a `TypeError` naming the kinds.
 *
 * @param kind - which record schema to use
 * @param value - untrusted input
 * @param path - where `value` sits in a larger input, put before every issue path
 * @example
 * ```ts
 * import { validateRecord } from "treatment-quality";
 *
 * validateRecord("medicationEvent", { patientId: "P-0001", date: "2020-04-01", duration: 14 }).ok; // => true
 * const bad = validateRecord("medicationEvent", { patientId: "P-0001", date: "2021-02-29", duration: 14 });
 * if (!bad.ok) bad.issues[0]; // => { path: ["date"], code: "invalid_date", message: "February 2021 has 28 days, so 2021-02-29 is not a date." }
 * ```
 */
export function validateRecord<K extends RecordKind>(kind: K, value: unknown, path: IssuePath = []): Result<RecordOf<K>> {
  return parseWithSchema(schemaFor(kind), value, path) as Result<RecordOf<K>>;
}

/**
 * Check one facility record; the same as `validateRecord("facility", value, path)`.
 *
 * @example
 * ```ts
 * import { validateFacility } from "treatment-quality";
 *
 * validateFacility({ id: "F1", name: "Fictional clinic", region: "Tashkent", ownership: "public", modalities: [] }).ok; // => false
 * ```
 */
export const validateFacility = (value: unknown, path: IssuePath = []): Result<RecordOf<"facility">> => validateRecord("facility", value, path);

/**
 * Check one service record; the same as `validateRecord("service", value, path)`.
 *
 * @example
 * ```ts
 * import { validateService } from "treatment-quality";
 *
 * validateService({ id: "S1", facilityId: "F1", modality: "outpatient", openedOn: "2019-01-10", deliveryForms: ["in-person"] }).ok; // => true
 * ```
 */
export const validateService = (value: unknown, path: IssuePath = []): Result<RecordOf<"service">> => validateRecord("service", value, path);

/**
 * Check one treatment episode record; the same as `validateRecord("treatmentEpisode", value, path)`.
 *
 * @example
 * ```ts
 * import { validateTreatmentEpisode } from "treatment-quality";
 *
 * validateTreatmentEpisode({ id: "E1", patientId: "P1", facilityId: "F1", modality: "outpatient", admissionDate: "2020-01-15", dischargeReason: "completed" }).ok; // => false
 * ```
 */
export const validateTreatmentEpisode = (value: unknown, path: IssuePath = []): Result<RecordOf<"treatmentEpisode">> => validateRecord("treatmentEpisode", value, path);

/**
 * Check one medication event record; the same as `validateRecord("medicationEvent", value, path)`.
 *
 * @example
 * ```ts
 * import { validateMedicationEvent } from "treatment-quality";
 *
 * validateMedicationEvent({ patientId: "P1", date: "2020-04-01", duration: 1, medication: "N07BC02" }).ok; // => true
 * ```
 */
export const validateMedicationEvent = (value: unknown, path: IssuePath = []): Result<RecordOf<"medicationEvent">> => validateRecord("medicationEvent", value, path);

/**
 * Check one contact record; the same as `validateRecord("contact", value, path)`.
 *
 * @example
 * ```ts
 * import { validateContact } from "treatment-quality";
 *
 * validateContact({ patientId: "P1", date: "2020-04-03", providerId: "DR-17", contactType: "visit" }).ok; // => false
 * ```
 */
export const validateContact = (value: unknown, path: IssuePath = []): Result<RecordOf<"contact">> => validateRecord("contact", value, path);

/**
 * Check one service volume record; the same as `validateRecord("serviceVolume", value, path)`.
 *
 * @example
 * ```ts
 * import { validateServiceVolume } from "treatment-quality";
 *
 * validateServiceVolume({ facilityId: "F1", serviceId: "S1", period: { start: "2020-04-01", end: "2020-04-30" }, unit: "patients", count: 3 }).ok; // => true
 * ```
 */
export const validateServiceVolume = (value: unknown, path: IssuePath = []): Result<RecordOf<"serviceVolume">> => validateRecord("serviceVolume", value, path);

/**
 * What {@link validateRecords} found: the good records with their 0-based input positions, and
 * the issues of the bad ones, each path starting with the record's position.
 *
 * @example
 * ```ts
 * import type { RecordsValidation, Contact } from "treatment-quality";
 *
 * const outcome: RecordsValidation<Contact> = { records: [], indexes: [], invalidIndexes: [], issues: [] };
 * ```
 */
export interface RecordsValidation<T> {
  /** Every valid record, parsed, in input order. */
  readonly records: readonly T[];
  /** The input position of each record in `records` (same length). */
  readonly indexes: readonly number[];
  /** The input positions of the invalid records, ascending. */
  readonly invalidIndexes: readonly number[];
  /** Every issue of every invalid record; each path starts with the record's input position. */
  readonly issues: readonly Issue[];
}

function collector<T>() {
  const records: T[] = [];
  const indexes: number[] = [];
  const invalidIndexes: number[] = [];
  const issues: Issue[] = [];
  return {
    add(result: Result<T>, index: number) {
      if (result.ok) {
        records.push(result.value);
        indexes.push(index);
      } else {
        invalidIndexes.push(index);
        issues.push(...result.issues);
      }
    },
    done: (): RecordsValidation<T> => ({ records, indexes, invalidIndexes, issues }),
  };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === "object" && value !== null && typeof (value as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === "function";
}

/**
 * Check many records of one kind: every bad record is reported by its 0-based position and every
 * good one is kept. Takes an array or any iterable (synchronously) or an async iterable such as a
 * stream of parsed lines (returning a promise); records are checked one at a time as they arrive.
 *
 * @param kind - which record schema to use
 * @param values - the records
 * @returns the valid records with their positions, and the issues of the others
 * @example
 * ```ts
 * import { validateRecords } from "treatment-quality";
 *
 * const outcome = validateRecords("contact", [
 *   { patientId: "P-0001", date: "2020-04-03", providerId: "DR-17" },
 *   { patientId: "P-0002", date: "2020-04-03" },
 * ]);
 * outcome.records.length; // => 1
 * outcome.invalidIndexes; // => [1]
 * outcome.issues[0]?.path; // => [1, "providerId"]
 * ```
 */
export function validateRecords<K extends RecordKind>(kind: K, values: Iterable<unknown>): RecordsValidation<RecordOf<K>>;
export function validateRecords<K extends RecordKind>(kind: K, values: AsyncIterable<unknown>): Promise<RecordsValidation<RecordOf<K>>>;
export function validateRecords<K extends RecordKind>(
  kind: K,
  values: Iterable<unknown> | AsyncIterable<unknown>,
): RecordsValidation<RecordOf<K>> | Promise<RecordsValidation<RecordOf<K>>> {
  const schema = schemaFor(kind);
  if (typeof values !== "object" || values === null || !(Symbol.iterator in values || Symbol.asyncIterator in values)) {
    throw new TypeError(`validateRecords: values must be an array, an iterable or an async iterable; got ${values === null ? "null" : typeof values}.`);
  }
  const found = collector<RecordOf<K>>();
  if (isAsyncIterable(values)) {
    return (async () => {
      let index = 0;
      for await (const value of values) {
        found.add(parseWithSchema(schema, value, [index]) as Result<RecordOf<K>>, index);
        index += 1;
      }
      return found.done();
    })();
  }
  let index = 0;
  for (const value of values) {
    found.add(parseWithSchema(schema, value, [index]) as Result<RecordOf<K>>, index);
    index += 1;
  }
  return found.done();
}
