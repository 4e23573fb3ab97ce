/** The treatment episode: one stay in treatment, from admission to discharge, with its TDI items. */
import * as z from "zod";
import {
  DISCHARGE_REASON,
  MODALITY,
  REFERRAL_SOURCE,
  SETTING,
  SUBSTANCE,
  TDI_EDUCATION,
  TDI_FREQUENCY,
  TDI_INJECTING,
  TDI_LABOUR_STATUS,
  TDI_LIVING_WHERE,
  TDI_LIVING_WITH,
  TDI_LIVING_WITH_CHILDREN,
  TDI_OST_STATUS,
  TDI_ROUTE,
} from "../codes/index.js";
import { customIssue } from "../_lib/zod-issues.js";
import { IsoDateSchema } from "../days/index.js";
import { codeListOf, codeOf, identifier } from "../_lib/fields.js";

/**
 * Schema of a treatment episode: a patient's stay in one modality at a facility, from admission
 * to discharge, with the referral, the substances and the EMCDDA TDI items collected at entry.
 *
 * Cross-field rules JSON Schema cannot express (reported with code `invalid_value`, or `missing`):
 * `dischargeDate` is not before `admissionDate`; `lastContactDate` lies between admission and
 * discharge; a `dischargeReason` needs a `dischargeDate`; `secondarySubstances` does not repeat
 * `primarySubstance`. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { TreatmentEpisodeSchema } from "treatment-quality";
 *
 * TreatmentEpisodeSchema.parse({ id: "E-1", patientId: "P-0001", facilityId: "UZ-TAS-01", modality: "outpatient", admissionDate: "2020-01-15" }).admissionDate; // => "2020-01-15"
 * TreatmentEpisodeSchema.safeParse({ id: "E-1", patientId: "P-0001", facilityId: "F", modality: "outpatient", admissionDate: "2020-01-15", dischargeDate: "2020-01-01" }).success; // => false
 * ```
 */
