/** ICD-10 (WHO edition) block F10-F19: mental and behavioural disorders due to psychoactive substance use. */
import { defineVocabulary, type VocabularyEntry } from "./vocabulary.js";

/**
 * The ten ICD-10 substance categories F10-F19, each with the substance phrase of its WHO title
 * ("Mental and behavioural disorders due to use of ...").
 *
 * @example
 * ```ts
 * import { ICD10_SUBSTANCE_CATEGORIES } from "treatment-quality";
 *
 * ICD10_SUBSTANCE_CATEGORIES[1]; // => { code: "F11", title: "Mental and behavioural disorders due to use of opioids" }
 * ```
 */
export const ICD10_SUBSTANCE_CATEGORIES = [
  { code: "F10", title: "Mental and behavioural disorders due to use of alcohol" },
  { code: "F11", title: "Mental and behavioural disorders due to use of opioids" },
  { code: "F12", title: "Mental and behavioural disorders due to use of cannabinoids" },
  { code: "F13", title: "Mental and behavioural disorders due to use of sedatives or hypnotics" },
  { code: "F14", title: "Mental and behavioural disorders due to use of cocaine" },
  { code: "F15", title: "Mental and behavioural disorders due to use of other stimulants, including caffeine" },
  { code: "F16", title: "Mental and behavioural disorders due to use of hallucinogens" },
  { code: "F17", title: "Mental and behavioural disorders due to use of tobacco" },
  { code: "F18", title: "Mental and behavioural disorders due to use of volatile solvents" },
  { code: "F19", title: "Mental and behavioural disorders due to multiple drug use and use of other psychoactive substances" },
] as const;

/**
 * The clinical states of ICD-10 F10-F19, by fourth character; the same ten for every substance.
 *
 * @example
 * ```ts
 * import { ICD10_CLINICAL_STATES } from "treatment-quality";
 *
 * ICD10_CLINICAL_STATES[2]; // => { character: "2", state: "dependence", title: "Dependence syndrome" }
 * ```
 */
export const ICD10_CLINICAL_STATES = [
  { character: "0", state: "intoxication", title: "Acute intoxication" },
  { character: "1", state: "harmful-use", title: "Harmful use" },
  { character: "2", state: "dependence", title: "Dependence syndrome" },
  { character: "3", state: "withdrawal", title: "Withdrawal state" },
  { character: "4", state: "withdrawal-delirium", title: "Withdrawal state with delirium" },
  { character: "5", state: "psychotic-disorder", title: "Psychotic disorder" },
  { character: "6", state: "amnesic-syndrome", title: "Amnesic syndrome" },
  { character: "7", state: "residual-late-onset", title: "Residual and late-onset psychotic disorder" },
  { character: "8", state: "other", title: "Other mental and behavioural disorders" },
  { character: "9", state: "unspecified", title: "Unspecified mental and behavioural disorder" },
] as const;

/**
 * ICD-10 clinical state names, as in {@link ICD10_CLINICAL_STATES}.
 *
 * @example
 * ```ts
 * import type { Icd10ClinicalState } from "treatment-quality";
 *
 * const state: Icd10ClinicalState = "dependence";
 * ```
 */
export type Icd10ClinicalState = (typeof ICD10_CLINICAL_STATES)[number]["state"];

function icd10Entries(): VocabularyEntry[] {
  return ICD10_SUBSTANCE_CATEGORIES.flatMap((category) => [
    { code: category.code, name: category.title },
    ...ICD10_CLINICAL_STATES.map((state) => ({
      code: `${category.code}.${state.character}`,
      name: `${category.title}: ${state.title.toLowerCase()}`,
      parent: category.code,
    })),
  ]);
}

/**
 * ICD-10 (WHO edition, 2019 version) F10-F19 with the fourth-character clinical states: 10
 * three-character categories and 100 four-character codes. Names are the category title and the
 * state title joined by a colon. This is WHO's ICD-10, not ICD-10-CM, whose subcodes differ.
 *
 * @example
 * ```ts
 * import { ICD10 } from "treatment-quality";
 *
 * ICD10.entries.find((entry) => entry.code === "F11.2")?.name; // => "Mental and behavioural disorders due to use of opioids: dependence syndrome"
 * ```
 */
export const ICD10: {
  readonly system: "icd10";
  readonly title: string;
  readonly source: string;
  readonly entries: readonly VocabularyEntry[];
} = /* @__PURE__ */ (() => defineVocabulary({
  system: "icd10",
  title: "ICD-10 F10-F19, mental and behavioural disorders due to psychoactive substance use",
  source:
    "WHO, International Statistical Classification of Diseases and Related Health Problems, 10th revision (2019 version), chapter V, block F10-F19; The ICD-10 Classification of Mental and Behavioural Disorders: Clinical descriptions and diagnostic guidelines (1992)",
  entries: icd10Entries(),
}))();
