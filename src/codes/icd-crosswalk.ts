/**
 * The ICD-10 <-> ICD-11 crosswalk for substance use disorders: F10-F19 against 6C40-6C4H (and the
 * two ICD-11 categories outside the block that F1x.6 and F1x.7 lead to), one-to-many where ICD-11
 * splits a category, each row with its relation.
 */
import { ICD10_SUBSTANCE_CATEGORIES, type Icd10ClinicalState } from "./icd10.js";
import { ICD11, ICD11_SUBSTANCE_CLASSES, type Icd11ClinicalState } from "./icd11.js";

/**
 * How a target code relates to the source code: `equivalent` (same meaning), `narrower` (the
 * target covers part of the source), `broader` (the target covers more than the source) or
 * `related` (they overlap; neither contains the other).
 *
 * @example
 * ```ts
 * import type { MappingRelation } from "treatment-quality";
 *
 * const relation: MappingRelation = "narrower";
 * ```
 */
export type MappingRelation = "equivalent" | "narrower" | "broader" | "related";

/**
 * One row of the crosswalk: an ICD-10 code, an ICD-11 code, and how the ICD-11 code relates to the
 * ICD-10 code. Every row has `verified: false`: WHO's mapping tables were not available to us, so
 * the rows are built from the structure of both classifications (see {@link ICD_CROSSWALK}).
 *
 * @example
 * ```ts
 * import type { IcdMapping } from "treatment-quality";
 *
 * const row: IcdMapping = { icd10: "F12.1", icd11: "6C41.0", relation: "narrower", verified: false };
 * ```
 */
export interface IcdMapping {
  /** The ICD-10 code (WHO edition), with its dot. */
  readonly icd10: string;
  /** The ICD-11 MMS code, with its dot. */
  readonly icd11: string;
  /** How `icd11` relates to `icd10`. */
  readonly relation: MappingRelation;
  /** `false`: not checked against WHO's published mapping tables. */
  readonly verified: false;
}

type SubstancePair = readonly [icd10: string, icd11: string, relation: MappingRelation];

/** Which ICD-11 classes each ICD-10 category covers. Several are splits or overlaps. */
const SUBSTANCE_PAIRS: readonly SubstancePair[] = [
  ["F10", "6C40", "equivalent"],
  ["F11", "6C43", "equivalent"],
  ["F12", "6C41", "narrower"],
  ["F12", "6C42", "narrower"],
  ["F13", "6C44", "equivalent"],
  ["F14", "6C45", "equivalent"],
  ["F15", "6C46", "narrower"],
  ["F15", "6C47", "narrower"],
  ["F15", "6C48", "narrower"],
  ["F15", "6C4C", "related"],
  ["F16", "6C49", "narrower"],
  ["F16", "6C4C", "related"],
  ["F16", "6C4D", "related"],
  ["F17", "6C4A", "equivalent"],
  ["F18", "6C4B", "equivalent"],
  ["F19", "6C4D", "related"],
  ["F19", "6C4E", "narrower"],
  ["F19", "6C4F", "narrower"],
  ["F19", "6C4G", "narrower"],
];

type StatePair = readonly [icd10: Icd10ClinicalState, icd11: Icd11ClinicalState, relation: MappingRelation];

/** How the ICD-10 fourth characters meet the ICD-11 states; they do not line up digit for digit. */
const STATE_PAIRS: readonly StatePair[] = [
  ["intoxication", "intoxication", "equivalent"],
  ["harmful-use", "harmful-episode", "narrower"],
  ["harmful-use", "harmful-pattern", "narrower"],
  ["dependence", "dependence", "equivalent"],
  ["withdrawal", "withdrawal", "equivalent"],
  ["withdrawal-delirium", "delirium", "broader"],
  ["psychotic-disorder", "psychotic-disorder", "equivalent"],
  ["other", "induced-disorders", "narrower"],
  ["unspecified", "unspecified", "equivalent"],
];

const ICD10_STATE_CHARACTER: Readonly<Record<Icd10ClinicalState, string>> = {
  intoxication: "0",
  "harmful-use": "1",
  dependence: "2",
  withdrawal: "3",
  "withdrawal-delirium": "4",
  "psychotic-disorder": "5",
  "amnesic-syndrome": "6",
  "residual-late-onset": "7",
  other: "8",
  unspecified: "9",
};

