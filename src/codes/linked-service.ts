/** Services that treatment services link their patients to: HIV, hepatitis, TB and harm reduction. */
import { defineVocabulary } from "./vocabulary.js";

/**
 * HIV-, hepatitis-, TB- and harm-reduction services a drug treatment service offers or refers to.
 * Their continuity during disruptions is part of continuity of care. The list follows the
 * comprehensive package of the WHO, UNODC and UNAIDS Technical Guide for countries to set targets
 * for universal access to HIV prevention, treatment and care for people who inject drugs (2012
 * revision), with community naloxone from the WHO guideline on community management of opioid
 * overdose (2014). Opioid agonist treatment itself is the medication record's business, not a code
 * here. Codes are ours.
 *
 * @example
 * ```ts
 * import { LINKED_SERVICE, codesOf } from "treatment-quality";
 *
 * codesOf(LINKED_SERVICE).includes("needle-syringe-programme"); // => true
 * ```
 */
export const LINKED_SERVICE = /* @__PURE__ */ (() => defineVocabulary({
  system: "linkedService",
  title: "HIV, hepatitis, TB and harm-reduction service",
  source:
    "WHO, UNODC, UNAIDS Technical Guide for countries to set targets for universal access to HIV prevention, treatment and care for injecting drug users (2012 revision); WHO Community management of opioid overdose (2014)",
  entries: [
    { code: "hiv-testing", name: "HIV testing and counselling" },
    { code: "art-linkage", name: "Linkage to antiretroviral therapy" },
    { code: "needle-syringe-programme", name: "Needle and syringe programme" },
    { code: "naloxone-distribution", name: "Take-home naloxone for overdose" },
    { code: "hepatitis-testing", name: "Hepatitis B and C testing" },
    { code: "hepatitis-treatment-linkage", name: "Linkage to hepatitis B and C treatment" },
    { code: "hepatitis-b-vaccination", name: "Hepatitis B vaccination" },
    { code: "tb-screening", name: "Tuberculosis screening and testing" },
    { code: "tb-treatment-linkage", name: "Linkage to tuberculosis treatment" },
    { code: "sti-services", name: "Prevention and treatment of sexually transmitted infections" },
    { code: "condom-distribution", name: "Condom programmes" },
    { code: "hiv-prep", name: "HIV pre-exposure prophylaxis (PrEP)" },
  ],
}))();
