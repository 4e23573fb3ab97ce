/** The Kaplan-Meier product-limit estimate with Greenwood's variance and log-log limits, as R's survfit. */
import { describeValue } from "../_lib/describe-value.js";
import { issue, type Issue } from "../_lib/issue.js";
import { confidenceQuantile, groupObservations, timeAndGroupProblem } from "./survival-groups.js";

/**
 * One observation: how long a person was followed (`time`, e.g. days in treatment), whether the
 * follow-up ended in the event (`event: true`, e.g. treatment discontinued) or was censored (still
 * in treatment at the data end, transferred, ...), and optionally a group.
 *
 * @example
 * ```ts
 * import type { SurvivalObservation } from "treatment-quality";
 *
 * const stillInTreatment: SurvivalObservation = { time: 365, event: false, group: "methadone" };
 * ```
 */
export interface SurvivalObservation {
  readonly time: number;
  readonly event: boolean;
  readonly group?: string | undefined;
}

/**
 * Options of {@link kaplanMeier}.
 *
 * @example
 * ```ts
 * import type { KaplanMeierOptions } from "treatment-quality";
 *
 * const ninety: KaplanMeierOptions = { confidenceLevel: 0.9 };
 * ```
 */
export interface KaplanMeierOptions {
  /** The confidence level of the limits (default 0.95). */
  readonly confidenceLevel?: number;
}

/**
 * One row of a survival curve, at a distinct observed time.
 *
 * @example
 * ```ts
 * import type { SurvivalCurveRow } from "treatment-quality";
 *
 * const row: SurvivalCurveRow = { time: 56, atRisk: 39, events: 1, censored: 0, survival: 0.974, lower: 0.832, upper: 0.996 };
 * ```
 */
export interface SurvivalCurveRow {
  readonly time: number;
  /** People still followed just before `time`. */
  readonly atRisk: number;
  readonly events: number;
  readonly censored: number;
  /** The estimated share without the event after `time`. */
  readonly survival: number;
  /** The confidence limits (log-log, Greenwood); null while the survival is 1, or once it is 0. */
  readonly lower: number | null;
  readonly upper: number | null;
}

/**
 * The curve of one group (`group: null` when no group was given) and its median.
 *
 * @example
 * ```ts
 * import type { SurvivalCurve } from "treatment-quality";
 *
 * const medianText = (curve: SurvivalCurve) => (curve.median === null ? "not reached" : `${curve.median} days`);
 * ```
 */
export interface SurvivalCurve {
  readonly group: string | null;
  readonly curve: readonly SurvivalCurveRow[];
  /** R's median: the first time the survival is 0.5 or below (the midpoint to the next drop where it is exactly 0.5); null if never. */
  readonly median: number | null;
  /** Observations of this group left out because they were invalid (path = their position in the input). */
  readonly issues: readonly Issue[];
}

const TOLERANCE = Math.sqrt(Number.EPSILON);

function curveOf(observations: readonly SurvivalObservation[], z: number): SurvivalCurveRow[] {
  const sorted = [...observations].sort((a, b) => a.time - b.time);
  const rows: SurvivalCurveRow[] = [];
  let atRisk = sorted.length;
  let survival = 1;
  let greenwood = 0;
  for (let position = 0; position < sorted.length; ) {
    const time = sorted[position]!.time;
    let events = 0;
    let censored = 0;
    while (position < sorted.length && sorted[position]!.time === time) {
      if (sorted[position]!.event) events += 1;
      else censored += 1;
      position += 1;
    }
    // A time with censorings only leaves both unchanged (a factor of 1, a term of 0).
    survival *= 1 - events / atRisk;
    greenwood += atRisk === events ? Infinity : events / (atRisk * (atRisk - events));
    let lower: number | null = null;
    let upper: number | null = null;
    // Survival reaches 0 only when everyone at risk has the event, which makes Greenwood's sum infinite.
    if (survival < 1 && Number.isFinite(greenwood)) {
      const logSurvival = Math.log(survival);
      const centre = Math.log(-logSurvival);
      const spread = (z * Math.sqrt(greenwood)) / Math.abs(logSurvival);
      lower = Math.exp(-Math.exp(centre + spread));
      upper = Math.exp(-Math.exp(centre - spread));
    }
    rows.push({ time, atRisk, events, censored, survival, lower, upper });
    atRisk -= events + censored;
  }
  return rows;
}

function medianOf(curve: readonly SurvivalCurveRow[]): number | null {
  const at = curve.findIndex((row) => row.survival <= 0.5 + TOLERANCE);
  if (at === -1) return null;
  const row = curve[at]!;
  if (Math.abs(row.survival - 0.5) < TOLERANCE) {
    const nextDrop = curve.slice(at + 1).find((later) => later.survival < row.survival - TOLERANCE);
    if (nextDrop !== undefined) return (row.time + nextDrop.time) / 2;
  }
  return row.time;
}

/**
 * The Kaplan-Meier estimate of survival (for example, of staying in treatment), as R's
 * `survfit(Surv(time, event) ~ group, conf.type = "log-log")` computes it: one row per distinct
 * observed time (events or censorings) in ascending order, no time-0 row; the product-limit
 * survival; Greenwood's variance; log-log confidence limits; and R's median. One entry per group,
 * groups in sorted order, or a single entry with `group: null` when no observation has a group.
 * An invalid observation is left out and reported in its group's `issues`; the others are computed.
 *
 * @param observations - times and whether each ended in the event
 * @param options - see {@link KaplanMeierOptions}
 * @returns one curve per group
 *
 * @example
 * ```ts
 * import { kaplanMeier } from "treatment-quality";
 *
 * const [all] = kaplanMeier([
 *   { time: 30, event: true },
 *   { time: 60, event: false },
 *   { time: 90, event: true },
 *   { time: 120, event: false },
 * ]);
 * all?.curve.map((row) => row.survival); // => [0.75, 0.75, 0.375, 0.375]
 * all?.median; // => 90
 * ```
 */
export function kaplanMeier(observations: readonly SurvivalObservation[], options: KaplanMeierOptions = {}): SurvivalCurve[] {
  const z = confidenceQuantile(options.confidenceLevel ?? 0.95);
  const groups = groupObservations(observations, ({ time, event, group }, index) =>
    timeAndGroupProblem(time, group, index) ??
    (typeof event !== "boolean" ? issue(event === undefined ? "missing" : "invalid_type", [index, "event"], `Observation ${index}: event must be true or false; got ${describeValue(event)}.`) : undefined),
  );
  return groups.map(({ group, observations: valid, issues }) => {
    const curve = curveOf(valid, z);
    return { group, curve, median: medianOf(curve), issues };
  });
}