/** Dementia due to psychoactive substances exists in ICD-11 for three substances only. */
const DEMENTIA_BY_CATEGORY: Readonly<Record<string, string>> = { F10: "6D84.0", F13: "6D84.1", F18: "6D84.2" };

function combine(first: MappingRelation, second: MappingRelation): MappingRelation {
  if (first === "equivalent") return second;
  if (second === "equivalent" || first === second) return first;
  return "related";
}

function buildCrosswalk(): IcdMapping[] {
  const rows: IcdMapping[] = [];
  const add = (icd10: string, icd11: string, relation: MappingRelation) => rows.push({ icd10, icd11, relation, verified: false });
  for (const category of ICD10_SUBSTANCE_CATEGORIES) {
    const pairs = SUBSTANCE_PAIRS.filter(([icd10]) => icd10 === category.code);
    for (const [, classCode, relation] of pairs) add(category.code, classCode, relation);
    for (const [icd10State, icd11State, stateRelation] of STATE_PAIRS) {
      for (const [, classCode, substanceRelation] of pairs) {
        const character = ICD11_SUBSTANCE_CLASSES.find((each) => each.code === classCode)?.states[icd11State];
        if (character !== undefined) add(`${category.code}.${ICD10_STATE_CHARACTER[icd10State]}`, `${classCode}.${character}`, combine(substanceRelation, stateRelation));
      }
    }
    add(`${category.code}.6`, "6D72.1", "broader");
    const dementia = DEMENTIA_BY_CATEGORY[category.code];
    if (dementia !== undefined) add(`${category.code}.7`, dementia, "narrower");
  }
  return rows;
}

/**
 * The crosswalk between ICD-10 F10-F19 (WHO edition) and ICD-11 MMS 6C40-6C4H, as rows read from
 * ICD-10 to ICD-11. It is built from two small tables, which substances each ICD-10 category
 * covers and how the clinical states meet, so that every row follows from a rule a reviewer can
 * check:
 *
 * - F1x.0 acute intoxication -> 6C4x intoxication; F1x.1 harmful use -> episode of harmful use and
 *   harmful pattern of use (both narrower); F1x.2 -> dependence; F1x.3 withdrawal state ->
 *   withdrawal; F1x.4 withdrawal with delirium -> substance-induced delirium (broader: ICD-11's
 *   delirium also covers delirium in intoxication); F1x.5 -> substance-induced psychotic disorder;
 *   F1x.8 -> certain specified substance-induced disorders (narrower); F1x.9 -> unspecified.
 * - F1x.6 amnesic syndrome leads outside the block to 6D72.1; F1x.7 residual and late-onset
 *   psychotic disorder leads to dementia (6D84.0/.1/.2) for alcohol, sedatives and volatile
 *   solvents and to nothing for the others.
 * - Substances split: cannabinoids F12 -> cannabis and synthetic cannabinoids; other stimulants F15
 *   -> stimulants, synthetic cathinones and caffeine; F19 -> other specified, multiple and unknown
 *   substances; MDMA (6C4C) and dissociative drugs (6C4D) overlap F15/F16 and F16/F19.
 * - A state a class does not have gives no row (caffeine has no dependence, hallucinogens no
 *   withdrawal).
 *
 * WHO publishes official ICD-10/ICD-11 mapping tables with each MMS release; they were not
 * available to us, so every row says `verified: false`. Compare with them before you rely on a row.
 *
 * @example
 * ```ts
 * import { ICD_CROSSWALK } from "treatment-quality";
 *
 * ICD_CROSSWALK.filter((row) => row.icd10 === "F12.1").map((row) => row.icd11); // => ["6C41.0", "6C42.0", "6C41.1", "6C42.1"]
 * ```
 */
export const ICD_CROSSWALK: readonly IcdMapping[] = /* @__PURE__ */ buildCrosswalk();

const INVERSE: Readonly<Record<MappingRelation, MappingRelation>> = { equivalent: "equivalent", narrower: "broader", broader: "narrower", related: "related" };

/** Upper case, no surrounding space, and the dot put in where the code's shape makes it certain. */
function normalise(code: string, system: "icd10" | "icd11"): string {
  const compact = code.trim().toUpperCase();
  if (system === "icd10") return /^F1[0-9][0-9]$/.test(compact) ? `${compact.slice(0, 3)}.${compact.slice(3)}` : compact;
  return /^6[CD][0-9][0-9A-Z][0-9A-Z]{1,2}$/.test(compact) ? `${compact.slice(0, 4)}.${compact.slice(4)}` : compact;
}

