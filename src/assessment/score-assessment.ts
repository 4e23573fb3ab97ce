/** Ratings to scores, critical failures and an accreditation decision, by a stated policy. */
import { issue, type Issue } from "../_lib/issue.js";
import { addDays, isValidIsoDate, type IsoDate } from "../days/index.js";
import { appliesTo, frameworkTree, type Framework, type FrameworkNode, type NodeKind } from "../standards/index.js";
import type { Assessment, Rating } from "./assessment-record.js";
import { checkEvidence } from "./evidence-checks.js";
import { defineRatingScale } from "./rating-scale.js";
import { resolvePolicy, type DecisionRule, type ScoringPolicy, type ScoringPolicyInput } from "./scoring-policy.js";

/**
 * How a leaf stands in an assessment: rated at a scored level, rated not applicable, not rated, or
 * out of the assessment's scope (its applicability excludes what was assessed).
 *
 * @example
 * ```ts
 * import type { LeafStatus } from "treatment-quality";
 *
 * const status: LeafStatus = "not-applicable";
 * ```
 */
export type LeafStatus = "rated" | "not-applicable" | "unrated" | "out-of-scope";

/**
 * One node's score with the counts of the in-scope leaves below it (the node itself, for a leaf).
 * `applicable` = `rated` + `unrated`; `notApplicable` counts the rated leaves rated not applicable.
 *
 * @example
 * ```ts
 * import type { NodeScore } from "treatment-quality";
 *
 * const standard: NodeScore = { kind: "standard", score: 0.75, weight: 1, applicable: 4, rated: 4, notApplicable: 1, unrated: 0 };
 * ```
 */
export interface NodeScore {
  readonly kind: NodeKind;
  /** The score in [0, 1], or null when nothing below the node scores. */
  readonly score: number | null;
  /** The node's own weight (1 when the framework gives none). */
  readonly weight: number;
  /** In-scope leaves below the node. */
  readonly applicable: number;
  /** Of those, the rated ones (a not-applicable rating is a rating). */
  readonly rated: number;
  /** Of the rated ones, those rated not applicable. */
  readonly notApplicable: number;
  /** In-scope leaves without a rating. */
  readonly unrated: number;
  /** For a leaf: how it stands. */
  readonly status?: LeafStatus;
  /** For a rated leaf: the level's code. */
  readonly level?: string;
}

/**
 * A criterion rated below the scale's top level, with what it would take to fix it.
 *
 * @example
 * ```ts
 * import type { Finding } from "treatment-quality";
 *
 * const finding: Finding = { criterionId: "P2.1.1", code: "2.1.1", title: { en: "Consent" }, level: "PARTIALLY_MET", value: 0.5, shortfall: 0.5, weight: 2, critical: true, priority: 1, dueDate: "2024-05-03" };
 * ```
 */
export interface Finding {
  readonly criterionId: string;
  readonly code: string;
  readonly title: FrameworkNode["title"];
  readonly level: string;
  /** The level's value. */
  readonly value: number;
  /** 1 - value: how far the criterion is from met. */
  readonly shortfall: number;
  readonly weight: number;
  readonly critical: boolean;
  /** weight x shortfall. */
  readonly priority: number;
  readonly risk?: NonNullable<Rating["risk"]>;
  /** The follow-up deadline: the visit date plus the policy's days for the finding's risk class; null if the visit date is not a valid date. */
  readonly dueDate: IsoDate | null;
}

/**
 * The decision and why: the outcome of the first rule that held, its position (0-based), and one
 * reason per condition checked, for that rule and every rule before it.
 *
 * @example
 * ```ts
 * import type { Decision } from "treatment-quality";
 *
 * const decision: Decision = { outcome: "not-accredited", ruleIndex: 2, reasons: ["accredited: overall 0.55 is below 0.8"] };
 * ```
 */
export interface Decision {
  readonly outcome: string | null;
  readonly ruleIndex: number | null;
  readonly reasons: readonly string[];
}

/**
 * What {@link scoreAssessment} reports.
 *
 * @example
 * ```ts
 * import type { AssessmentReport } from "treatment-quality";
 *
 * const overallText = (report: AssessmentReport) => (report.overall === null ? "no score" : report.overall.toFixed(2));
 * ```
 */
