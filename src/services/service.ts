/** The service: a modality delivered at a facility, with its opening period and forms of delivery. */
import * as z from "zod";
import { ASAM_LEVEL, DELIVERY_FORM, MODALITY, POPULATION, SETTING } from "../codes/index.js";
import { customIssue } from "../_lib/zod-issues.js";
import { IsoDateSchema } from "../days/index.js";
import { codeListOf, codeOf, identifier, uniqueList } from "../_lib/fields.js";
import { ATC_CODE_PATTERN } from "./medication-event.js";

/**
 * Schema of a service: one modality delivered at a facility, open from `openedOn` (and, if it
 * closed, until `closedOn`, both included), in one or more forms of delivery. An OAT programme is
 * an outpatient service that lists its medications. Cross-field rule JSON Schema cannot express:
 * `closedOn` is not before `openedOn`. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { ServiceSchema } from "treatment-quality";
 *
 * ServiceSchema.parse({ id: "UZ-TAS-01-OAT", facilityId: "UZ-TAS-01", modality: "outpatient", openedOn: "2019-01-10", deliveryForms: ["in-person"] }).modality; // => "outpatient"
 * ServiceSchema.safeParse({ id: "S", facilityId: "F", modality: "outpatient", openedOn: "2020-05-01", closedOn: "2020-04-01", deliveryForms: ["in-person"] }).success; // => false
 * ```
 */
export const ServiceSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: identifier("The service."),
      facilityId: identifier("The facility that delivers it."),
      name: z.string().min(1).max(200).optional().describe("The service's name, if it has one."),
      modality: codeOf(MODALITY, "The treatment modality."),
      setting: codeOf(SETTING, "The setting it is delivered in.").optional(),
      openedOn: IsoDateSchema.describe("The first day the service was open."),
      closedOn: IsoDateSchema.optional().describe("The last day the service was open; absent while it is open."),
      deliveryForms: codeListOf(DELIVERY_FORM, "How the service reaches patients; at least one.", 1),
      medications: uniqueList(z.string().regex(new RegExp(ATC_CODE_PATTERN)))
        .optional()
        .describe('ATC codes of the medications the service prescribes or dispenses, e.g. ["N07BC02"] for a methadone programme.'),
      populations: codeListOf(POPULATION, "Populations with special needs it is designed for.").optional(),
      asamLevel: codeOf(ASAM_LEVEL, "The ASAM level of care, for services that report to US systems.").optional(),
    })
    .check((context) => {
      const { openedOn, closedOn } = context.value;
      if (closedOn !== undefined && closedOn < openedOn) {
        context.issues.push(customIssue("invalid_value", ["closedOn"], closedOn, `The service closes (${closedOn}) before it opens (${openedOn}); closedOn must be on or after openedOn.`));
      }
    })
    .meta({
      title: "Service",
      description: "A treatment modality delivered at a facility. Rule not expressed in JSON Schema: closedOn >= openedOn. Unknown keys are rejected.",
      examples: [
        {
          id: "UZ-TAS-01-OAT",
          facilityId: "UZ-TAS-01",
          name: "Methadone programme",
          modality: "outpatient",
          setting: "specialised",
          openedOn: "2019-01-10",
          deliveryForms: ["in-person", "take-home-dosing", "telemedicine"],
          medications: ["N07BC02"],
          asamLevel: "OTP",
        },
        { id: "UZ-TAS-01-NSP", facilityId: "UZ-TAS-01", modality: "community-outreach", openedOn: "2015-06-01", closedOn: "2020-04-30", deliveryForms: ["outreach"] },
      ],
    }))();

/**
 * A service, as {@link ServiceSchema} checks it.
 *
 * @example
 * ```ts
 * import type { Service } from "treatment-quality";
 *
 * const service: Service = { id: "F1-OAT", facilityId: "F1", modality: "outpatient", openedOn: "2019-01-10", deliveryForms: ["in-person"] };
 * ```
 */
export type Service = z.infer<typeof ServiceSchema>;
