/** ASAM levels of care, as an optional mapping for services that report to US systems. */
import { defineVocabulary } from "./vocabulary.js";

/**
 * ASAM Criteria (3rd edition, 2013) levels of care: codes and names only. The ASAM Criteria are
 * licensed content of the American Society of Addiction Medicine; the library ships nothing but
 * the level codes and names, as an optional mapping on a service. The 4th edition (2023) renames
 * and adds levels (1.0, 1.5, 1.7, 2.7) and drops 3.3; those are not included.
 *
 * @example
 * ```ts
 * import { ASAM_LEVEL, codesOf } from "treatment-quality";
 *
 * codesOf(ASAM_LEVEL).includes("3.7-WM"); // => true
 * ```
 */
export const ASAM_LEVEL = /* @__PURE__ */ (() => defineVocabulary({
  system: "asam",
  title: "ASAM level of care (3rd edition)",
  source: "American Society of Addiction Medicine, The ASAM Criteria, 3rd edition (2013); names as published in the Colorado BHA FHIR implementation guide, CodeSystem bha-asam-level-of-care-cs",
  entries: [
    { code: "0.5", name: "Early Intervention" },
    { code: "1", name: "Outpatient Services" },
    { code: "2.1", name: "Intensive Outpatient Services" },
    { code: "2.5", name: "Partial Hospitalization Services" },
    { code: "3.1", name: "Clinically Managed Low-Intensity Residential Services" },
    { code: "3.3", name: "Clinically Managed Population-Specific High-Intensity Residential Services" },
    { code: "3.5", name: "Clinically Managed High-Intensity Residential Services" },
    { code: "3.7", name: "Medically Monitored Intensive Inpatient Services" },
    { code: "4", name: "Medically Managed Intensive Inpatient Services" },
    { code: "1-WM", name: "Ambulatory Withdrawal Management without Extended On-Site Monitoring" },
    { code: "2-WM", name: "Ambulatory Withdrawal Management with Extended On-Site Monitoring" },
    { code: "3.2-WM", name: "Clinically Managed Residential Withdrawal Management" },
    { code: "3.7-WM", name: "Medically Monitored Inpatient Withdrawal Management" },
    { code: "4-WM", name: "Medically Managed Intensive Inpatient Withdrawal Management" },
    { code: "OTP", name: "Opioid Treatment Program" },
  ],
}))();
