/**
 * EMCDDA Treatment Demand Indicator (TDI) protocol 3.0 categories. The category lists follow the
 * TDI 3.0 standard tables as national focal points implement them for EMCDDA (now EUDA)
 * reporting; the protocol's own numeric item codes were not available to us, so the codes here
 * are stable slugs of ours (and the two-level numbering of the primary-drug table).
 */
import { defineVocabulary } from "./vocabulary.js";

const TDI_3_0 = "EMCDDA, Treatment demand indicator (TDI) standard protocol 3.0 (Lisbon, 2012)";

/**
 * TDI treatment centre type.
 *
 * @example
 * ```ts
 * import { TDI_CENTRE_TYPE, codesOf } from "treatment-quality";
 *
 * codesOf(TDI_CENTRE_TYPE).includes("low-threshold"); // => true
 * ```
 */
export const TDI_CENTRE_TYPE = /* @__PURE__ */ (() => defineVocabulary({
  system: "tdi.centreType",
  title: "TDI treatment centre type",
  source: `${TDI_3_0}, item "type of treatment centre"`,
  entries: [
    { code: "outpatient", name: "Outpatient treatment centre" },
    { code: "inpatient", name: "Inpatient treatment centre" },
    { code: "prison", name: "Treatment unit in prison" },
    { code: "general-practitioner", name: "General practitioner" },
    { code: "low-threshold", name: "Low-threshold agency" },
    { code: "other", name: "Other" },
    { code: "not-known", name: "Not known" },
  ],
}))();

/**
 * TDI treatment status: whether the client was treated before. National implementations count a
 * client treated before, but not in the last six months, as previously treated.
 *
 * @example
 * ```ts
 * import { TDI_TREATMENT_STATUS, codesOf } from "treatment-quality";
 *
 * codesOf(TDI_TREATMENT_STATUS); // => ["never-treated", "previously-treated", "not-known"]
 * ```
 */
export const TDI_TREATMENT_STATUS = /* @__PURE__ */ (() => defineVocabulary({
  system: "tdi.treatmentStatus",
  title: "TDI treatment status",
  source: `${TDI_3_0}, item "ever previously treated"`,
  entries: [
    { code: "never-treated", name: "Never previously treated" },
    { code: "previously-treated", name: "Previously treated" },
    { code: "not-known", name: "Not known" },
  ],
}))();

/**
 * TDI source of referral.
 *
 * @example
 * ```ts
 * import { TDI_REFERRAL_SOURCE, codesOf } from "treatment-quality";
 *
 * codesOf(TDI_REFERRAL_SOURCE)[0]; // => "self-family-friends"
 * ```
 */
export const TDI_REFERRAL_SOURCE = /* @__PURE__ */ (() => defineVocabulary({
  system: "tdi.referralSource",
  title: "TDI source of referral",
  source: `${TDI_3_0}, item "source of referral"`,
  entries: [
    { code: "self-family-friends", name: "Self-referral, family or friends" },
    { code: "general-practitioner", name: "General practitioner" },
    { code: "drug-treatment-centre", name: "Other drug treatment centre" },
    { code: "health-social-services", name: "Other health or social services" },
    { code: "education", name: "Educational services" },
    { code: "court-probation-police", name: "Court, probation or police" },
    { code: "other", name: "Other" },
    { code: "not-known", name: "Not known" },
  ],
}))();

/**
 * TDI living status: with whom the client lives.
 *
 * @example
 * ```ts
 * import { TDI_LIVING_WITH, codesOf } from "treatment-quality";
 *
 * codesOf(TDI_LIVING_WITH).includes("with-family"); // => true
 * ```
 */
export const TDI_LIVING_WITH = /* @__PURE__ */ (() => defineVocabulary({
  system: "tdi.livingWith",
  title: "TDI living status (with whom)",
  source: `${TDI_3_0}, item "living status (with whom)"`,
  entries: [
    { code: "alone", name: "Alone" },
    { code: "with-family", name: "With family" },
    { code: "with-partner", name: "With partner" },
    { code: "with-friends", name: "With friends" },
    { code: "in-detention", name: "In detention" },
    { code: "in-institution", name: "In an institution" },
    { code: "other", name: "Other" },
    { code: "not-known", name: "Not known" },
  ],
}))();

/**
 * TDI: whether the client lives with children.
 *
 * @example
 * ```ts
 * import { TDI_LIVING_WITH_CHILDREN, codesOf } from "treatment-quality";
 *
 * codesOf(TDI_LIVING_WITH_CHILDREN); // => ["no", "yes", "not-known"]
 * ```
 */
