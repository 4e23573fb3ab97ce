import type { Issue } from "./issue.js";

/**
 * The shape every batch engine returns for each item (patient, episode, window, facility).
 *
 * Batch engines return a plain array with one row per item, in the order in which each item first
 * appears in the input. A row whose inputs were invalid, or whose value is undefined (a ratio with a
 * zero denominator, say), has `value: null` and `issues` saying why; every other row is computed as if
 * that item were absent. Engines extend this shape with the item's key (`patientId`, ...).
 *
 * @typeParam T - the value computed for one item
 * @example
 * ```ts
 * import type { BatchRow } from "treatment-quality";
 *
 * const rows: BatchRow<number>[] = [
 *   { value: 0.85, issues: [] },
 *   { value: null, issues: [{ path: [2, "date"], code: "invalid_date", message: "..." }] },
 * ];
 * ```
 */
export interface BatchRow<T> {
  /** The computed value, or `null` when it could not be computed or is undefined. */
  readonly value: T | null;
  /** Why `value` is `null`, or warnings about this item; empty when there is nothing to say. */
  readonly issues: readonly Issue[];
}
