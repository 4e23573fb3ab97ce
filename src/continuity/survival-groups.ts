/** Checking survival observations and splitting them by group, shared by Kaplan-Meier and cumulative incidence. */
import { describeValue } from "../_lib/describe-value.js";
import { issue, type Issue } from "../_lib/issue.js";
import { normalQuantile } from "../_lib/normal-quantile.js";
import { compareText } from "../_lib/compare-text.js";

/** The observations of one group (null when no observation has a group), and the issues of its invalid ones. */
export interface ObservationGroup<T> {
  readonly group: string | null;
  readonly observations: T[];
  readonly issues: Issue[];
}

/** The problem with an observation's `time` and `group`, if any (the caller checks its own outcome field). */
export function timeAndGroupProblem(time: unknown, group: unknown, index: number): Issue | undefined {
  if (typeof time !== "number" || !Number.isFinite(time) || time < 0) {
    return issue(typeof time === "number" ? "out_of_range" : time === undefined ? "missing" : "invalid_type", [index, "time"], `Observation ${index}: time must be a number of at least 0; got ${describeValue(time)}.`);
  }
  if (group !== undefined && typeof group !== "string") return issue("invalid_type", [index, "group"], `Observation ${index}: group must be a string; got ${describeValue(group)}.`);
  return undefined;
}

/**
 * Split observations by group, groups in sorted order (a single group `null` when none has a
 * group); an observation `problemOf` rejects is left out and its issue goes to its group.
 */
export function groupObservations<T extends { readonly group?: string | undefined }>(observations: readonly T[], problemOf: (observation: Partial<T>, index: number) => Issue | undefined): ObservationGroup<T>[] {
  const byGroup = new Map<string | undefined, Omit<ObservationGroup<T>, "group">>();
  const entry = (group: string | undefined) => {
    let found = byGroup.get(group);
    if (found === undefined) byGroup.set(group, (found = { observations: [], issues: [] }));
    return found;
  };
  observations.forEach((observation, index) => {
    const problem = problemOf((observation ?? {}) as Partial<T>, index);
    const group = (observation as Partial<T> | undefined)?.group;
    const key = typeof group === "string" ? group : undefined;
    if (problem === undefined) entry(key).observations.push(observation);
    else entry(key).issues.push(problem);
  });
  const grouped = [...byGroup.keys()].some((key) => key !== undefined);
  if (!grouped) return [{ group: null, observations: byGroup.get(undefined)?.observations ?? [], issues: byGroup.get(undefined)?.issues ?? [] }];
  // Observations without a group form the group "" beside the named ones.
  const merged = new Map<string, ObservationGroup<T>>();
  for (const [key, value] of byGroup) {
    const name = key ?? "";
    const into = merged.get(name);
    if (into === undefined) merged.set(name, { group: name, observations: value.observations, issues: value.issues });
    else {
      into.observations.push(...value.observations);
      into.issues.push(...value.issues);
    }
  }
  return [...merged.values()].sort((a, b) => compareText(a.group!, b.group!));
}

/** The two-sided normal quantile of a confidence level, after checking it (an impossible level throws). */
export function confidenceQuantile(level: number): number {
  if (!(level > 0 && level < 1)) throw new Error(`confidenceLevel must be between 0 and 1, got ${level}.`);
  return normalQuantile(1 - (1 - level) / 2);
}
