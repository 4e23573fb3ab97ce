/**
 * The shape of a vocabulary: a closed set of codes, each with its English name, and the source
 * that defines it.
 */

/**
 * One code of a vocabulary.
 *
 * @example
 * ```ts
 * import type { VocabularyEntry } from "treatment-quality";
 *
 * const entry: VocabularyEntry = { code: "outpatient", name: "Outpatient treatment" };
 * ```
 */
export interface VocabularyEntry<Code extends string = string> {
  /** The code as it is stored in records: stable, case-sensitive. */
  readonly code: Code;
  /** The English name, the label every locale falls back to. */
  readonly name: string;
  /** The code of the parent entry in a hierarchical vocabulary (TDI primary drug, ICD). */
  readonly parent?: Code;
  /**
   * `false` where the code or its meaning could not be checked against the source named by the
   * vocabulary (the note then says what is uncertain); absent where it was checked.
   */
  readonly verified?: false;
  /** What a developer should know about this code: scope, an uncertainty, a mapping caveat. */
  readonly note?: string;
}

/**
 * A closed set of codes with its system id and the document that defines it.
 *
 * @example
 * ```ts
 * import { MODALITY, type Vocabulary } from "treatment-quality";
 *
 * const vocabulary: Vocabulary = MODALITY;
 * vocabulary.system; // => "modality"
 * ```
 */
export interface Vocabulary<Code extends string = string> {
  /** The short, stable id used by {@link listVocabularies} and the label lookup: `modality`, `tdi.route`, ... */
  readonly system: string;
  /** A title for people. */
  readonly title: string;
  /** The document (with edition and section where known) the codes come from. */
  readonly source: string;
  /** The codes in their documented order. */
  readonly entries: readonly VocabularyEntry<Code>[];
}

/**
 * The union of the codes of a vocabulary.
 *
 * @example
 * ```ts
 * import type { CodeOf, MODALITY } from "treatment-quality";
 *
 * const code: CodeOf<typeof MODALITY> = "outpatient";
 * ```
 */
export type CodeOf<V extends Vocabulary> = V["entries"][number]["code"];

/**
 * Keep the literal codes of a vocabulary written as a constant (internal). Each vocabulary is
 * defined as `/* @__PURE__ *\/ (() => defineVocabulary({ ... }))()`: a pure call of a function whose
 * body runs only when called, so a bundler drops every vocabulary an application does not use, even
 * one whose entries are built by a call, a spread or a template (a plain pure call keeps its
 * arguments, and with them whatever they reach).
 */
export function defineVocabulary<const V extends Vocabulary>(vocabulary: V): V {
  return vocabulary;
}

/**
 * The codes of a vocabulary, in order, as a non-empty tuple (ready for `z.enum`).
 *
 * @param vocabulary - any vocabulary of the library, or one of your own
 * @returns its codes in their documented order
 * @example
 * ```ts
 * import { DISPENSING_MODE, codesOf } from "treatment-quality";
 * import * as z from "zod";
 *
 * codesOf(DISPENSING_MODE); // => ["supervised", "take-home"]
 * const DispensingModeSchema = z.enum(codesOf(DISPENSING_MODE));
 * ```
 */
export function codesOf<V extends Vocabulary>(vocabulary: V): readonly [CodeOf<V>, ...CodeOf<V>[]] {
  return vocabulary.entries.map((entry) => entry.code) as unknown as readonly [CodeOf<V>, ...CodeOf<V>[]];
}