/**
 * A code of the other classification and how it relates to the code looked up.
 *
 * @example
 * ```ts
 * import { findIcdMappings, type IcdTarget } from "treatment-quality";
 *
 * const targets: readonly IcdTarget[] = findIcdMappings("icd10", "F11.2");
 * ```
 */
export interface IcdTarget {
  /** The code in the other classification. */
  readonly code: string;
  /** How `code` relates to the code looked up. */
  readonly relation: MappingRelation;
}

/**
 * The codes of the other classification that a code maps to, each with its relation to the code
 * looked up. An ICD-11 fifth-character code (a course such as 6C43.20) maps as its parent, one
 * step narrower. Unknown codes give an empty array.
 *
 * @param from - the classification of `code`
 * @param code - the code, with or without its dot, in any case
 * @returns the targets in crosswalk order
 * @example
 * ```ts
 * import { findIcdMappings } from "treatment-quality";
 *
 * findIcdMappings("icd10", "F12.1"); // => [{ code: "6C41.0", relation: "narrower" }, { code: "6C42.0", relation: "narrower" }, { code: "6C41.1", relation: "narrower" }, { code: "6C42.1", relation: "narrower" }]
 * findIcdMappings("icd11", "6C43.20"); // => [{ code: "F11.2", relation: "broader" }]
 * ```
 */
export function findIcdMappings(from: "icd10" | "icd11", code: string): readonly IcdTarget[] {
  if (typeof code !== "string") return [];
  const normalised = normalise(code, from);
  if (from === "icd10") return ICD_CROSSWALK.filter((row) => row.icd10 === normalised).map((row) => ({ code: row.icd11, relation: row.relation }));
  const direct = ICD_CROSSWALK.filter((row) => row.icd11 === normalised).map((row) => ({ code: row.icd10, relation: INVERSE[row.relation] }));
  if (direct.length > 0) return direct;
  const parent = ICD11.entries.find((entry) => entry.code === normalised)?.parent;
  if (parent === undefined || !/\.[0-9A-Z]$/.test(parent)) return [];
  return findIcdMappings("icd11", parent).map((target) => ({ code: target.code, relation: combine("broader", target.relation) }));
}

/**
 * The ICD-11 MMS codes an ICD-10 code (F10-F19, WHO edition) maps to: several where ICD-11 splits
 * the category, none for an unknown code. Accepts `"F11.2"`, `"F112"` or `"f11.2"`. Relations are
 * in {@link findIcdMappings}; the rules are in {@link ICD_CROSSWALK}.
 *
 * @param code - an ICD-10 code, with or without its dot
 * @returns ICD-11 codes with their dots, or `[]`
 * @example
 * ```ts
 * import { mapIcd10ToIcd11 } from "treatment-quality";
 *
 * mapIcd10ToIcd11("F11.2"); // => ["6C43.2"]
 * mapIcd10ToIcd11("F13.3"); // => ["6C44.4"]
 * mapIcd10ToIcd11("F10.0"); // => ["6C40.3"]
 * mapIcd10ToIcd11("X99"); // => []
 * ```
 */
export function mapIcd10ToIcd11(code: string): readonly string[] {
  return findIcdMappings("icd10", code).map((target) => target.code);
}

/**
 * The ICD-10 codes (F10-F19, WHO edition) an ICD-11 MMS code maps to, none for an unknown code.
 * Accepts `"6C43.2"`, `"6C432"` or `"6c43.2"`; a fifth-character course maps as its parent.
 *
 * @param code - an ICD-11 code, with or without its dot
 * @returns ICD-10 codes with their dots, or `[]`
 * @example
 * ```ts
 * import { mapIcd11ToIcd10 } from "treatment-quality";
 *
 * mapIcd11ToIcd10("6C43.2"); // => ["F11.2"]
 * mapIcd11ToIcd10("6C41.0"); // => ["F12.1"]
 * mapIcd11ToIcd10("6C47.2"); // => ["F15.2"]
 * mapIcd11ToIcd10("6C4D.2"); // => ["F16.2", "F19.2"]
 * ```
 */
export function mapIcd11ToIcd10(code: string): readonly string[] {
  return findIcdMappings("icd11", code).map((target) => target.code);
}

