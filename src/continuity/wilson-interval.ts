/** The Wilson score interval of a proportion. */
import { confidenceQuantile } from "./survival-groups.js";

/**
 * A proportion with its numerator, denominator and confidence limits.
 *
 * @example
 * ```ts
 * import type { Proportion } from "treatment-quality";
 *
 * const retained: Proportion = { numerator: 57, denominator: 100, value: 0.57, lower: 0.472, upper: 0.663 };
 * ```
 */
export interface Proportion {
  readonly numerator: number;
  readonly denominator: number;
  /** numerator / denominator; null when the denominator is 0. */
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

/**
 * The Wilson score interval (Wilson 1927) of `numerator` successes in `denominator` trials: unlike
 * the plain `p ± z·sqrt(p(1-p)/n)`, it stays inside [0, 1] and keeps its coverage for small counts
 * and proportions near 0 or 1, which registries of small facilities have. Counts must be whole
 * numbers with 0 <= numerator <= denominator (anything else throws, naming the argument).
 *
 * @param numerator - successes
 * @param denominator - trials
 * @param confidenceLevel - default 0.95
 * @returns the proportion and its limits (all null when the denominator is 0)
 *
 * @example
 * ```ts
 * import { wilsonInterval } from "treatment-quality";
 *
 * const { value, lower, upper } = wilsonInterval(57, 100);
 * [value, lower?.toFixed(4), upper?.toFixed(4)]; // => [0.57, "0.4722", "0.6627"]
 * wilsonInterval(0, 10).lower; // => 0
 * ```
 */
export function wilsonInterval(numerator: number, denominator: number, confidenceLevel = 0.95): Proportion {
  if (!Number.isInteger(denominator) || denominator < 0) throw new Error(`denominator must be a whole number, at least 0; got ${denominator}.`);
  if (!Number.isInteger(numerator) || numerator < 0 || numerator > denominator) throw new Error(`numerator must be a whole number from 0 to the denominator (${denominator}); got ${numerator}.`);
  const z = confidenceQuantile(confidenceLevel);
  if (denominator === 0) return { numerator, denominator, value: null, lower: null, upper: null };
  const p = numerator / denominator;
  const z2 = z * z;
  const centre = (p + z2 / (2 * denominator)) / (1 + z2 / denominator);
  const half = (z / (1 + z2 / denominator)) * Math.sqrt((p * (1 - p)) / denominator + z2 / (4 * denominator * denominator));
  return { numerator, denominator, value: p, lower: numerator === 0 ? 0 : Math.max(0, centre - half), upper: numerator === denominator ? 1 : Math.min(1, centre + half) };
}