export const TDI_LIVING_WITH_CHILDREN = /* @__PURE__ */ (() => defineVocabulary({
  system: "tdi.livingWithChildren",
  title: "TDI living with children",
  source: `${TDI_3_0}, item "drug clients with children"`,
  entries: [
    { code: "no", name: "Not living with children" },
    { code: "yes", name: "Living with children" },
    { code: "not-known", name: "Not known" },
  ],
}))();

/**
 * TDI living status: where the client lives.
 *
 * @example
 * ```ts
 * import { TDI_LIVING_WHERE, codesOf } from "treatment-quality";
 *
 * codesOf(TDI_LIVING_WHERE)[0]; // => "stable"
 * ```
 */
export const TDI_LIVING_WHERE = /* @__PURE__ */ (() => defineVocabulary({
  system: "tdi.livingWhere",
  title: "TDI living status (where)",
  source: `${TDI_3_0}, item "living status (where)"`,
  entries: [
    { code: "stable", name: "Stable accommodation" },
    { code: "unstable-homeless", name: "Unstable accommodation or homeless" },
    { code: "in-detention", name: "In detention" },
    { code: "other", name: "Other" },
    { code: "not-known", name: "Not known" },
  ],
}))();

/**
 * TDI labour status.
 *
 * @example
 * ```ts
 * import { TDI_LABOUR_STATUS, codesOf } from "treatment-quality";
 *
 * codesOf(TDI_LABOUR_STATUS).includes("student"); // => true
 * ```
 */
export const TDI_LABOUR_STATUS = /* @__PURE__ */ (() => defineVocabulary({
  system: "tdi.labourStatus",
  title: "TDI labour status",
  source: `${TDI_3_0}, item "labour status"`,
  entries: [
    { code: "regularly-employed", name: "Regularly employed" },
    { code: "occasionally-employed", name: "Occasionally employed" },
    { code: "student", name: "Student" },
    { code: "unemployed", name: "Unemployed or discouraged" },
    { code: "economically-inactive", name: "Receiving social benefits, pensioner, homemaker or disabled" },
    { code: "other", name: "Other" },
    { code: "not-known", name: "Not known" },
  ],
}))();

/**
 * TDI highest educational level completed.
 *
 * @example
 * ```ts
 * import { TDI_EDUCATION, codesOf } from "treatment-quality";
 *
 * codesOf(TDI_EDUCATION); // => ["none", "primary", "secondary", "higher", "not-known"]
 * ```
 */
export const TDI_EDUCATION = /* @__PURE__ */ (() => defineVocabulary({
  system: "tdi.education",
  title: "TDI highest educational level completed",
  source: `${TDI_3_0}, item "highest educational level completed"`,
  entries: [
    { code: "none", name: "Never went to school or never completed primary school" },
    { code: "primary", name: "Primary" },
    { code: "secondary", name: "Secondary" },
    { code: "higher", name: "Higher" },
    { code: "not-known", name: "Not known" },
  ],
}))();

/**
 * TDI route of administration of the primary drug.
 *
 * @example
 * ```ts
 * import { TDI_ROUTE, codesOf } from "treatment-quality";
 *
 * codesOf(TDI_ROUTE)[0]; // => "inject"
 * ```
 */
export const TDI_ROUTE = /* @__PURE__ */ (() => defineVocabulary({
  system: "tdi.route",
  title: "TDI route of administration",
  source: `${TDI_3_0}, item "usual route of administration"`,
  entries: [
    { code: "inject", name: "Inject" },
    { code: "smoke-inhale", name: "Smoke or inhale" },
    { code: "eat-drink", name: "Eat or drink" },
    { code: "sniff", name: "Sniff" },
    { code: "other", name: "Other" },
    { code: "not-known", name: "Not known" },
  ],
}))();

/**
 * TDI frequency of use of the primary drug in the last 30 days.
 *
 * @example
 * ```ts
 * import { TDI_FREQUENCY, codesOf } from "treatment-quality";
 *
 * codesOf(TDI_FREQUENCY)[0]; // => "daily"
 * ```
 */
export const TDI_FREQUENCY = /* @__PURE__ */ (() => defineVocabulary({
  system: "tdi.frequency",
  title: "TDI frequency of use (last 30 days)",
  source: `${TDI_3_0}, item "frequency of use of the primary drug"`,
  entries: [
    { code: "daily", name: "Daily" },
    { code: "4-6-days-a-week", name: "4 to 6 days a week" },
    { code: "2-3-days-a-week", name: "2 to 3 days a week" },
    { code: "once-a-week-or-less", name: "Once a week or less" },
    { code: "not-used-last-30-days", name: "Not used in the last 30 days" },
    { code: "not-known", name: "Not known" },
  ],
}))();

/**
 * TDI injecting behaviour.
 *
 * @example
 * ```ts
 * import { TDI_INJECTING, codesOf } from "treatment-quality";
 *
 * codesOf(TDI_INJECTING).includes("last-30-days"); // => true
 * ```
 */
