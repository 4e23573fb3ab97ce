/** Disruption bands of the WHO pulse surveys on continuity of essential health services. */

/**
 * The bands of the WHO pulse surveys on continuity of essential health services during COVID-19
 * (round 1, 2020): a change in service provision or use below 5% is not a disruption, 5% to 50% a
 * partial one, more than 50% a severe or complete one.
 *
 * @example
 * ```ts
 * import { DISRUPTION_BANDS } from "treatment-quality";
 *
 * DISRUPTION_BANDS; // => ["not-disrupted", "partially-disrupted", "severely-disrupted"]
 * ```
 */
export const DISRUPTION_BANDS = ["not-disrupted", "partially-disrupted", "severely-disrupted"] as const;

/**
 * One of {@link DISRUPTION_BANDS}.
 *
 * @example
 * ```ts
 * import type { DisruptionBand } from "treatment-quality";
 *
 * const band: DisruptionBand = "partially-disrupted";
 * ```
 */
export type DisruptionBand = (typeof DISRUPTION_BANDS)[number];

/**
 * The bounds of the bands, as relative drops: a drop from `partial` up to `severe` (both included)
 * is a partial disruption, above `severe` a severe one. Defaults 0.05 and 0.5 (WHO).
 *
 * @example
 * ```ts
 * import type { DisruptionBounds } from "treatment-quality";
 *
 * const stricter: DisruptionBounds = { partial: 0.1, severe: 0.5 };
 * ```
 */
export interface DisruptionBounds {
  readonly partial?: number;
  readonly severe?: number;
}

/** The bounds after checking them (impossible bounds throw, naming the option). */
export function checkBounds(bounds: DisruptionBounds = {}): { partial: number; severe: number } {
  const partial = bounds.partial ?? 0.05;
  const severe = bounds.severe ?? 0.5;
  if (!(Number.isFinite(partial) && partial > 0 && partial <= 1)) throw new RangeError(`bounds.partial must be a number above 0 and at most 1; got ${String(partial)}.`);
  if (!(Number.isFinite(severe) && severe >= partial && severe <= 1)) throw new RangeError(`bounds.severe must be a number from bounds.partial (${partial}) to 1; got ${String(severe)}.`);
  return { partial, severe };
}

/**
 * The band of a relative drop in volume (0.3 = 30% less than the baseline; a negative value is an
 * increase, which is not a disruption): below `partial` (5%) not disrupted, from `partial` to
 * `severe` (50%) both included partially disrupted, above `severe` severely disrupted. A ratio that
 * is not a finite number throws a `RangeError` naming the problem: a zero baseline has no ratio and
 * must be reported, not banded. From counts, {@link computeServiceDisruption} bands with exact
 * integer arithmetic, so that 95 of 100 is exactly a 5% drop.
 *
 * @param changeRatio - the relative drop: 1 - volume / baseline
 * @param bounds - see {@link DisruptionBounds}
 * @returns the band
 *
 * @example
 * ```ts
 * import { classifyDisruption } from "treatment-quality";
 *
 * classifyDisruption(0.049); // => "not-disrupted"
 * classifyDisruption(0.05); // => "partially-disrupted"
 * classifyDisruption(0.5); // => "partially-disrupted"
 * classifyDisruption(0.51); // => "severely-disrupted"
 * classifyDisruption(-0.2); // => "not-disrupted" (20% more)
 * ```
 */
export function classifyDisruption(changeRatio: number, bounds?: DisruptionBounds): DisruptionBand {
  if (!Number.isFinite(changeRatio)) {
    throw new RangeError(`changeRatio must be a finite number (the relative drop, 1 - volume / baseline); got ${String(changeRatio)}${Number.isNaN(changeRatio) ? ", as 0/0 gives for a zero baseline" : ""}.`);
  }
  const { partial, severe } = checkBounds(bounds);
  if (changeRatio < partial) return "not-disrupted";
  return changeRatio <= severe ? "partially-disrupted" : "severely-disrupted";
}

/** A bound (above 0, at most 1) as an exact fraction of integers, from its shortest decimal form (0.05 = 5/100). */
function fractionOf(bound: number): { numerator: bigint; denominator: bigint } {
  const [mantissa, exponent] = bound.toExponential().split("e") as [string, string];
  const digits = mantissa.replace(".", "");
  // At most 1, so the exponent is at most 0 and the number of decimals at least 0.
  const decimals = (mantissa.split(".")[1]?.length ?? 0) - Number(exponent);
  return { numerator: BigInt(digits), denominator: 10n ** BigInt(decimals) };
}

/**
 * The band of the drop `drop / base` (integers; base > 0), compared exactly: no rounding can move a
 * drop of exactly 5% out of the partial band.
 */
export function bandOfDrop(drop: bigint, base: bigint, bounds: { partial: number; severe: number }): DisruptionBand {
  const atLeast = (bound: number) => {
    const { numerator, denominator } = fractionOf(bound);
    return drop * denominator >= numerator * base;
  };
  const above = (bound: number) => {
    const { numerator, denominator } = fractionOf(bound);
    return drop * denominator > numerator * base;
  };
  if (!atLeast(bounds.partial)) return "not-disrupted";
  return above(bounds.severe) ? "severely-disrupted" : "partially-disrupted";
}
