/** Cumulative incidence under competing risks (Aalen-Johansen), with infinitesimal-jackknife standard errors, as R's survfit. */
import { describeValue } from "../_lib/describe-value.js";
import { issue, type Issue } from "../_lib/issue.js";
import { confidenceQuantile, groupObservations, timeAndGroupProblem } from "./survival-groups.js";

/**
 * One observation with competing outcomes: how long a person was followed, and which event ended
 * the follow-up (`cause`, e.g. `"discontinuation"`, `"death"`, `"detention"`), or `null` when it was
 * censored; optionally a group.
 *
 * @example
 * ```ts
 * import type { CompetingRiskObservation } from "treatment-quality";
 *
 * const died: CompetingRiskObservation = { time: 143, cause: "death", group: "methadone" };
 * const stillInTreatment: CompetingRiskObservation = { time: 365, cause: null, group: "methadone" };
 * ```
 */
export interface CompetingRiskObservation {
  readonly time: number;
  readonly cause: string | null;
  readonly group?: string | undefined;
}

/**
 * Options of {@link cumulativeIncidence}.
 *
 * @example
 * ```ts
 * import type { CumulativeIncidenceOptions } from "treatment-quality";
 *
 * const options: CumulativeIncidenceOptions = { causes: ["discontinuation", "death", "detention"], confidenceLevel: 0.9 };
 * ```
 */
export interface CumulativeIncidenceOptions {
  /** The causes to report, in this order (default: every cause seen, sorted); a cause that never occurs has incidence 0. */
  readonly causes?: readonly string[];
  /** The confidence level of the limits (default 0.95). */
  readonly confidenceLevel?: number;
}

/**
 * The cumulative incidence of one cause at one time: the estimate, its standard error, and the
 * confidence limits (log scale, as survfit; null while the incidence is 0).
 *
 * @example
 * ```ts
 * import type { CauseIncidence } from "treatment-quality";
 *
 * const discontinued: CauseIncidence = { value: 0.04, standardError: 0.0392, lower: 0.0059, upper: 0.2729 };
 * ```
 */
export interface CauseIncidence {
  readonly value: number;
  readonly standardError: number;
  readonly lower: number | null;
  readonly upper: number | null;
}

/**
 * One row of a cumulative incidence curve, at a distinct observed time.
 *
 * @example
 * ```ts
 * import type { CumulativeIncidenceRow } from "treatment-quality";
 *
 * const atDay3: CumulativeIncidenceRow = {
 *   time: 3, atRisk: 25, events: { death: 1, discontinuation: 1 }, censored: 0, eventFree: 0.92,
 *   incidence: { death: { value: 0.04, standardError: 0.0392, lower: 0.0059, upper: 0.2729 }, discontinuation: { value: 0.04, standardError: 0.0392, lower: 0.0059, upper: 0.2729 } },
 * };
 * ```
 */
export interface CumulativeIncidenceRow {
  readonly time: number;
  /** People still followed and free of every event just before `time`. */
  readonly atRisk: number;
  /** Events of each cause at `time`. */
  readonly events: Readonly<Record<string, number>>;
  readonly censored: number;
  /** The estimated share free of every event after `time` (the overall Kaplan-Meier survival). */
  readonly eventFree: number;
  /** The cumulative incidence of each cause after `time`. */
  readonly incidence: Readonly<Record<string, CauseIncidence>>;
}

/**
 * The cumulative incidence curves of one group (`group: null` when no observation has a group).
 *
 * @example
 * ```ts
 * import type { CumulativeIncidenceCurve } from "treatment-quality";
 *
 * const lastIncidence = (curve: CumulativeIncidenceCurve, cause: string) => curve.curve.at(-1)?.incidence[cause]?.value ?? 0;
 * ```
 */
