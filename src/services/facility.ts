/** The facility: an organisation's site that delivers drug dependence treatment. */
import * as z from "zod";
import { LINKED_SERVICE, MODALITY, OWNERSHIP, POPULATION, SETTING, TDI_CENTRE_TYPE } from "../codes/index.js";
import { codeListOf, codeOf, identifier } from "../_lib/fields.js";

/**
 * Schema of a treatment facility: where it is (region and administrative area), who owns it, how
 * many it can take, which modalities and linked services it offers and which populations it serves.
 * Lists hold distinct codes (`uniqueItems` in the JSON Schema). Unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { FacilitySchema } from "treatment-quality";
 *
 * const facility = FacilitySchema.parse({
 *   id: "UZ-TAS-01",
 *   name: "City narcology dispensary No. 1 (fictional)",
 *   region: "Tashkent",
 *   ownership: "public",
 *   modalities: ["outpatient", "short-term-inpatient"],
 * });
 * facility.modalities.length; // => 2
 * ```
 */
export const FacilitySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: identifier("The facility."),
      name: z.string().min(1).max(200).describe("The facility's public name."),
      region: z.string().min(1).max(100).describe("The first-level administrative division (region, oblast, viloyat) the facility is in."),
      administrativeArea: z.string().min(1).max(100).optional().describe("The second-level division (district, city, tuman)."),
      ownership: codeOf(OWNERSHIP, "Who owns and runs the facility."),
      modalities: codeListOf(MODALITY, "The treatment modalities the facility offers; at least one.", 1),
      settings: codeListOf(SETTING, "The settings the facility works in.").optional(),
      linkedServices: codeListOf(LINKED_SERVICE, "The HIV, hepatitis, TB and harm-reduction services it offers or refers to.").optional(),
      populations: codeListOf(POPULATION, "The populations with special needs it has services for.").optional(),
      tdiCentreType: codeOf(TDI_CENTRE_TYPE, "The facility's TDI centre type, where it reports TDI data.").optional(),
      capacity: z
        .strictObject({
          beds: z.int().min(0).optional().describe("Inpatient or residential beds."),
          oatPlaces: z.int().min(0).optional().describe("Places for patients in opioid agonist treatment."),
          outpatientPlaces: z.int().min(0).optional().describe("Outpatient places (patients who can be in care at once)."),
        })
        .optional()
        .describe("How many patients the facility can take."),
    })
    .meta({
      title: "Facility",
      description: "A site that delivers drug dependence treatment. Identifiers are pseudonymous. Unknown keys are rejected.",
      examples: [
        {
          id: "UZ-TAS-01",
          name: "City narcology dispensary No. 1 (fictional)",
          region: "Tashkent",
          administrativeArea: "Yunusobod",
          ownership: "public",
          modalities: ["outpatient", "short-term-inpatient"],
          settings: ["specialised"],
          linkedServices: ["hiv-testing", "needle-syringe-programme", "naloxone-distribution"],
          populations: ["women", "co-occurring-disorders"],
          tdiCentreType: "outpatient",
          capacity: { beds: 40, oatPlaces: 250 },
        },
        { id: "KZ-PAV-07", name: "Regional mental health centre (fictional)", region: "Pavlodar", ownership: "public", modalities: ["long-term-residential"] },
      ],
    }))();

/**
 * A facility, as {@link FacilitySchema} checks it.
 *
 * @example
 * ```ts
 * import type { Facility } from "treatment-quality";
 *
 * const facility: Facility = { id: "F1", name: "Fictional clinic", region: "Tashkent", ownership: "public", modalities: ["outpatient"] };
 * ```
 */
export type Facility = z.infer<typeof FacilitySchema>;