export const TDI_INJECTING = /* @__PURE__ */ (() => defineVocabulary({
  system: "tdi.injecting",
  title: "TDI injecting behaviour",
  source: `${TDI_3_0}, items "ever injected" and "currently injecting"`,
  entries: [
    { code: "never", name: "Never injected" },
    { code: "last-30-days", name: "Injected in the last 30 days" },
    { code: "last-12-months", name: "Injected in the last 12 months, but not in the last 30 days" },
    { code: "more-than-12-months-ago", name: "Injected more than 12 months ago" },
    { code: "not-known", name: "Not known" },
  ],
}))();

/**
 * TDI opioid substitution treatment (OST) status. TDI says "substitution"; the International
 * Standards and this library say opioid agonist treatment (OAT) for the same thing.
 *
 * @example
 * ```ts
 * import { TDI_OST_STATUS, codesOf } from "treatment-quality";
 *
 * codesOf(TDI_OST_STATUS); // => ["never", "ever-not-current", "current", "not-known"]
 * ```
 */
export const TDI_OST_STATUS = /* @__PURE__ */ (() => defineVocabulary({
  system: "tdi.ostStatus",
  title: "TDI opioid substitution treatment status",
  source: `${TDI_3_0}, item "ever received opioid substitution treatment"`,
  entries: [
    { code: "never", name: "Never been in OST" },
    { code: "ever-not-current", name: "Has been in OST, but not currently" },
    { code: "current", name: "Currently in OST" },
    { code: "not-known", name: "Not known" },
  ],
}))();

/**
 * TDI primary drug, a two-level hierarchy: groups `"1"` to `"9"` and `"99"`, and their
 * sub-categories `"1.1"` to `"7.3"` (each with `parent`). The numbering is that of the TDI 3.0
 * standard tables. Group `"8"` (alcohol) fills the gap the drug tables leave at 8; we could not
 * check it against the protocol, so it is marked unverified.
 *
 * @example
 * ```ts
 * import { TDI_PRIMARY_DRUG } from "treatment-quality";
 *
 * TDI_PRIMARY_DRUG.entries.find((entry) => entry.code === "1.1"); // => { code: "1.1", name: "Heroin", parent: "1" }
 * ```
 */
export const TDI_PRIMARY_DRUG = /* @__PURE__ */ (() => defineVocabulary({
  system: "tdi.primaryDrug",
  title: "TDI primary drug",
  source: `${TDI_3_0}, item "primary drug", standard tables`,
  entries: [
    { code: "1", name: "Opioids" },
    { code: "1.1", name: "Heroin", parent: "1" },
    { code: "1.2", name: "Methadone misused", parent: "1" },
    { code: "1.3", name: "Buprenorphine misused", parent: "1" },
    { code: "1.4", name: "Fentanyls misused", parent: "1" },
    { code: "1.5", name: "Other opioids", parent: "1" },
    { code: "2", name: "Cocaine" },
    { code: "2.1", name: "Powder cocaine (HCl)", parent: "2" },
    { code: "2.2", name: "Crack cocaine", parent: "2" },
    { code: "2.3", name: "Other cocaine", parent: "2" },
    { code: "3", name: "Stimulants other than cocaine" },
    { code: "3.1", name: "Amphetamines", parent: "3" },
    { code: "3.2", name: "Methamphetamines", parent: "3" },
    { code: "3.3", name: "MDMA and derivatives", parent: "3" },
    { code: "3.4", name: "Synthetic cathinones", parent: "3" },
    { code: "3.5", name: "Other stimulants", parent: "3" },
    { code: "4", name: "Hypnotics and sedatives" },
    { code: "4.1", name: "Barbiturates misused", parent: "4" },
    { code: "4.2", name: "Benzodiazepines misused", parent: "4" },
    { code: "4.3", name: "GHB/GBL", parent: "4" },
    { code: "4.4", name: "Other hypnotics and sedatives", parent: "4" },
    { code: "5", name: "Hallucinogens" },
    { code: "5.1", name: "LSD", parent: "5" },
    { code: "5.2", name: "Ketamine", parent: "5" },
    { code: "5.3", name: "Other hallucinogens", parent: "5" },
    { code: "6", name: "Volatile inhalants" },
    { code: "7", name: "Cannabis" },
    { code: "7.1", name: "Herbal cannabis or resin", parent: "7" },
    { code: "7.2", name: "Synthetic cannabinoids", parent: "7" },
    { code: "7.3", name: "Other cannabis", parent: "7" },
    { code: "8", name: "Alcohol", verified: false, note: "Not in the drug tables we could check; the group number is inferred from the gap at 8." },
    { code: "9", name: "Other substances" },
    { code: "99", name: "Not known or missing" },
  ],
}))();
