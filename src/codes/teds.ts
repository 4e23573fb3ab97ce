/**
 * US Treatment Episode Data Set (TEDS) codes of SAMHSA, for the discharge data set (TEDS-D) and
 * the admission items it repeats. Codes are TEDS's own numbers, as strings; `"-9"` is TEDS's code
 * for missing, unknown, not collected or invalid.
 */
import { defineVocabulary } from "./vocabulary.js";

const TEDS_CODEBOOK = "SAMHSA, Treatment Episode Data Set (TEDS-A and TEDS-D) codebooks (2020)";
const MISSING = { code: "-9", name: "Missing, unknown, not collected or invalid" } as const;

/**
 * TEDS type of treatment service and setting (SERVICES at admission, SERVICES_D at discharge).
 *
 * @example
 * ```ts
 * import { TEDS_SERVICE } from "treatment-quality";
 *
 * TEDS_SERVICE.entries[0]; // => { code: "1", name: "Detoxification, 24-hour service, hospital inpatient" }
 * ```
 */
export const TEDS_SERVICE = /* @__PURE__ */ (() => defineVocabulary({
  system: "teds.service",
  title: "TEDS type of treatment service and setting",
  source: `${TEDS_CODEBOOK}, items SERVICES and SERVICES_D`,
  entries: [
    { code: "1", name: "Detoxification, 24-hour service, hospital inpatient" },
    { code: "2", name: "Detoxification, 24-hour service, free-standing residential" },
    { code: "3", name: "Rehabilitation/residential, hospital (non-detoxification)" },
    { code: "4", name: "Rehabilitation/residential, short term (30 days or fewer)" },
    { code: "5", name: "Rehabilitation/residential, long term (more than 30 days)" },
    { code: "6", name: "Ambulatory, intensive outpatient" },
    { code: "7", name: "Ambulatory, non-intensive outpatient" },
    { code: "8", name: "Ambulatory, detoxification" },
    MISSING,
  ],
}))();

/**
 * TEDS reason for discharge (REASON).
 *
 * @example
 * ```ts
 * import { TEDS_REASON } from "treatment-quality";
 *
 * TEDS_REASON.entries[0]; // => { code: "1", name: "Treatment completed" }
 * ```
 */
export const TEDS_REASON = /* @__PURE__ */ (() => defineVocabulary({
  system: "teds.reason",
  title: "TEDS reason for discharge",
  source: `${TEDS_CODEBOOK}, item REASON`,
  entries: [
    { code: "1", name: "Treatment completed" },
    { code: "2", name: "Dropped out of treatment" },
    { code: "3", name: "Terminated by facility" },
    { code: "4", name: "Transferred to another treatment program or facility" },
    { code: "5", name: "Incarcerated" },
    { code: "6", name: "Death" },
    { code: "7", name: "Other" },
    MISSING,
  ],
}))();

const EXACT_DAYS = /* @__PURE__ */ Array.from({ length: 30 }, (_, index) => ({ code: String(index + 1), name: index === 0 ? "1 day" : `${index + 1} days` }));

/**
 * TEDS length of stay (LOS): `"1"` to `"30"` are exact days, `"31"` to `"37"` are bins. Length of
 * stay runs from admission to the earlier of last contact and discharge, and a stay shorter than a
 * day counts as one day (SAMHSA, TEDS discharges 2004, chapter 2).
 *
 * @example
 * ```ts
 * import { TEDS_LENGTH_OF_STAY } from "treatment-quality";
 *
 * TEDS_LENGTH_OF_STAY.entries[30]; // => { code: "31", name: "31 to 45 days" }
 * ```
 */
export const TEDS_LENGTH_OF_STAY = /* @__PURE__ */ (() => defineVocabulary({
  system: "teds.lengthOfStay",
  title: "TEDS length of stay",
  source: `${TEDS_CODEBOOK}, item LOS; SAMHSA, TEDS discharges 2004, chapter 2`,
  entries: [
    ...EXACT_DAYS,
    { code: "31", name: "31 to 45 days" },
    { code: "32", name: "46 to 60 days" },
    { code: "33", name: "61 to 90 days" },
    { code: "34", name: "91 to 120 days" },
    { code: "35", name: "121 to 180 days" },
    { code: "36", name: "181 to 365 days" },
    { code: "37", name: "More than 365 days" },
    MISSING,
  ],
}))();

/**
 * TEDS referral source (PSOURCE).
 *
 * @example
 * ```ts
 * import { TEDS_REFERRAL_SOURCE } from "treatment-quality";
 *
 * TEDS_REFERRAL_SOURCE.entries[6]; // => { code: "7", name: "Court or criminal justice referral, DUI/DWI" }
 * ```
 */
export const TEDS_REFERRAL_SOURCE = /* @__PURE__ */ (() => defineVocabulary({
  system: "teds.referralSource",
  title: "TEDS referral source",
  source: `${TEDS_CODEBOOK}, item PSOURCE`,
  entries: [
    { code: "1", name: "Individual (including self-referral)" },
    { code: "2", name: "Alcohol or drug use care provider" },
    { code: "3", name: "Other health care provider" },
    { code: "4", name: "School (educational)" },
    { code: "5", name: "Employer or employee assistance program" },
    { code: "6", name: "Other community referral" },
    { code: "7", name: "Court or criminal justice referral, DUI/DWI" },
    MISSING,
  ],
}))();

/**
 * TEDS substance (SUB1, SUB2, SUB3 and their discharge forms).
 *
 * @example
 * ```ts
 * import { TEDS_SUBSTANCE } from "treatment-quality";
 *
 * TEDS_SUBSTANCE.entries[4]; // => { code: "5", name: "Heroin" }
 * ```
 */
export const TEDS_SUBSTANCE = /* @__PURE__ */ (() => defineVocabulary({
  system: "teds.substance",
  title: "TEDS substance",
  source: `${TEDS_CODEBOOK}, items SUB1, SUB2, SUB3`,
  entries: [
    { code: "1", name: "None" },
    { code: "2", name: "Alcohol" },
    { code: "3", name: "Cocaine/crack" },
    { code: "4", name: "Marijuana/hashish" },
    { code: "5", name: "Heroin" },
    { code: "6", name: "Non-prescription methadone" },
    { code: "7", name: "Other opiates and synthetics" },
    { code: "8", name: "PCP" },
    { code: "9", name: "Hallucinogens" },
    { code: "10", name: "Methamphetamine/speed" },
    { code: "11", name: "Other amphetamines" },
    { code: "12", name: "Other stimulants" },
    { code: "13", name: "Benzodiazepines" },
    { code: "14", name: "Other tranquilizers" },
    { code: "15", name: "Barbiturates" },
    { code: "16", name: "Other sedatives or hypnotics" },
    { code: "17", name: "Inhalants" },
    { code: "18", name: "Over-the-counter medications" },
    { code: "19", name: "Other drugs" },
    MISSING,
  ],
}))();
