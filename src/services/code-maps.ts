/** The code maps of the library as data: the ICD-10/ICD-11 crosswalk and the tables the TDI and TEDS mappers use. */
import {
  DISCHARGE_REASON,
  ICD_CROSSWALK,
  ICD10,
  ICD11,
  MODALITY,
  REFERRAL_SOURCE,
  SETTING,
  SUBSTANCE,
  TDI_CENTRE_TYPE,
  TDI_PRIMARY_DRUG,
  TDI_REFERRAL_SOURCE,
  TEDS_REASON,
  TEDS_REFERRAL_SOURCE,
  TEDS_SUBSTANCE,
  type MappingRelation,
  type Vocabulary,
} from "../codes/index.js";
import { MODALITY_TO_CENTRE_TYPE, REFERRAL_TO_TDI, SETTING_TO_CENTRE_TYPE, SUBSTANCE_TO_TDI } from "./tdi-record.js";
import { REASON_TO_TEDS, REFERRAL_TO_TEDS, SUBSTANCE_TO_TEDS } from "./teds-discharge.js";

/**
 * One row of a code map: a source code, its target, and how the target relates to the source
 * (`narrower`: the target covers part of the source; `broader`: more than the source).
 *
 * @example
 * ```ts
 * import type { CodeMapRow } from "treatment-quality";
 *
 * const row: CodeMapRow = { from: "opium", to: "1.5", relation: "broader" };
 * ```
 */
export interface CodeMapRow {
  readonly from: string;
  readonly to: string;
  readonly relation: MappingRelation;
  /** False where the row could not be checked against the sources. */
  readonly verified?: false;
}

/**
 * A map from the codes of one vocabulary to those of another.
 *
 * @example
 * ```ts
 * import { CODE_MAPS, type CodeMap } from "treatment-quality";
 *
 * const crosswalk: CodeMap | undefined = CODE_MAPS.find((map) => map.id === "icd10-to-icd11");
 * ```
 */
export interface CodeMap {
  readonly id: string;
  readonly title: string;
  readonly source: Vocabulary;
  readonly target: Vocabulary;
  /** How the rows were made. */
  readonly method: string;
  readonly rows: readonly CodeMapRow[];
}

const TABLE_METHOD = "The table toTdiRecord or toTedsDischarge uses. Relation: broader where several source codes share the target, otherwise equivalent.";

/** A mapper's table as rows: a target shared by several source codes is broader than each of them. */
function rowsOfTable(table: Readonly<Partial<Record<string, string>>>): CodeMapRow[] {
  const entries = Object.entries(table).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const sharing = new Map<string, number>();
  for (const [, to] of entries) sharing.set(to, (sharing.get(to) ?? 0) + 1);
  return entries.map(([from, to]) => ({ from, to, relation: sharing.get(to)! > 1 ? "broader" : "equivalent" }));
}

/**
 * Every code map of the library, as data: the ICD-10 to ICD-11 crosswalk (`verified: false` on
 * every row, see {@link ICD_CROSSWALK}) and the tables behind {@link toTdiRecord} and
 * {@link toTedsDischarge} (substance, referral source, modality, setting and discharge reason to TDI
 * 3.0 and TEDS codes). {@link toFhirConceptMap} turns each into a FHIR `ConceptMap`.
 *
 * @example
 * ```ts
 * import { CODE_MAPS } from "treatment-quality";
 *
 * CODE_MAPS.map((map) => map.id);
 * // => ["icd10-to-icd11", "substance-to-tdi-primary-drug", "referral-source-to-tdi", "modality-to-tdi-centre-type", "setting-to-tdi-centre-type", "substance-to-teds", "referral-source-to-teds", "discharge-reason-to-teds"]
 * ```
 */
export const CODE_MAPS: readonly CodeMap[] = /* @__PURE__ */ (() => [
  {
    id: "icd10-to-icd11",
    title: "ICD-10 F10-F19 to ICD-11 6C40-6C4H",
    source: ICD10,
    target: ICD11,
    method: "Built from the structure of both classifications; WHO's mapping tables were not available, so every row is unverified.",
    rows: ICD_CROSSWALK.map((row) => ({ from: row.icd10, to: row.icd11, relation: row.relation, verified: false as const })),
  },
  { id: "substance-to-tdi-primary-drug", title: "Substance to TDI 3.0 primary drug", source: SUBSTANCE, target: TDI_PRIMARY_DRUG, method: TABLE_METHOD, rows: rowsOfTable(SUBSTANCE_TO_TDI) },
  { id: "referral-source-to-tdi", title: "Referral source to TDI 3.0 referral source", source: REFERRAL_SOURCE, target: TDI_REFERRAL_SOURCE, method: TABLE_METHOD, rows: rowsOfTable(REFERRAL_TO_TDI) },
  { id: "modality-to-tdi-centre-type", title: "Treatment modality to TDI 3.0 centre type", source: MODALITY, target: TDI_CENTRE_TYPE, method: TABLE_METHOD, rows: rowsOfTable(MODALITY_TO_CENTRE_TYPE) },
  { id: "setting-to-tdi-centre-type", title: "Setting to TDI 3.0 centre type (settings that decide it)", source: SETTING, target: TDI_CENTRE_TYPE, method: TABLE_METHOD, rows: rowsOfTable(SETTING_TO_CENTRE_TYPE) },
  { id: "substance-to-teds", title: "Substance to TEDS substance", source: SUBSTANCE, target: TEDS_SUBSTANCE, method: TABLE_METHOD, rows: rowsOfTable(SUBSTANCE_TO_TEDS) },
  { id: "referral-source-to-teds", title: "Referral source to TEDS referral source", source: REFERRAL_SOURCE, target: TEDS_REFERRAL_SOURCE, method: TABLE_METHOD, rows: rowsOfTable(REFERRAL_TO_TEDS) },
  { id: "discharge-reason-to-teds", title: "Discharge reason to TEDS reason for discharge", source: DISCHARGE_REASON, target: TEDS_REASON, method: TABLE_METHOD, rows: rowsOfTable(REASON_TO_TEDS) },
])();