export interface CumulativeIncidenceCurve {
  readonly group: string | null;
  readonly causes: readonly string[];
  readonly curve: readonly CumulativeIncidenceRow[];
  /** Observations of this group left out because they were invalid (path = their position in the input). */
  readonly issues: readonly Issue[];
}

/** Counts at each distinct time of one group. */
interface TimeCounts {
  readonly time: number;
  readonly atRisk: number;
  readonly events: number[];
  readonly censored: number;
}

function countsOf(observations: readonly CompetingRiskObservation[], causeIndex: ReadonlyMap<string, number>): TimeCounts[] {
  const sorted = [...observations].sort((a, b) => a.time - b.time);
  const counts: TimeCounts[] = [];
  let atRisk = sorted.length;
  for (let position = 0; position < sorted.length; ) {
    const time = sorted[position]!.time;
    const events = new Array<number>(causeIndex.size).fill(0);
    let censored = 0;
    for (; position < sorted.length && sorted[position]!.time === time; position += 1) {
      const { cause } = sorted[position]!;
      if (cause === null) censored += 1;
      else events[causeIndex.get(cause)!]! += 1;
    }
    counts.push({ time, atRisk, events, censored });
    atRisk -= censored + events.reduce((sum, each) => sum + each, 0);
  }
  return counts;
}

/**
 * The curves of one group. The estimate: S(t) = prod (1 - d_j / n_j) over times up to t, and
 * F_k(t) = sum S(t_{j-1}) d_kj / n_j. The variance is the infinitesimal jackknife's, sum over people
 * of (dF_k(t) / dw_i)^2, computed in one pass: everyone still at risk after t shares one influence
 * (P below); someone who left at t_m has influence b + a F_k(t) from then on, so the sums of a^2,
 * ab and b^2 over those who left are carried instead of the people themselves.
 */
function curveOf(counts: readonly TimeCounts[], causes: readonly string[], z: number): CumulativeIncidenceRow[] {
  const k = causes.length;
  let survival = 1;
  const incidence = new Array<number>(k).fill(0);
  // Influence on S and on each F_k of a person at risk through t_j without an event.
  let atRiskOnS = 0;
  const atRiskOnF = new Array<number>(k).fill(0);
  // Sums over people who have left of count x a^2, a b and b^2, per cause.
  const sumAA = new Array<number>(k).fill(0);
  const sumAB = new Array<number>(k).fill(0);
  const sumBB = new Array<number>(k).fill(0);
  const rows: CumulativeIncidenceRow[] = [];
  for (const { time, atRisk: n, events, censored } of counts) {
    const d = events.reduce((sum, each) => sum + each, 0);
    const before = survival;
    const onSBefore = atRiskOnS;
    survival = before * (1 - d / n);
    atRiskOnS = onSBefore * (1 - d / n) + (before * d) / (n * n);
    for (let cause = 0; cause < k; cause += 1) {
      const dk = events[cause]!;
      incidence[cause]! += (before * dk) / n;
      atRiskOnF[cause]! += (onSBefore * dk) / n - (before * dk) / (n * n);
    }
    // Those who leave now: the censored (still "at risk" through t_j), and the events of each cause.
    const leave = (count: number, onS: number, onF: (cause: number) => number) => {
      if (count === 0) return;
      const a = survival > 0 ? onS / survival : 0;
      for (let cause = 0; cause < k; cause += 1) {
        const b = onF(cause) - a * incidence[cause]!;
        sumAA[cause]! += count * a * a;
        sumAB[cause]! += count * a * b;
        sumBB[cause]! += count * b * b;
      }
    };
    leave(censored, atRiskOnS, (cause) => atRiskOnF[cause]!);
    for (let eventCause = 0; eventCause < k; eventCause += 1) {
      leave(events[eventCause]!, atRiskOnS - before / n, (cause) => atRiskOnF[cause]! + (cause === eventCause ? before / n : 0));
    }
    const remaining = n - d - censored;
    const eventsByCause: Record<string, number> = {};
    const incidenceByCause: Record<string, CauseIncidence> = {};
    causes.forEach((name, cause) => {
      const value = incidence[cause]!;
      const variance = sumBB[cause]! + 2 * value * sumAB[cause]! + value * value * sumAA[cause]! + remaining * atRiskOnF[cause]! ** 2;
      const standardError = Math.sqrt(Math.max(0, variance));
      const spread = Math.exp((z * standardError) / value); // read only when value > 0
      eventsByCause[name] = events[cause]!;
      incidenceByCause[name] = { value, standardError, lower: value > 0 ? value / spread : null, upper: value > 0 ? Math.min(1, value * spread) : null };
    });
    rows.push({ time, atRisk: n, events: eventsByCause, censored, eventFree: survival, incidence: incidenceByCause });
  }
  return rows;
}