export const TreatmentEpisodeSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: identifier("The episode."),
      patientId: identifier("The patient."),
      facilityId: identifier("The facility."),
      serviceId: identifier("The service of the facility.").optional(),
      modality: codeOf(MODALITY, "The treatment modality of the episode."),
      setting: codeOf(SETTING, "The setting.").optional(),
      withdrawalManagement: z.boolean().optional().describe("Whether the episode is (medically managed) withdrawal management, detoxification in TEDS's words."),
      admissionDate: IsoDateSchema.describe("The day of admission (start of treatment)."),
      dischargeDate: IsoDateSchema.optional().describe("The day of discharge; absent while the episode is open."),
      lastContactDate: IsoDateSchema.optional().describe("The last day the patient was seen, where it differs from the discharge date."),
      dischargeReason: codeOf(DISCHARGE_REASON, "Why the episode ended; needs dischargeDate.").optional(),
      referralSource: codeOf(REFERRAL_SOURCE, "Who referred the patient.").optional(),
      previouslyTreated: z.boolean().optional().describe("Whether the patient was treated for drug use before this episode (TDI treatment status)."),
      primarySubstance: codeOf(SUBSTANCE, "The substance that causes the patient most problems (TDI primary drug).").optional(),
      secondarySubstances: codeListOf(SUBSTANCE, "Other substances used (at most four, without the primary one).").max(4).optional(),
      route: codeOf(TDI_ROUTE, "Usual route of administration of the primary substance.").optional(),
      frequency: codeOf(TDI_FREQUENCY, "Frequency of use of the primary substance in the last 30 days.").optional(),
      ageAtFirstUse: z.int().min(0).max(120).optional().describe("Age in whole years at first use of the primary substance."),
      injecting: codeOf(TDI_INJECTING, "Injecting behaviour.").optional(),
      ostStatus: codeOf(TDI_OST_STATUS, "Opioid agonist (substitution) treatment status at entry.").optional(),
      livingWith: codeOf(TDI_LIVING_WITH, "With whom the patient lives.").optional(),
      livingWithChildren: codeOf(TDI_LIVING_WITH_CHILDREN, "Whether the patient lives with children.").optional(),
      livingWhere: codeOf(TDI_LIVING_WHERE, "Where the patient lives.").optional(),
      labourStatus: codeOf(TDI_LABOUR_STATUS, "Labour status.").optional(),
      education: codeOf(TDI_EDUCATION, "Highest educational level completed.").optional(),
    })
    .check((context) => {
      const episode = context.value;
      const { admissionDate, dischargeDate, lastContactDate } = episode;
      if (dischargeDate !== undefined && dischargeDate < admissionDate) {
        context.issues.push(customIssue("invalid_value", ["dischargeDate"], dischargeDate, `The episode ends (${dischargeDate}) before admission (${admissionDate}); dischargeDate must be on or after admissionDate.`));
      }
      if (lastContactDate !== undefined && (lastContactDate < admissionDate || (dischargeDate !== undefined && lastContactDate > dischargeDate))) {
        context.issues.push(customIssue("invalid_value", ["lastContactDate"], lastContactDate, `The last contact (${lastContactDate}) must lie between admission (${admissionDate}) and discharge (${dischargeDate ?? "open"}).`));
      }
      if (episode.dischargeReason !== undefined && dischargeDate === undefined) {
        context.issues.push(customIssue("missing", ["dischargeDate"], undefined, "A discharge reason is given, so the discharge date is required too."));
      }
      const primary = episode.primarySubstance;
      const repeatAt = primary === undefined ? -1 : (episode.secondarySubstances ?? []).indexOf(primary);
      if (repeatAt >= 0) {
        context.issues.push(customIssue("invalid_value", ["secondarySubstances", repeatAt], primary, `"${primary}" is the primary substance; list only other substances as secondary.`));
      }
    })
    .meta({
      title: "TreatmentEpisode",
      description:
        "A patient's stay in one treatment modality at a facility, from admission to discharge, with referral, substances and EMCDDA TDI items. Rules not expressed in JSON Schema: admissionDate <= lastContactDate <= dischargeDate; dischargeReason requires dischargeDate; secondarySubstances excludes primarySubstance. Identifiers are pseudonymous. Unknown keys are rejected.",
      examples: [
        {
          id: "E-2020-0001",
          patientId: "P-0001",
          facilityId: "UZ-TAS-01",
          serviceId: "UZ-TAS-01-OAT",
          modality: "outpatient",
          setting: "specialised",
          admissionDate: "2020-01-15",
          dischargeDate: "2020-09-30",
          lastContactDate: "2020-09-28",
          dischargeReason: "transferred",
          referralSource: "self",
          previouslyTreated: true,
          primarySubstance: "heroin",
          secondarySubstances: ["benzodiazepines"],
          route: "inject",
          frequency: "daily",
          ageAtFirstUse: 19,
          injecting: "last-30-days",
          ostStatus: "ever-not-current",
          livingWith: "with-family",
          livingWithChildren: "yes",
          livingWhere: "stable",
          labourStatus: "occasionally-employed",
          education: "secondary",
        },
        { id: "E-2021-0002", patientId: "P-0002", facilityId: "KZ-PAV-07", modality: "short-term-inpatient", setting: "hospital", withdrawalManagement: true, admissionDate: "2021-03-01" },
      ],
    }))();

/**
 * A treatment episode, as {@link TreatmentEpisodeSchema} checks it.
 *
 * @example
 * ```ts
 * import type { TreatmentEpisode } from "treatment-quality";
 *
 * const episode: TreatmentEpisode = { id: "E-1", patientId: "P-0001", facilityId: "F1", modality: "outpatient", admissionDate: "2020-01-15" };
 * ```
 */
export type TreatmentEpisode = z.infer<typeof TreatmentEpisodeSchema>;
