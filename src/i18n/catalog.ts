/** The shape of a label catalog: the labels of one locale, by vocabulary system and code. */

/**
 * A locale the library has labels for: English, Russian, Uzbek (Latin script) and Kazakh
 * (Cyrillic script).
 *
 * @example
 * ```ts
 * import type { Locale } from "treatment-quality";
 *
 * const locale: Locale = "ru";
 * ```
 */
export type Locale = "en" | "ru" | "uz" | "kk";

/**
 * The labels of one vocabulary in one locale, and how far they can be trusted.
 *
 * @example
 * ```ts
 * import type { LabelSet } from "treatment-quality";
 *
 * const set: LabelSet = {
 *   source: "Our translation; not reviewed by a native-speaking clinician.",
 *   verified: false,
 *   labels: { supervised: "Под наблюдением", "take-home": "На дом" },
 * };
 * ```
 */
export interface LabelSet {
  /** Where the labels come from: an official translation, or our own translation. */
  readonly source: string;
  /**
   * `true` when the labels were checked against `source` (except the codes in
   * `unverifiedCodes`); `false` when they are our own, machine-unverified translation.
   */
  readonly verified: boolean;
  /** The label of each code. A code without a label falls back along the lookup's chain. */
  readonly labels: Readonly<Record<string, string>>;
  /** Codes whose labels could not be checked although the set is `verified`. */
  readonly unverifiedCodes?: readonly string[];
}

/**
 * The labels of one locale, by vocabulary system id. Each catalog is its own export, so a bundle
 * that uses only one locale carries only that catalog.
 *
 * @example
 * ```ts
 * import type { LabelCatalog } from "treatment-quality";
 *
 * const catalog: LabelCatalog = { locale: "ru", systems: {} };
 * ```
 */
export interface LabelCatalog {
  /** The locale of every label in the catalog. */
  readonly locale: Exclude<Locale, "en">;
  /** The label sets, by vocabulary system id (`modality`, `tdi.route`, ...). */
  readonly systems: Readonly<Record<string, LabelSet>>;
}
