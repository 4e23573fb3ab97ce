/** Two assessments side by side: rounds of one facility, or its self-assessment against the assessors'. */
import type { Framework } from "../standards/index.js";
import type { Assessment } from "./assessment-record.js";
import { scoreAssessment, type AssessmentReport } from "./score-assessment.js";
import type { ScoringPolicyInput } from "./scoring-policy.js";

/**
 * A criterion scored in both assessments with different values.
 *
 * @example
 * ```ts
 * import type { CriterionGap } from "treatment-quality";
 *
 * const gap: CriterionGap = { criterionId: "P2.1.1", before: "MET", after: "PARTIALLY_MET", difference: -0.5 };
 * ```
 */
export interface CriterionGap {
  readonly criterionId: string;
  /** The level in the first assessment. */
  readonly before: string;
  /** The level in the second. */
  readonly after: string;
  /** Value after minus value before: negative when the second assessment rates lower. */
  readonly difference: number;
}

/**
 * What {@link compareAssessments} reports.
 *
 * @example
 * ```ts
 * import type { AssessmentComparison } from "treatment-quality";
 *
 * const overallChange = (comparison: AssessmentComparison) => comparison.nodes["P2"]?.change;
 * ```
 */
export interface AssessmentComparison {
  readonly before: AssessmentReport;
  readonly after: AssessmentReport;
  /** The overall change (after - before); null when either overall score is null. */
  readonly overallChange: number | null;
  /** Per node: both scores and the change; null where either is null. */
  readonly nodes: Readonly<Record<string, { readonly before: number | null; readonly after: number | null; readonly change: number | null }>>;
  /** Criteria whose level's value rose, and fell, in reading order. */
  readonly improved: readonly string[];
  readonly regressed: readonly string[];
  /** Every criterion rated at scored levels in both with different values, largest difference first. */
  readonly gaps: readonly CriterionGap[];
}

/**
 * Compare two assessments against the same framework, scored with the same policy: between rounds
 * (which criteria improved or regressed, how each node moved), or a facility's self-assessment
 * against the external one (the `gaps`: where the facility rated itself higher or lower than the
 * assessors). Only criteria rated at scored levels in both count as improved, regressed or gaps.
 *
 * @param framework - the framework both assessed against
 * @param first - the earlier round, or the self-assessment
 * @param second - the later round, or the external assessment
 * @param policy - the scoring policy for both
 * @returns the comparison
 *
 * @example
 * ```ts
 * import { compareAssessments, type Assessment, type AssessmentComparison, type Framework } from "treatment-quality";
 *
 * const selfOverrated = (framework: Framework, self: Assessment, external: Assessment): AssessmentComparison["gaps"] =>
 *   compareAssessments(framework, self, external).gaps.filter((gap) => gap.difference < 0);
 * ```
 */
export function compareAssessments(framework: Framework, first: Assessment, second: Assessment, policy: ScoringPolicyInput = {}): AssessmentComparison {
  const before = scoreAssessment(framework, first, policy);
  const after = scoreAssessment(framework, second, policy);
  const change = (x: number | null, y: number | null) => (x === null || y === null ? null : y - x);
  const nodes = Object.fromEntries(Object.entries(before.nodes).map(([id, node]) => [id, { before: node.score, after: after.nodes[id]?.score ?? null, change: change(node.score, after.nodes[id]?.score ?? null) }]));
  const gaps: CriterionGap[] = [];
  for (const [id, node] of Object.entries(before.nodes)) {
    const other = after.nodes[id];
    if (node.status !== "rated" || other?.status !== "rated") continue;
    const difference = other.score! - node.score!;
    if (difference !== 0) gaps.push({ criterionId: id, before: node.level!, after: other.level!, difference });
  }
  return {
    before,
    after,
    overallChange: change(before.overall, after.overall),
    nodes,
    improved: gaps.filter((gap) => gap.difference > 0).map((gap) => gap.criterionId),
    regressed: gaps.filter((gap) => gap.difference < 0).map((gap) => gap.criterionId),
    gaps: [...gaps].sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference)),
  };
}
