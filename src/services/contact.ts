/** The contact: a patient met a provider (a visit, a call, a dispensing, an admission or a discharge). */
import * as z from "zod";
import { CONTACT_TYPE } from "../codes/index.js";
import { IsoDateSchema } from "../days/index.js";
import { codeOf, identifier } from "../_lib/fields.js";

/**
 * Schema of a contact between a patient and a provider on a day: what provider-continuity indices
 * and follow-up windows are computed from. `contactType` tells index events (emergency visits,
 * discharges) from qualifying contacts (visits, telemedicine). Unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { ContactSchema } from "treatment-quality";
 *
 * ContactSchema.parse({ patientId: "P-0001", date: "2020-04-03", providerId: "DR-17", contactType: "telemedicine" }).contactType; // => "telemedicine"
 * ContactSchema.safeParse({ patientId: "P-0001", date: "2020-04-03" }).success; // => false
 * ```
 */
export const ContactSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      patientId: identifier("The patient."),
      date: IsoDateSchema.describe("The day of the contact."),
      providerId: identifier("The provider (clinician or team) the patient saw."),
      facilityId: identifier("The facility where the contact took place.").optional(),
      contactType: codeOf(CONTACT_TYPE, "What kind of contact it was.").optional(),
    })
    .meta({
      title: "Contact",
      description: "A contact between a patient and a provider on a day. Identifiers are pseudonymous. Unknown keys are rejected.",
      examples: [
        { patientId: "P-0001", date: "2020-04-03", providerId: "DR-17", facilityId: "UZ-TAS-01", contactType: "in-person-visit" },
        { patientId: "P-0001", date: "2020-04-20", providerId: "DR-17", contactType: "telemedicine" },
      ],
    }))();

/**
 * A contact, as {@link ContactSchema} checks it.
 *
 * @example
 * ```ts
 * import type { Contact } from "treatment-quality";
 *
 * const contact: Contact = { patientId: "P-0001", date: "2020-04-03", providerId: "DR-17" };
 * ```
 */
export type Contact = z.infer<typeof ContactSchema>;