export interface AssessmentReport {
  readonly assessmentId: string;
  readonly frameworkId: string;
  readonly frameworkVersion: string;
  /** The overall score in [0, 1], exact to floating point; null when nothing scores. */
  readonly overall: number | null;
  /** Rated in-scope criteria / in-scope criteria; null when no criterion is in scope. */
  readonly completeness: number | null;
  /** Every node's score, by node id. */
  readonly nodes: Readonly<Record<string, NodeScore>>;
  /** Critical criteria that score below 1, in reading order. */
  readonly criticalFailures: readonly string[];
  /** Critical criteria at the scale's lowest level (unrated ones too, under count-as-zero). */
  readonly criticalAtLowestLevel: readonly string[];
  readonly decision: Decision;
  /** Criteria rated below the top level, in reading order. */
  readonly findings: readonly Finding[];
  /** Ratings ignored and evidence problems, each with its path in the assessment. */
  readonly issues: readonly Issue[];
  /** The policy the report was computed with, defaults filled in. */
  readonly policy: ScoringPolicy;
  readonly visitDate: IsoDate;
}

/**
 * Score an assessment against its framework. The semantics are the contract:
 *
 * - Only in-scope leaves count: a leaf whose applicability (with its ancestors') excludes the
 *   assessment's `scope` is neither rated nor unrated. Completeness = rated / in-scope leaves.
 * - A rated leaf scores its level's value. Not applicable scores null (`notApplicable: "exclude"`,
 *   default) or 1 (`"count-as-met"`); an unrated leaf scores 0 (`unrated: "count-as-zero"`,
 *   default) or null (`"exclude"`).
 * - `aggregation: "hierarchical"` (default): an inner node scores the weighted mean of its children
 *   that score (weights default to 1), null if none; the overall score applies the same rule to the
 *   roots. `"pooled"`: a node (and the overall score) is the weighted mean of all scoring leaves
 *   below it, with the leaves' own weights.
 * - A critical failure is a critical leaf scoring below 1. Decision rules are tried in order; the
 *   first whose conditions all hold gives the outcome.
 *
 * Ratings that cannot count (unknown criterion, inner node, unknown level, out of scope) and evidence
 * problems are reported in `issues`, never silently dropped. Throws only for an invalid policy (a
 * programmer error); use {@link safeScoreAssessment} for untrusted input.
 *
 * @param framework - the framework (version) assessed against
 * @param assessment - the assessment
 * @param policy - scoring options; see {@link DEFAULT_SCORING_POLICY}
 * @returns the report
 *
 * @example
 * ```ts
 * import { defineFramework, scoreAssessment } from "treatment-quality";
 *
 * const source = { document: "Mini", edition: "1", verified: true };
 * const framework = defineFramework({
 *   id: "mini", version: "1", title: { en: "Mini" }, publisher: "Example", year: 2024, source, status: "illustrative",
 *   nodes: [
 *     { id: "A", code: "1", kind: "standard", title: { en: "Ethics" }, source },
 *     { id: "A.1", parentId: "A", code: "1.1", kind: "criterion", title: { en: "Consent" }, weight: 3, critical: true, source },
 *     { id: "A.2", parentId: "A", code: "1.2", kind: "criterion", title: { en: "Complaints" }, source },
 *     { id: "A.3", parentId: "A", code: "1.3", kind: "criterion", title: { en: "Interpreters" }, source },
 *   ],
 * });
 * if (framework.ok) {
 *   const report = scoreAssessment(framework.value, {
 *     id: "SA-1", frameworkId: "mini", frameworkVersion: "1", facilityId: "F1", mode: "self",
 *     assessors: [{ id: "HD", role: "lead" }], visitDate: "2024-03-04", status: "final",
 *     ratings: [{ criterionId: "A.1", level: "MET" }, { criterionId: "A.2", level: "PARTIALLY_MET" }, { criterionId: "A.3", level: "NOT_APPLICABLE" }],
 *   });
 *   report.overall; // => 0.875 ((3 x 1 + 1 x 0.5) / 4; the N/A criterion is left out)
 *   report.decision.outcome; // => "accredited"
 * }
 * ```
 */
