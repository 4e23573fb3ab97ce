/**
 * Vocabularies that describe where and how treatment is delivered: the modalities and settings of
 * the International Standards, facility ownership, forms of delivery and populations served.
 */
import { defineVocabulary } from "./vocabulary.js";

const INTERNATIONAL_STANDARDS_2020 =
  "WHO and UNODC, International Standards for the Treatment of Drug Use Disorders: revised edition incorporating results of field-testing (Geneva/Vienna, 2020; ISBN 978-92-4-000219-7)";

/**
 * Treatment modalities of the International Standards (2020), from the least to the most
 * intensive, plus recovery management. Codes are ours; the names follow the Standards' chapter on
 * treatment modalities (titles checked against UNODC's list of components of an effective
 * response; the exact chapter wording of the 2020 edition was not available to us).
 *
 * @example
 * ```ts
 * import { MODALITY, codesOf } from "treatment-quality";
 *
 * codesOf(MODALITY).includes("outpatient"); // => true
 * ```
 */
export const MODALITY = /* @__PURE__ */ (() => defineVocabulary({
  system: "modality",
  title: "Treatment modality (International Standards 2020)",
  source: `${INTERNATIONAL_STANDARDS_2020}, chapter on treatment modalities and interventions`,
  entries: [
    { code: "community-outreach", name: "Community-based outreach" },
    { code: "screening-brief-intervention", name: "Screening, brief intervention and referral to treatment" },
    { code: "outpatient", name: "Outpatient treatment" },
    { code: "short-term-inpatient", name: "Short-term inpatient treatment (including withdrawal management)" },
    { code: "long-term-residential", name: "Long-term residential treatment" },
    { code: "recovery-management", name: "Recovery management" },
  ],
}))();

/**
 * Settings in which the International Standards (2020) place treatment services, closed settings
 * included. Codes are ours.
 *
 * @example
 * ```ts
 * import { SETTING, codesOf } from "treatment-quality";
 *
 * codesOf(SETTING); // => ["community", "primary-care", "specialised", "hospital", "prison", "other-closed-setting"]
 * ```
 */
export const SETTING = /* @__PURE__ */ (() => defineVocabulary({
  system: "setting",
  title: "Treatment setting",
  source: `${INTERNATIONAL_STANDARDS_2020}, chapters on the treatment system and on treatment modalities`,
  entries: [
    { code: "community", name: "Community setting (outside health facilities)" },
    { code: "primary-care", name: "Primary health care" },
    { code: "specialised", name: "Specialised drug dependence treatment service" },
    { code: "hospital", name: "General or psychiatric hospital" },
    { code: "prison", name: "Prison" },
    { code: "other-closed-setting", name: "Other closed setting (pre-trial detention, compulsory facility)" },
  ],
}))();

/**
 * Populations with special treatment and care needs named by the International Standards (2020).
 * The first five follow the chapter's section headings; the four "other groups" are the groups the
 * chapter names as having specific needs, a list we could check only at chapter level.
 *
 * @example
 * ```ts
 * import { POPULATION, codesOf } from "treatment-quality";
 *
 * codesOf(POPULATION).includes("pregnant-women"); // => true
 * ```
 */
export const POPULATION = /* @__PURE__ */ (() => defineVocabulary({
  system: "population",
  title: "Population with special treatment and care needs",
  source: `${INTERNATIONAL_STANDARDS_2020}, chapter on populations with special treatment and care needs`,
  entries: [
    { code: "women", name: "Women" },
    { code: "pregnant-women", name: "Pregnant women (and their newborns)" },
    { code: "children-adolescents", name: "Children and adolescents" },
    { code: "criminal-justice", name: "People in contact with the criminal justice system" },
    { code: "co-occurring-disorders", name: "People with co-occurring mental or physical health conditions" },
    { code: "sex-workers", name: "Sex workers", verified: false, note: "Named among 'other groups with specific needs'; checked only at chapter level." },
    { code: "sexual-gender-minorities", name: "Sexual and gender minorities", verified: false, note: "Named among 'other groups with specific needs'; checked only at chapter level." },
    { code: "ethnic-minorities", name: "Ethnic minorities", verified: false, note: "Named among 'other groups with specific needs'; checked only at chapter level." },
    { code: "socially-marginalised", name: "Socially marginalised people (including homeless people)", verified: false, note: "Named among 'other groups with specific needs'; checked only at chapter level." },
  ],
}))();

/**
 * Who owns and runs a facility. Codes are ours, following the ownership categories of the
 * WHO/UNODC Substance Use Disorder Treatment Facility Survey (2021).
 *
 * @example
 * ```ts
 * import { OWNERSHIP, codesOf } from "treatment-quality";
 *
 * codesOf(OWNERSHIP); // => ["public", "private-not-for-profit", "private-for-profit", "other"]
 * ```
 */
export const OWNERSHIP = /* @__PURE__ */ (() => defineVocabulary({
  system: "ownership",
  title: "Facility ownership",
  source: "WHO and UNODC, Substance Use Disorder Treatment Facility Survey (2021); categories are ours",
  entries: [
    { code: "public", name: "Public (government)" },
    { code: "private-not-for-profit", name: "Private, not for profit (NGO, charity, faith-based)" },
    { code: "private-for-profit", name: "Private, for profit" },
    { code: "other", name: "Other or mixed ownership" },
  ],
}))();

/**
 * How a service reaches its patients. Telemedicine and take-home dosing are the forms services
 * expanded during COVID-19 (SAMHSA, 16 March 2020 guidance on take-home doses; UNODC Central Asia
 * webinars of 2020). Codes are ours.
 *
 * @example
 * ```ts
 * import { DELIVERY_FORM, codesOf } from "treatment-quality";
 *
 * codesOf(DELIVERY_FORM).includes("take-home-dosing"); // => true
 * ```
 */
export const DELIVERY_FORM = /* @__PURE__ */ (() => defineVocabulary({
  system: "deliveryForm",
  title: "Form of service delivery",
  source: "treatment-quality; forms reported by services during COVID-19 (SAMHSA OTP guidance 2020; Radfar et al., Front. Psychiatry 2021)",
  entries: [
    { code: "in-person", name: "In person at the facility" },
    { code: "telemedicine", name: "Telemedicine (video or telephone)" },
    { code: "take-home-dosing", name: "Take-home doses of medication" },
    { code: "home-delivery", name: "Delivery of medication to the home" },
    { code: "outreach", name: "Outreach (mobile or street-based)" },
  ],
}))();
