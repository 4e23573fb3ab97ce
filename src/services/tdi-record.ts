/** Map a treatment episode (and its facility) onto an EMCDDA TDI 3.0 record. */
import type {
  CodeOf,
  MODALITY,
  REFERRAL_SOURCE,
  SETTING,
  SUBSTANCE,
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
} from "../codes/index.js";
import type { Facility } from "./facility.js";
import type { TreatmentEpisode } from "./treatment-episode.js";

type TdiCentreType = CodeOf<typeof TDI_CENTRE_TYPE>;
type TdiPrimaryDrug = CodeOf<typeof TDI_PRIMARY_DRUG>;
type TdiReferralSource = CodeOf<typeof TDI_REFERRAL_SOURCE>;

/**
 * One client entering treatment, as the EMCDDA Treatment Demand Indicator (protocol 3.0) records
 * it. Items the episode does not carry are `"not-known"` (or `null` for the age).
 *
 * @example
 * ```ts
 * import { toTdiRecord, type TdiRecord } from "treatment-quality";
 *
 * const record: TdiRecord = toTdiRecord({ id: "E1", patientId: "P1", facilityId: "F1", modality: "outpatient", admissionDate: "2020-01-15" });
 * ```
 */
export interface TdiRecord {
  readonly centreType: TdiCentreType;
  readonly yearOfTreatmentStart: number;
  readonly treatmentStatus: CodeOf<typeof TDI_TREATMENT_STATUS>;
  readonly referralSource: TdiReferralSource;
  readonly primaryDrug: TdiPrimaryDrug;
  readonly secondaryDrugs: readonly TdiPrimaryDrug[];
  readonly route: CodeOf<typeof TDI_ROUTE>;
  readonly frequency: CodeOf<typeof TDI_FREQUENCY>;
  readonly ageAtFirstUse: number | null;
  readonly injecting: CodeOf<typeof TDI_INJECTING>;
  readonly ostStatus: CodeOf<typeof TDI_OST_STATUS>;
  readonly livingWith: CodeOf<typeof TDI_LIVING_WITH>;
  readonly livingWithChildren: CodeOf<typeof TDI_LIVING_WITH_CHILDREN>;
  readonly livingWhere: CodeOf<typeof TDI_LIVING_WHERE>;
  readonly labourStatus: CodeOf<typeof TDI_LABOUR_STATUS>;
  readonly education: CodeOf<typeof TDI_EDUCATION>;
}

/** TDI primary-drug sub-category of each of our substances. */
export const SUBSTANCE_TO_TDI: Readonly<Record<CodeOf<typeof SUBSTANCE>, TdiPrimaryDrug>> = {
  heroin: "1.1",
  opium: "1.5",
  "methadone-misused": "1.2",
  "buprenorphine-misused": "1.3",
  fentanyls: "1.4",
  "other-opioids": "1.5",
  "powder-cocaine": "2.1",
  "crack-cocaine": "2.2",
  "other-cocaine": "2.3",
  amphetamines: "3.1",
  methamphetamine: "3.2",
  mdma: "3.3",
  "synthetic-cathinones": "3.4",
  "other-stimulants": "3.5",
  barbiturates: "4.1",
  benzodiazepines: "4.2",
  "ghb-gbl": "4.3",
  pregabalin: "4.4",
  "other-sedatives": "4.4",
  lsd: "5.1",
  ketamine: "5.2",
  "other-hallucinogens": "5.3",
  "volatile-inhalants": "6",
  cannabis: "7.1",
  "synthetic-cannabinoids": "7.2",
  alcohol: "8",
  other: "9",
};

export const REFERRAL_TO_TDI: Readonly<Record<CodeOf<typeof REFERRAL_SOURCE>, TdiReferralSource>> = {
  self: "self-family-friends",
  "family-friends": "self-family-friends",
  "general-practitioner": "general-practitioner",
  "drug-treatment-centre": "drug-treatment-centre",
  "health-service": "health-social-services",
  "social-service": "health-social-services",
  education: "education",
  employer: "other",
  "court-probation-police": "court-probation-police",
  prison: "court-probation-police",
  other: "other",
};

export const MODALITY_TO_CENTRE_TYPE: Readonly<Record<CodeOf<typeof MODALITY>, TdiCentreType>> = {
  "community-outreach": "low-threshold",
  "screening-brief-intervention": "outpatient",
  outpatient: "outpatient",
  "short-term-inpatient": "inpatient",
  "long-term-residential": "inpatient",
  "recovery-management": "other",
};

export const SETTING_TO_CENTRE_TYPE: Readonly<Partial<Record<CodeOf<typeof SETTING>, TdiCentreType>>> = {
  prison: "prison",
  "other-closed-setting": "other",
  "primary-care": "general-practitioner",
};

/**
 * The EMCDDA TDI 3.0 record of a treatment episode. The centre type is the facility's
 * `tdiCentreType` when given, else it follows from the episode's setting (prison, other closed
 * setting, primary care) and modality (outreach -> low-threshold agency; outpatient and screening
 * -> outpatient centre; inpatient and residential -> inpatient centre; recovery management ->
 * other). Referral sources, substances and treatment status map through fixed tables; items the
 * episode lacks are `"not-known"`.
 *
 * @param episode - a valid treatment episode
 * @param facility - the episode's facility, if known
 * @returns the TDI record
 * @example
 * ```ts
 * import { toTdiRecord } from "treatment-quality";
 *
 * const record = toTdiRecord({
 *   id: "E1", patientId: "P1", facilityId: "F1", modality: "outpatient", admissionDate: "2020-01-15",
 *   referralSource: "prison", primarySubstance: "heroin", secondarySubstances: ["pregabalin"], previouslyTreated: false,
 * });
 * record.referralSource; // => "court-probation-police"
 * record.primaryDrug; // => "1.1"
 * record.secondaryDrugs; // => ["4.4"]
 * record.treatmentStatus; // => "never-treated"
 * record.route; // => "not-known"
 * ```
 */
export function toTdiRecord(episode: TreatmentEpisode, facility?: Pick<Facility, "tdiCentreType">): TdiRecord {
  const setting = episode.setting;
  const centreType = facility?.tdiCentreType ?? (setting === undefined ? undefined : SETTING_TO_CENTRE_TYPE[setting]) ?? MODALITY_TO_CENTRE_TYPE[episode.modality];
  const previouslyTreated = episode.previouslyTreated;
  return {
    centreType,
    yearOfTreatmentStart: Number(episode.admissionDate.slice(0, 4)),
    treatmentStatus: previouslyTreated === undefined ? "not-known" : previouslyTreated ? "previously-treated" : "never-treated",
    referralSource: episode.referralSource === undefined ? "not-known" : REFERRAL_TO_TDI[episode.referralSource],
    primaryDrug: episode.primarySubstance === undefined ? "99" : SUBSTANCE_TO_TDI[episode.primarySubstance],
    secondaryDrugs: (episode.secondarySubstances ?? []).map((substance) => SUBSTANCE_TO_TDI[substance]),
    route: episode.route ?? "not-known",
    frequency: episode.frequency ?? "not-known",
    ageAtFirstUse: episode.ageAtFirstUse ?? null,
    injecting: episode.injecting ?? "not-known",
    ostStatus: episode.ostStatus ?? "not-known",
    livingWith: episode.livingWith ?? "not-known",
    livingWithChildren: episode.livingWithChildren ?? "not-known",
    livingWhere: episode.livingWhere ?? "not-known",
    labourStatus: episode.labourStatus ?? "not-known",
    education: episode.education ?? "not-known",
  };
}