/**
 * The cumulative incidence of each competing cause (the Aalen-Johansen estimate), as R's
 * `survfit(Surv(time, factor(cause)) ~ group)` computes it for a multi-state model with one
 * starting state: one row per distinct observed time in ascending order, no time-0 row; the share
 * free of every event; for each cause its cumulative incidence, the infinitesimal-jackknife
 * standard error and log-scale confidence limits. Use it instead of `1 - Kaplan-Meier` when other
 * events (death, detention) end follow-up: Kaplan-Meier treats them as censoring and overstates
 * the chance of the event of interest. One entry per group, in sorted order; invalid observations
 * are reported in their group's `issues`.
 *
 * @param observations - times and the cause that ended each (null: censored)
 * @param options - see {@link CumulativeIncidenceOptions}
 * @returns one set of curves per group
 *
 * @example
 * ```ts
 * import { cumulativeIncidence } from "treatment-quality";
 *
 * const [all] = cumulativeIncidence([
 *   { time: 30, cause: "discontinuation" },
 *   { time: 60, cause: "death" },
 *   { time: 90, cause: "discontinuation" },
 *   { time: 120, cause: null },
 * ]);
 * all?.curve.map((row) => row.incidence.discontinuation?.value); // => [0.25, 0.25, 0.5, 0.5]
 * all?.curve.at(-1)?.incidence.death?.value; // => 0.25
 * ```
 */
export function cumulativeIncidence(observations: readonly CompetingRiskObservation[], options: CumulativeIncidenceOptions = {}): CumulativeIncidenceCurve[] {
  const z = confidenceQuantile(options.confidenceLevel ?? 0.95);
  if (options.causes !== undefined && (!Array.isArray(options.causes) || options.causes.some((cause) => typeof cause !== "string") || new Set(options.causes).size !== options.causes.length)) {
    throw new Error(`causes must be an array of distinct strings; got ${describeValue(options.causes)}.`);
  }
  const listed = options.causes === undefined ? undefined : new Set(options.causes);
  const groups = groupObservations(observations, ({ time, cause, group }, index) => {
    const problem = timeAndGroupProblem(time, group, index);
    if (problem !== undefined) return problem;
    if (cause !== null && (typeof cause !== "string" || cause.length === 0)) return issue(cause === undefined ? "missing" : "invalid_type", [index, "cause"], `Observation ${index}: cause must be a non-empty string, or null when censored; got ${describeValue(cause)}.`);
    if (cause !== null && listed !== undefined && !listed.has(cause)) return issue("unknown_code", [index, "cause"], `Observation ${index}: cause "${cause}" is not one of the causes given (${[...listed].join(", ")}).`);
    return undefined;
  });
  const causes = options.causes ?? [...new Set(groups.flatMap((each) => each.observations.map((observation) => observation.cause).filter((cause): cause is string => cause !== null)))].sort();
  const causeIndex = new Map(causes.map((cause, index) => [cause, index]));
  return groups.map(({ group, observations: valid, issues }) => ({ group, causes, curve: curveOf(countsOf(valid, causeIndex), causes, z), issues }));
}
