/** The medication event: one dispensing or administration of a medication, the continuity engine's input. */
import * as z from "zod";
import { MEDICATION_CLASS, DISPENSING_MODE, codesOf } from "../codes/index.js";
import { IsoDateSchema } from "../days/index.js";
import { codeOf, identifier } from "../_lib/fields.js";

/**
 * The form of a WHO ATC code at its fifth level (seven characters, e.g. N07BC02), as a regular
 * expression source; the `pattern` of ATC codes in the JSON Schemas.
 *
 * @example
 * ```ts
 * import { ATC_CODE_PATTERN } from "treatment-quality";
 *
 * new RegExp(ATC_CODE_PATTERN).test("N07BC02"); // => true
 * new RegExp(ATC_CODE_PATTERN).test("N07BC"); // => false
 * ```
 */
export const ATC_CODE_PATTERN = "^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}$";

/**
 * Schema of a medication event: a patient received `duration` days of supply of a medication on
 * `date`. It is exactly the record the continuity engine consumes. `medication` is a seven-character
 * ATC code (any, not only those of the library's {@link ATC} table) or a code of
 * {@link MEDICATION_CLASS}. Unknown keys are rejected, in zod and in the JSON Schema
 * (`additionalProperties: false`), so a misspelt field name is an error, not a silent loss.
 *
 * @example
 * ```ts
 * import { MedicationEventSchema } from "treatment-quality";
 *
 * MedicationEventSchema.parse({ patientId: "P-0001", date: "2020-04-01", duration: 14, dailyDose: 80, medication: "N07BC02", dispensingMode: "take-home" }).duration; // => 14
 * MedicationEventSchema.safeParse({ patientId: "P-0001", date: "2020-04-01", duration: 0 }).success; // => false
 * ```
 */
export const MedicationEventSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      patientId: identifier("The patient."),
      date: IsoDateSchema.describe("The day the supply starts (dispensing or first administration)."),
      duration: z.int().min(1).describe("Days of supply: a whole number of days, at least 1."),
      dailyDose: z.number().positive().optional().describe("The daily dose (mg for OAT medications), greater than 0."),
      medication: z
        .union([z.string().regex(new RegExp(ATC_CODE_PATTERN)), z.enum(codesOf(MEDICATION_CLASS))])
        .optional()
        .describe('The medication: a WHO ATC code such as "N07BC02" (methadone), or a medication class such as "opioid-agonist".'),
      facilityId: identifier("The facility that dispensed the medication.").optional(),
      dispensingMode: codeOf(DISPENSING_MODE, "Whether the dose was taken under supervision or taken home.").optional(),
    })
    .meta({
      title: "MedicationEvent",
      description:
        "One dispensing or administration of a medication to a patient, covering duration days from date. Identifiers are pseudonymous. Unknown keys are rejected.",
      examples: [
        { patientId: "P-0001", date: "2020-04-01", duration: 1, dailyDose: 80, medication: "N07BC02", facilityId: "UZ-TAS-01", dispensingMode: "supervised" },
        { patientId: "P-0001", date: "2020-04-02", duration: 14, dailyDose: 80, medication: "N07BC02", facilityId: "UZ-TAS-01", dispensingMode: "take-home" },
        { patientId: "P-0002", date: "2021-01-15", duration: 28 },
      ],
    }))();

/**
 * A medication event, as {@link MedicationEventSchema} checks it.
 *
 * @example
 * ```ts
 * import type { MedicationEvent } from "treatment-quality";
 *
 * const event: MedicationEvent = { patientId: "P-0001", date: "2020-04-01", duration: 1, medication: "N07BC02" };
 * ```
 */
export type MedicationEvent = z.infer<typeof MedicationEventSchema>;