export function scoreAssessment(framework: Framework, assessment: Assessment, policy: ScoringPolicyInput = {}): AssessmentReport {
  const resolved = resolvePolicy(policy);
  const scaleCheck = defineRatingScale(resolved.scale);
  if (!scaleCheck.ok) throw new Error(`Invalid policy.scale: ${scaleCheck.issues.map((each) => `${each.path.join(".")}: ${each.message}`).join("; ")}`);
  const scale = resolved.scale;
  const tree = frameworkTree(framework);
  const issues: Issue[] = [];
  if (assessment.frameworkId !== framework.id || assessment.frameworkVersion !== framework.version) {
    issues.push(issue("invalid_value", ["frameworkVersion"], `The assessment is against "${assessment.frameworkId}" ${assessment.frameworkVersion} but is scored with "${framework.id}" ${framework.version}.`));
  }

  const values = new Map(scale.levels.map((level) => [level.code, level.value]));
  const lowestCode = scale.levels[scale.levels.length - 1]!.code;
  const topValue = scale.levels[0]!.value;
  const ratings = new Map<string, Rating>();
  const scope = assessment.scope ?? {};
  assessment.ratings.forEach((rating, index) => {
    const node = tree.node(rating.criterionId);
    const path = ["ratings", index];
    if (node === undefined) issues.push(issue("unknown_reference", [...path, "criterionId"], `"${rating.criterionId}" is not a node of "${framework.id}" ${framework.version}; the rating is ignored.`));
    else if (!tree.isLeaf(node.id)) issues.push(issue("invalid_value", [...path, "criterionId"], `"${node.id}" is not a criterion (it has criteria below it); rate its criteria instead. The rating is ignored.`));
    else if (!values.has(rating.level) && rating.level !== scale.notApplicable?.code) {
      const codes = [...values.keys(), ...(scale.notApplicable === undefined ? [] : [scale.notApplicable.code])].join(", ");
      issues.push(issue("unknown_code", [...path, "level"], `"${rating.level}" is not a level of the scale "${scale.id}" (${codes}); the rating of "${node.id}" is ignored.`));
    } else if (!appliesTo(tree.applicability(node.id), scope)) issues.push(issue("invalid_value", [...path, "criterionId"], `"${node.id}" does not apply to what was assessed (its applicability excludes the assessment's scope); the rating is ignored.`));
    else if (!ratings.has(node.id)) ratings.set(node.id, rating);
  });

  // Leaves first.
  const nodes: Record<string, NodeScore> = {};
  const leafScore = new Map<string, number | null>();
  const criticalFailures: string[] = [];
  const criticalAtLowestLevel: string[] = [];
  const findings: Finding[] = [];
  for (const leaf of tree.leaves) {
    const weight = leaf.weight ?? 1;
    const inScope = appliesTo(tree.applicability(leaf.id), scope);
    const rating = ratings.get(leaf.id);
    const status: LeafStatus = !inScope ? "out-of-scope" : rating === undefined ? "unrated" : rating.level === scale.notApplicable?.code ? "not-applicable" : "rated";
    const score =
      status === "rated" ? values.get(rating!.level)! : status === "not-applicable" ? (resolved.notApplicable === "count-as-met" ? 1 : null) : status === "unrated" ? (resolved.unrated === "count-as-zero" ? 0 : null) : null;
    leafScore.set(leaf.id, score);
    nodes[leaf.id] = {
      kind: leaf.kind,
      score,
      weight,
      applicable: inScope ? 1 : 0,
      rated: status === "rated" || status === "not-applicable" ? 1 : 0,
      notApplicable: status === "not-applicable" ? 1 : 0,
      unrated: status === "unrated" ? 1 : 0,
      status,
      ...(rating === undefined || !inScope ? {} : { level: rating.level }),
    };
    if (leaf.critical === true && score !== null && score < 1) criticalFailures.push(leaf.id);
    if (leaf.critical === true && ((status === "rated" && rating!.level === lowestCode) || (status === "unrated" && resolved.unrated === "count-as-zero"))) criticalAtLowestLevel.push(leaf.id);
    if (status === "rated" && score !== null && score < topValue) {
      const days = (rating!.risk === undefined ? undefined : resolved.followUp.byRisk?.[`${rating!.risk.likelihood}-${rating!.risk.scope}`]) ?? resolved.followUp.defaultDays;
      findings.push({
        criterionId: leaf.id,
        code: leaf.code,
        title: leaf.title,
        level: rating!.level,
        value: score,
        shortfall: 1 - score,
        weight,
        critical: leaf.critical === true,
        priority: weight * (1 - score),
        ...(rating!.risk === undefined ? {} : { risk: rating!.risk }),
        dueDate: isValidIsoDate(assessment.visitDate) ? addDays(assessment.visitDate, days) : null,
      });
    }
  }

  // Inner nodes, children before parents: a node's counts are its children's, summed; its score is
  // the weighted mean of its children (hierarchical) or of all the leaves below it (pooled).
  const pooled = (leaves: readonly FrameworkNode[]) => weightedMean(leaves.map((leaf) => [nodes[leaf.id]!.weight, leafScore.get(leaf.id)!]));
  const aggregate = (children: readonly NodeScore[], leavesBelow: () => readonly FrameworkNode[]) =>
    resolved.aggregation === "hierarchical" ? weightedMean(children.map((child) => [child.weight, child.score])) : pooled(leavesBelow());
  for (const node of [...tree.depthFirst].reverse()) {
    if (tree.isLeaf(node.id)) continue;
    const children = tree.children(node.id).map((child) => nodes[child.id]!);
    const score = aggregate(children, () => tree.subtree(node.id).filter((each) => leafScore.has(each.id)));
    nodes[node.id] = { kind: node.kind, score, weight: node.weight ?? 1, ...sumCounts(children) };
  }
  const roots = tree.children().map((root) => nodes[root.id]!);
  const overall = aggregate(roots, () => tree.leaves);
  const totals = sumCounts(roots);
  const completeness = totals.applicable === 0 ? null : totals.rated / totals.applicable;

  issues.push(...checkEvidence(framework, assessment, scale));
  const decision = decide(resolved.decisionRules, { overall, completeness, criticalFailures, criticalAtLowestLevel, nodes });
  const inReadingOrder: Record<string, NodeScore> = Object.fromEntries(tree.depthFirst.map((node) => [node.id, nodes[node.id]!]));
  return { assessmentId: assessment.id, frameworkId: framework.id, frameworkVersion: framework.version, overall, completeness, nodes: inReadingOrder, criticalFailures, criticalAtLowestLevel, decision, findings, issues, policy: resolved, visitDate: assessment.visitDate };
}

