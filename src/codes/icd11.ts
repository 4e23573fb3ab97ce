/** ICD-11 MMS block 6C40-6C4H: disorders due to substance use, with their subcategories. */
import { defineVocabulary, type VocabularyEntry } from "./vocabulary.js";

/**
 * A clinical state of the ICD-11 substance-use block; which states a class has, and under which
 * character, differs between classes (caffeine has no dependence, hallucinogens no withdrawal).
 *
 * @example
 * ```ts
 * import type { Icd11ClinicalState } from "treatment-quality";
 *
 * const state: Icd11ClinicalState = "harmful-pattern";
 * ```
 */
export type Icd11ClinicalState =
  | "harmful-episode"
  | "harmful-pattern"
  | "dependence"
  | "intoxication"
  | "withdrawal"
  | "delirium"
  | "psychotic-disorder"
  | "induced-disorders"
  | "other-specified"
  | "unspecified";

/**
 * One class of the ICD-11 substance-use block with the character of each clinical state it has.
 *
 * @example
 * ```ts
 * import { ICD11_SUBSTANCE_CLASSES, type Icd11SubstanceClass } from "treatment-quality";
 *
 * const opioids: Icd11SubstanceClass | undefined = ICD11_SUBSTANCE_CLASSES.find((each) => each.code === "6C43");
 * ```
 */
export interface Icd11SubstanceClass {
  /** The four-character code, `6C40` to `6C4H`. */
  readonly code: string;
  /** WHO's title of the class. */
  readonly title: string;
  /** The substance as a noun phrase: "Episode of harmful use of {noun}". */
  readonly noun: string;
  /** The substance as a modifier: "{modifier} dependence", "{modifier}-induced delirium". */
  readonly modifier: string;
  /** What WHO's titles add after the state, such as " including ketamine or PCP". */
  readonly qualifier: string;
  /** The character after the dot of each clinical state the class has. */
  readonly states: Readonly<Partial<Record<Icd11ClinicalState, string>>>;
}

const FULL = {
  "harmful-episode": "0",
  "harmful-pattern": "1",
  dependence: "2",
  intoxication: "3",
  withdrawal: "4",
  delirium: "5",
  "psychotic-disorder": "6",
  "induced-disorders": "7",
  "other-specified": "Y",
  unspecified: "Z",
} as const;
const WITHOUT_WITHDRAWAL = {
  "harmful-episode": "0",
  "harmful-pattern": "1",
  dependence: "2",
  intoxication: "3",
  delirium: "4",
  "psychotic-disorder": "5",
  "induced-disorders": "6",
  "other-specified": "Y",
  unspecified: "Z",
} as const;

function substanceClass(code: string, noun: string, modifier: string, states: Icd11SubstanceClass["states"], qualifier = ""): Icd11SubstanceClass {
  return { code, title: `Disorders due to use of ${noun}`, noun, modifier, qualifier, states };
}

/**
 * The eighteen classes of the ICD-11 MMS block "Disorders due to substance use" (6C40-6C4H), with
 * the clinical states each has. Caffeine (6C48) has no dependence, so its intoxication is `.2`;
 * hallucinogens (6C49) and dissociative drugs (6C4D) have no withdrawal, so their delirium is
 * `.4`; nicotine (6C4A) has no induced disorders; non-psychoactive substances (6C4H) have only the
 * two harmful-use categories.
 *
 * @example
 * ```ts
 * import { ICD11_SUBSTANCE_CLASSES } from "treatment-quality";
 *
 * ICD11_SUBSTANCE_CLASSES.find((each) => each.code === "6C48")?.states.intoxication; // => "2"
 * ```
 */
