/** Vocabularies of medication records: how a dose was given. */
import { defineVocabulary } from "./vocabulary.js";

/**
 * Whether a dose was taken under observation at the service or taken home. Supervised daily
 * dosing is the default early in opioid agonist treatment (WHO 2009 guidelines; NICE TA114);
 * take-home doses widened during COVID-19 (SAMHSA, 16 March 2020). Codes are ours.
 *
 * @example
 * ```ts
 * import { DISPENSING_MODE, codesOf } from "treatment-quality";
 *
 * codesOf(DISPENSING_MODE); // => ["supervised", "take-home"]
 * ```
 */
export const DISPENSING_MODE = /* @__PURE__ */ (() => defineVocabulary({
  system: "dispensingMode",
  title: "Dispensing mode",
  source: "WHO Guidelines for the psychosocially assisted pharmacological treatment of opioid dependence (2009); SAMHSA OTP guidance (16 March 2020)",
  entries: [
    { code: "supervised", name: "Supervised (observed) dose" },
    { code: "take-home", name: "Take-home dose" },
  ],
}))();

/**
 * What a service volume counts, for disruption analysis against a baseline (WHO pulse surveys
 * on continuity of essential health services measured change in service provision or use).
 * Codes are ours.
 *
 * @example
 * ```ts
 * import { VOLUME_UNIT, codesOf } from "treatment-quality";
 *
 * codesOf(VOLUME_UNIT).includes("patients"); // => true
 * ```
 */
export const VOLUME_UNIT = /* @__PURE__ */ (() => defineVocabulary({
  system: "volumeUnit",
  title: "Unit of a service volume",
  source: "WHO Pulse survey on continuity of essential health services during the COVID-19 pandemic (2020-2021); units are ours",
  entries: [
    { code: "patients", name: "Patients served" },
    { code: "contacts", name: "Contacts or visits" },
    { code: "admissions", name: "Admissions" },
    { code: "doses-dispensed", name: "Doses dispensed" },
    { code: "tests", name: "Tests performed" },
    { code: "kits-distributed", name: "Kits distributed (syringes, naloxone)" },
  ],
}))();