function sumCounts(scores: readonly NodeScore[]) {
  const counts = { applicable: 0, rated: 0, notApplicable: 0, unrated: 0 };
  for (const each of scores) {
    counts.applicable += each.applicable;
    counts.rated += each.rated;
    counts.notApplicable += each.notApplicable;
    counts.unrated += each.unrated;
  }
  return counts;
}

/** The weighted mean of the pairs whose value is not null; null when none is. */
function weightedMean(pairs: readonly (readonly [number, number | null])[]): number | null {
  let total = 0;
  let weights = 0;
  for (const [weight, value] of pairs) {
    if (value === null) continue;
    total += weight * value;
    weights += weight;
  }
  return weights === 0 ? null : Math.min(1, Math.max(0, total / weights));
}

interface DecisionInputs {
  readonly overall: number | null;
  readonly completeness: number | null;
  readonly criticalFailures: readonly string[];
  readonly criticalAtLowestLevel: readonly string[];
  readonly nodes: Readonly<Record<string, NodeScore>>;
}

const shown = (value: number | null) => (value === null ? "none" : String(Math.round(value * 1000) / 1000));

/** One check per condition of a rule: whether it holds, and why, in words. */
function conditionsOf(rule: DecisionRule, inputs: DecisionInputs): { holds: boolean; reason: string }[] {
  const checks: { holds: boolean; reason: string }[] = [];
  if (rule.minOverall !== undefined) {
    const holds = inputs.overall !== null && inputs.overall >= rule.minOverall;
    checks.push({ holds, reason: `overall ${shown(inputs.overall)} is ${holds ? "at least" : "below"} ${rule.minOverall}` });
  }
  if (rule.maxCriticalFailures !== undefined) {
    const count = inputs.criticalFailures.length;
    const holds = count <= rule.maxCriticalFailures;
    checks.push({ holds, reason: `${count} critical failure${count === 1 ? "" : "s"}${count > 0 ? ` (${inputs.criticalFailures.join(", ")})` : ""}, ${holds ? "within" : "more than"} the ${rule.maxCriticalFailures} allowed` });
  }
  if (rule.noCriticalAtLowestLevel === true) {
    const holds = inputs.criticalAtLowestLevel.length === 0;
    checks.push({ holds, reason: holds ? "no critical criterion at the lowest level" : `critical criteria at the lowest level: ${inputs.criticalAtLowestLevel.join(", ")}` });
  }
  if (rule.minNodeScore !== undefined) {
    const { kind, min } = rule.minNodeScore;
    const low = Object.entries(inputs.nodes).filter(([, node]) => node.kind === kind && node.score !== null && node.score < min);
    checks.push({ holds: low.length === 0, reason: low.length === 0 ? `every ${kind} scores at least ${min}` : `${kind} below ${min}: ${low.map(([id, node]) => `${id} (${shown(node.score)})`).join(", ")}` });
  }
  if (rule.minCompleteness !== undefined) {
    const holds = inputs.completeness !== null && inputs.completeness >= rule.minCompleteness;
    checks.push({ holds, reason: `completeness ${shown(inputs.completeness)} is ${holds ? "at least" : "below"} ${rule.minCompleteness}` });
  }
  return checks;
}

function decide(rules: readonly DecisionRule[], inputs: DecisionInputs): Decision {
  const reasons: string[] = [];
  for (const [ruleIndex, rule] of rules.entries()) {
    const checks = conditionsOf(rule, inputs);
    const failed = checks.filter((check) => !check.holds);
    if (failed.length === 0) {
      reasons.push(`${rule.outcome}: ${checks.length === 0 ? "no condition (closes the list)" : checks.map((check) => check.reason).join("; ")}`);
      return { outcome: rule.outcome, ruleIndex, reasons };
    }
    reasons.push(`not ${rule.outcome}: ${failed.map((check) => check.reason).join("; ")}`);
  }
  return { outcome: null, ruleIndex: null, reasons: [...reasons, "no rule holds; close the list with a rule without conditions"] };
}