export const ICD11_SUBSTANCE_CLASSES: readonly Icd11SubstanceClass[] = [
  substanceClass("6C40", "alcohol", "Alcohol", FULL),
  substanceClass("6C41", "cannabis", "Cannabis", FULL),
  substanceClass("6C42", "synthetic cannabinoids", "Synthetic cannabinoid", FULL),
  substanceClass("6C43", "opioids", "Opioid", FULL),
  substanceClass("6C44", "sedatives, hypnotics or anxiolytics", "Sedative, hypnotic or anxiolytic", FULL),
  substanceClass("6C45", "cocaine", "Cocaine", FULL),
  substanceClass("6C46", "stimulants including amphetamines, methamphetamine or methcathinone", "Stimulant", FULL, " including amphetamines, methamphetamine or methcathinone"),
  substanceClass("6C47", "synthetic cathinones", "Synthetic cathinone", FULL),
  substanceClass("6C48", "caffeine", "Caffeine", {
    "harmful-episode": "0",
    "harmful-pattern": "1",
    intoxication: "2",
    withdrawal: "3",
    "induced-disorders": "4",
    "other-specified": "Y",
    unspecified: "Z",
  }),
  substanceClass("6C49", "hallucinogens", "Hallucinogen", WITHOUT_WITHDRAWAL),
  substanceClass("6C4A", "nicotine", "Nicotine", {
    "harmful-episode": "0",
    "harmful-pattern": "1",
    dependence: "2",
    intoxication: "3",
    withdrawal: "4",
    "other-specified": "Y",
    unspecified: "Z",
  }),
  substanceClass("6C4B", "volatile inhalants", "Volatile inhalant", FULL),
  substanceClass("6C4C", "MDMA or related drugs, including MDA", "MDMA or related drug", FULL, ", including MDA"),
  substanceClass("6C4D", "dissociative drugs including ketamine and phencyclidine [PCP]", "Dissociative drug", WITHOUT_WITHDRAWAL, " including ketamine or PCP"),
  substanceClass("6C4E", "other specified psychoactive substances, including medications", "Other specified psychoactive substance", FULL),
  substanceClass("6C4F", "multiple specified psychoactive substances, including medications", "Multiple specified psychoactive substances", FULL),
  substanceClass("6C4G", "unknown or unspecified psychoactive substances", "Unknown or unspecified psychoactive substance", FULL),
  substanceClass("6C4H", "non-psychoactive substances", "Non-psychoactive substance", { "harmful-episode": "0", "harmful-pattern": "1" }),
];

/** Codes seen with their titles in a source we could check (see the vocabulary's TSDoc). */
const SEEN_IN_A_SOURCE = /* @__PURE__ */ new Set(
  (
    "6C40 6C41 6C42 6C43 6C44 6C45 6C46 6C47 6C48 6C49 6C4A 6C4B 6C4C 6C4D 6C4E 6C4F 6C4G 6C4H " +
    "6C40.0 6C40.1 6C40.10 6C40.11 6C40.1Z 6C40.2 6C40.20 6C40.21 6C40.2Z 6C40.4 6C40.6 6C40.Y 6C40.Z " +
    "6C41.0 6C41.1 6C41.10 6C41.11 6C41.2 " +
    "6C43.0 6C43.1 6C43.10 6C43.11 6C43.1Z 6C43.2 6C43.20 6C43.3 6C43.4 6C43.5 6C43.6 " +
    "6C44.0 6C44.22 6C45.4 6C45.5 6C45.6 6C46.1 6C46.1Z 6C46.20 6C46.7 6C46.Y 6C46.Z " +
    "6C48.0 6C48.1 6C48.3 " +
    "6C49.0 6C49.1 6C49.10 6C49.11 6C49.1Z 6C49.2 6C49.20 6C49.21 6C49.3 " +
    "6C4A.0 6C4A.1 6C4A.2 6C4A.22 6C4A.3 6C4D.0 6C4D.5 6C4F.5 6C4G.0 6C4G.1 6C4G.2 6C4H.0 6C4H.1 " +
    "6D72.1 6D84 6D84.0 6D84.1 6D84.2 6D84.Y"
  ).split(" "),
);

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** English name of a state of a class, composed the way WHO composes the titles. */
function stateName(substance: Icd11SubstanceClass, state: Icd11ClinicalState): string {
  const { noun, modifier, qualifier } = substance;
  switch (state) {
    case "harmful-episode":
      return `Episode of harmful use of ${noun}`;
    case "harmful-pattern":
      return `Harmful pattern of use of ${noun}`;
    case "dependence":
      return `${modifier} dependence${qualifier}`;
    case "intoxication":
      return `${modifier} intoxication${qualifier}`;
    case "withdrawal":
      return `${modifier} withdrawal${qualifier}`;
    case "delirium":
      return `${modifier}-induced delirium${qualifier}`;
    case "psychotic-disorder":
      return `${modifier}-induced psychotic disorder${qualifier}`;
    case "induced-disorders":
      return `Certain specified ${lowerFirst(modifier)}-induced mental or behavioural disorders${qualifier}`;
    case "other-specified":
      return `Other specified disorders due to use of ${noun}`;
    case "unspecified":
      return `Disorders due to use of ${noun}, unspecified`;
  }
}

