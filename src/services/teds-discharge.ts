/** Map a discharged treatment episode onto the US TEDS discharge codes. */
import type { CodeOf, DISCHARGE_REASON, REFERRAL_SOURCE, SUBSTANCE, TEDS_LENGTH_OF_STAY, TEDS_REASON, TEDS_REFERRAL_SOURCE, TEDS_SERVICE, TEDS_SUBSTANCE } from "../codes/index.js";
import { differenceInDays } from "../days/index.js";
import { issue } from "../_lib/issue.js";
import { fail, ok, type Result } from "../_lib/result.js";
import type { TreatmentEpisode } from "./treatment-episode.js";

type TedsService = CodeOf<typeof TEDS_SERVICE>;
type TedsSubstance = CodeOf<typeof TEDS_SUBSTANCE>;

/**
 * The TEDS-D items of a discharged episode, with TEDS's own codes (as strings; `"-9"` is missing).
 *
 * @example
 * ```ts
 * import type { TedsDischarge } from "treatment-quality";
 *
 * const discharge: TedsDischarge = { SERVICES_D: "7", REASON: "1", LOS: "33", PSOURCE: "1", SUB1: "5", SUB2: "1", SUB3: "1" };
 * ```
 */
export interface TedsDischarge {
  /** Type of treatment service and setting at discharge. */
  readonly SERVICES_D: TedsService;
  /** Reason for discharge. */
  readonly REASON: CodeOf<typeof TEDS_REASON>;
  /** Length of stay: exact days 1 to 30, then bins 31 to 37. */
  readonly LOS: CodeOf<typeof TEDS_LENGTH_OF_STAY>;
  /** Referral source. */
  readonly PSOURCE: CodeOf<typeof TEDS_REFERRAL_SOURCE>;
  /** Primary, secondary and tertiary substance; `"1"` (none) where there is no such substance. */
  readonly SUB1: TedsSubstance;
  readonly SUB2: TedsSubstance;
  readonly SUB3: TedsSubstance;
}

/**
 * Options of {@link toTedsDischarge}.
 *
 * @example
 * ```ts
 * import type { ToTedsDischargeOptions } from "treatment-quality";
 *
 * const options: ToTedsDischargeOptions = { service: "6" };
 * ```
 */
export interface ToTedsDischargeOptions {
  /** The TEDS service code, where you know it better than the rule in {@link toTedsDischarge} (intensive outpatient, say). */
  readonly service?: TedsService;
}

export const REASON_TO_TEDS: Readonly<Record<CodeOf<typeof DISCHARGE_REASON>, CodeOf<typeof TEDS_REASON>>> = {
  completed: "1",
  "dropped-out": "2",
  "terminated-by-facility": "3",
  transferred: "4",
  incarcerated: "5",
  death: "6",
  other: "7",
};

export const REFERRAL_TO_TEDS: Readonly<Record<CodeOf<typeof REFERRAL_SOURCE>, CodeOf<typeof TEDS_REFERRAL_SOURCE>>> = {
  self: "1",
  "family-friends": "1",
  "drug-treatment-centre": "2",
  "general-practitioner": "3",
  "health-service": "3",
  education: "4",
  employer: "5",
  "social-service": "6",
  other: "6",
  "court-probation-police": "7",
  prison: "7",
};

/** TEDS substance of each of our substances (TEDS has no separate opium, fentanyl or cathinone code). */
export const SUBSTANCE_TO_TEDS: Readonly<Record<CodeOf<typeof SUBSTANCE>, TedsSubstance>> = {
  heroin: "5",
  opium: "7",
  "methadone-misused": "6",
  "buprenorphine-misused": "7",
  fentanyls: "7",
  "other-opioids": "7",
  "powder-cocaine": "3",
  "crack-cocaine": "3",
  "other-cocaine": "3",
  amphetamines: "11",
  methamphetamine: "10",
  mdma: "12",
  "synthetic-cathinones": "12",
  "other-stimulants": "12",
  barbiturates: "15",
  benzodiazepines: "13",
  "ghb-gbl": "16",
  pregabalin: "19",
  "other-sedatives": "16",
  lsd: "9",
  ketamine: "9",
  "other-hallucinogens": "9",
  "volatile-inhalants": "17",
  cannabis: "4",
  "synthetic-cannabinoids": "19",
  alcohol: "2",
  other: "19",
};

