/** Vocabularies of a treatment episode that our records use and map onto TDI and TEDS. */
import { defineVocabulary } from "./vocabulary.js";

/**
 * Why a treatment episode ended. The categories are those of the US TEDS discharge item REASON
 * (SAMHSA TEDS-D codebook), with our codes; TEDS counts `completed` and `transferred` together as a
 * positive end of treatment.
 *
 * @example
 * ```ts
 * import { DISCHARGE_REASON, codesOf } from "treatment-quality";
 *
 * codesOf(DISCHARGE_REASON)[0]; // => "completed"
 * ```
 */
export const DISCHARGE_REASON = /* @__PURE__ */ (() => defineVocabulary({
  system: "dischargeReason",
  title: "Reason for discharge",
  source: "SAMHSA, Treatment Episode Data Set - Discharges (TEDS-D) codebook, item REASON; codes are ours",
  entries: [
    { code: "completed", name: "Treatment completed" },
    { code: "transferred", name: "Transferred to another treatment programme or facility" },
    { code: "dropped-out", name: "Dropped out of treatment" },
    { code: "terminated-by-facility", name: "Terminated by the facility" },
    { code: "incarcerated", name: "Incarcerated" },
    { code: "death", name: "Death" },
    { code: "other", name: "Other reason" },
  ],
}))();

/**
 * Who referred a person to treatment. Finer than both the TDI and the TEDS lists so that it maps
 * onto each of them (EMCDDA TDI protocol 3.0, item "source of referral"; SAMHSA TEDS-A, item
 * PSOURCE); codes are ours.
 *
 * @example
 * ```ts
 * import { REFERRAL_SOURCE, codesOf } from "treatment-quality";
 *
 * codesOf(REFERRAL_SOURCE).includes("court-probation-police"); // => true
 * ```
 */
export const REFERRAL_SOURCE = /* @__PURE__ */ (() => defineVocabulary({
  system: "referralSource",
  title: "Source of referral",
  source: "EMCDDA TDI protocol 3.0 (2012), source of referral; SAMHSA TEDS-A codebook, PSOURCE; codes are ours",
  entries: [
    { code: "self", name: "Self-referral" },
    { code: "family-friends", name: "Family or friends" },
    { code: "general-practitioner", name: "General practitioner" },
    { code: "drug-treatment-centre", name: "Other drug treatment centre" },
    { code: "health-service", name: "Hospital or other health service" },
    { code: "social-service", name: "Social service" },
    { code: "education", name: "Educational service (school)" },
    { code: "employer", name: "Employer" },
    { code: "court-probation-police", name: "Court, probation or police" },
    { code: "prison", name: "Prison" },
    { code: "other", name: "Other" },
  ],
}))();

/**
 * Substances, at the second level of the EMCDDA TDI 3.0 primary-drug hierarchy, with opium and
 * pregabalin (common in Central Asia) and alcohol. Used for the primary and secondary substances
 * of an episode and mapped to TDI and TEDS codes; codes are ours.
 *
 * @example
 * ```ts
 * import { SUBSTANCE, codesOf } from "treatment-quality";
 *
 * codesOf(SUBSTANCE).includes("heroin"); // => true
 * ```
 */
export const SUBSTANCE = /* @__PURE__ */ (() => defineVocabulary({
  system: "substance",
  title: "Substance",
  source: "EMCDDA TDI protocol 3.0 (2012), primary drug, as implemented in national TDI reporting; codes are ours",
  entries: [
    { code: "heroin", name: "Heroin" },
    { code: "opium", name: "Opium" },
    { code: "methadone-misused", name: "Methadone (misused)" },
    { code: "buprenorphine-misused", name: "Buprenorphine (misused)" },
    { code: "fentanyls", name: "Fentanyl and its analogues (misused)" },
    { code: "other-opioids", name: "Other opioids (tramadol, codeine, desomorphine, ...)" },
    { code: "powder-cocaine", name: "Powder cocaine" },
    { code: "crack-cocaine", name: "Crack cocaine" },
    { code: "other-cocaine", name: "Other cocaine" },
    { code: "amphetamines", name: "Amphetamines" },
    { code: "methamphetamine", name: "Methamphetamine" },
    { code: "mdma", name: "MDMA and derivatives" },
    { code: "synthetic-cathinones", name: "Synthetic cathinones" },
    { code: "other-stimulants", name: "Other stimulants" },
    { code: "barbiturates", name: "Barbiturates (misused)" },
    { code: "benzodiazepines", name: "Benzodiazepines (misused)" },
    { code: "ghb-gbl", name: "GHB or GBL" },
    { code: "pregabalin", name: "Pregabalin (misused)" },
    { code: "other-sedatives", name: "Other hypnotics and sedatives" },
    { code: "lsd", name: "LSD" },
    { code: "ketamine", name: "Ketamine" },
    { code: "other-hallucinogens", name: "Other hallucinogens" },
    { code: "volatile-inhalants", name: "Volatile inhalants" },
    { code: "cannabis", name: "Cannabis (herbal or resin)" },
    { code: "synthetic-cannabinoids", name: "Synthetic cannabinoids" },
    { code: "alcohol", name: "Alcohol" },
    { code: "other", name: "Other substance" },
  ],
}))();