const HARMFUL_PATTERN_COURSES = [
  ["0", "episodic"],
  ["1", "continuous"],
  ["Z", "unspecified"],
] as const;
const DEPENDENCE_COURSES = [
  ["0", "current use"],
  ["1", "early full remission"],
  ["2", "sustained partial remission"],
  ["3", "sustained full remission"],
  ["Z", "unspecified"],
] as const;
/** Alcohol splits current use into continuous and episodic, which moves the remissions up by one. */
const ALCOHOL_DEPENDENCE_COURSES = [
  ["0", "current use, continuous"],
  ["1", "current use, episodic"],
  ["2", "early full remission"],
  ["3", "sustained partial remission"],
  ["4", "sustained full remission"],
  ["Z", "unspecified"],
] as const;

/** The fifth-character courses of a state, where the library lists them. */
function icd11Courses(classCode: string, state: Icd11ClinicalState): readonly (readonly [string, string])[] {
  if (state === "harmful-pattern") return HARMFUL_PATTERN_COURSES;
  if (state === "dependence") return classCode === "6C40" ? ALCOHOL_DEPENDENCE_COURSES : DEPENDENCE_COURSES;
  return [];
}

const UNSEEN_NOTE = "Follows the WHO pattern for this block; not seen with its title in a source we could check.";

function entry(code: string, name: string, parent?: string): VocabularyEntry {
  const seen = SEEN_IN_A_SOURCE.has(code);
  return { code, name, ...(parent === undefined ? {} : { parent }), ...(seen ? {} : { verified: false as const, note: UNSEEN_NOTE }) };
}

function icd11Entries(): VocabularyEntry[] {
  const block = ICD11_SUBSTANCE_CLASSES.flatMap((substance) => [
    entry(substance.code, substance.title),
    ...Object.entries(substance.states).flatMap(([state, character]) => {
      const code = `${substance.code}.${character}`;
      const name = stateName(substance, state as Icd11ClinicalState);
      const courses = icd11Courses(substance.code, state as Icd11ClinicalState);
      return [entry(code, name, substance.code), ...courses.map(([fifth, course]) => entry(`${code}${fifth}`, `${name}, ${course}`, code))];
    }),
  ]);
  const outside = [
    entry("6D72.1", "Amnestic disorder due to psychoactive substances including medications"),
    entry("6D84", "Dementia due to psychoactive substances including medications"),
    entry("6D84.0", "Dementia due to use of alcohol", "6D84"),
    entry("6D84.1", "Dementia due to use of sedatives, hypnotics or anxiolytics", "6D84"),
    entry("6D84.2", "Dementia due to use of volatile inhalants", "6D84"),
    entry("6D84.Y", "Dementia due to other specified psychoactive substance", "6D84"),
  ];
  return [...block, ...outside];
}

/**
 * ICD-11 for Mortality and Morbidity Statistics (MMS), release 2024-01: the block "Disorders due
 * to substance use" (6C40-6C4H) with each class's clinical states, the fifth-character courses of
 * harmful pattern of use and of dependence, and the six codes outside the block that ICD-10
 * F1x.6 and F1x.7 lead to (6D72.1 amnestic disorder, 6D84 dementia). Fifth characters of
 * withdrawal, psychotic disorders and induced disorders are not listed.
 *
 * Names are composed from the class and the state the way WHO composes its titles, so a few
 * differ in wording from the MMS (6C4E-6C4G, for example). Codes we could not see with their
 * title in a source (WHO browser copies, icd-diagnostica.com, findacode.com 2024-01 pages,
 * mrcpsych.uk, worldoftaxonomy.com) carry `verified: false`: they follow the block's pattern and
 * should be checked against the WHO release files before a registry relies on them.
 *
 * @example
 * ```ts
 * import { ICD11 } from "treatment-quality";
 *
 * ICD11.entries.find((entry) => entry.code === "6C43.2")?.name; // => "Opioid dependence"
 * ICD11.entries.find((entry) => entry.code === "6C48.2")?.name; // => "Caffeine intoxication"
 * ```
 */
export const ICD11: {
  readonly system: "icd11";
  readonly title: string;
  readonly source: string;
  readonly entries: readonly VocabularyEntry[];
} = /* @__PURE__ */ (() => defineVocabulary({
  system: "icd11",
  title: "ICD-11 MMS 6C40-6C4H, disorders due to substance use",
  source: "WHO, ICD-11 for Mortality and Morbidity Statistics (MMS), release 2024-01, chapter 06, block L2-6C4 'Disorders due to substance use'",
  entries: icd11Entries(),
}))();