/** The TEDS length-of-stay code of a stay of `days` days (at least 1). */
export function tedsLengthOfStayCode(days: number): CodeOf<typeof TEDS_LENGTH_OF_STAY> {
  if (days <= 30) return String(Math.max(1, days)) as CodeOf<typeof TEDS_LENGTH_OF_STAY>;
  if (days <= 45) return "31";
  if (days <= 60) return "32";
  if (days <= 90) return "33";
  if (days <= 120) return "34";
  if (days <= 180) return "35";
  if (days <= 365) return "36";
  return "37";
}

function tedsService(episode: TreatmentEpisode): TedsService {
  const inHospital = episode.setting === "hospital";
  if (episode.withdrawalManagement === true) return inHospital ? "1" : episode.modality === "outpatient" ? "8" : "2";
  switch (episode.modality) {
    case "outpatient":
      return "7";
    case "short-term-inpatient":
      return inHospital ? "3" : "4";
    case "long-term-residential":
      return inHospital ? "3" : "5";
    default:
      return "-9";
  }
}

/**
 * The TEDS discharge (TEDS-D) codes of a discharged treatment episode. Length of stay runs from
 * admission to the earlier of the last contact and the discharge, and a stay shorter than a day
 * counts as one day (SAMHSA's definition). The service code follows from withdrawal management,
 * modality and setting: withdrawal management in hospital 1, outpatient 8, elsewhere 2; inpatient
 * or residential in hospital 3; short-term inpatient elsewhere 4; long-term residential elsewhere
 * 5; outpatient 7 (non-intensive; pass `service: "6"` for intensive outpatient); modalities TEDS
 * does not cover (outreach, screening, recovery management) -9.
 *
 * @param episode - a valid treatment episode
 * @param options - an explicit TEDS service code
 * @returns the codes, or an issue `missing` at `dischargeDate` for an open episode
 * @example
 * ```ts
 * import { toTedsDischarge } from "treatment-quality";
 *
 * const discharge = toTedsDischarge({
 *   id: "E1", patientId: "P1", facilityId: "F1", modality: "outpatient", admissionDate: "2020-01-15",
 *   dischargeDate: "2020-04-30", dischargeReason: "completed", referralSource: "court-probation-police",
 *   primarySubstance: "heroin", secondarySubstances: ["alcohol"],
 * });
 * if (discharge.ok) discharge.value; // => { SERVICES_D: "7", REASON: "1", LOS: "34", PSOURCE: "7", SUB1: "5", SUB2: "2", SUB3: "1" }
 * ```
 */
export function toTedsDischarge(episode: TreatmentEpisode, options: ToTedsDischargeOptions = {}): Result<TedsDischarge> {
  const { admissionDate, dischargeDate, lastContactDate } = episode;
  if (dischargeDate === undefined) return fail([issue("missing", ["dischargeDate"], "The episode has no discharge date, so it has no TEDS discharge record yet.")]);
  const endOfStay = lastContactDate !== undefined && lastContactDate < dischargeDate ? lastContactDate : dischargeDate;
  const substances = [episode.primarySubstance, ...(episode.secondarySubstances ?? [])];
  const substanceCode = (position: number): TedsSubstance => {
    const substance = substances[position];
    return substance === undefined ? "1" : SUBSTANCE_TO_TEDS[substance];
  };
  return ok({
    SERVICES_D: options.service ?? tedsService(episode),
    REASON: episode.dischargeReason === undefined ? "-9" : REASON_TO_TEDS[episode.dischargeReason],
    LOS: tedsLengthOfStayCode(differenceInDays(endOfStay, admissionDate)),
    PSOURCE: episode.referralSource === undefined ? "-9" : REFERRAL_TO_TEDS[episode.referralSource],
    SUB1: episode.primarySubstance === undefined ? "-9" : substanceCode(0),
    SUB2: substanceCode(1),
    SUB3: substanceCode(2),
  });
}
