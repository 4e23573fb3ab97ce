/** Scoring from untrusted input: every problem of framework, assessment and policy, or the report. */
import { prefixIssues, type Issue } from "../_lib/issue.js";
import { fail, ok, type Result } from "../_lib/result.js";
import { parseWithSchema } from "../_lib/zod-issues.js";
import { defineFramework } from "../standards/index.js";
import { AssessmentSchema } from "./assessment-record.js";
import { defineRatingScale } from "./rating-scale.js";
import { scoreAssessment, type AssessmentReport } from "./score-assessment.js";
import { ScoringPolicySchema } from "./scoring-policy.js";

/**
 * {@link scoreAssessment} for untrusted input (parsed JSON, a form's payload): the framework is
 * checked by `defineFramework`, the assessment by {@link AssessmentSchema}, the policy by
 * {@link ScoringPolicySchema} and its scale by {@link defineRatingScale}. Problems come back
 * together with paths under `framework`, `assessment` and `policy`; otherwise the report (whose
 * own `issues` list the ratings it could not count).
 *
 * @param framework - the framework, as data
 * @param assessment - the assessment, as data
 * @param policy - the scoring policy, as data (optional)
 * @returns the report, or the issues
 *
 * @example
 * ```ts
 * import { internationalStandards2020, safeScoreAssessment } from "treatment-quality";
 *
 * const result = safeScoreAssessment(internationalStandards2020, { id: "A1", ratings: "none" }, { aggregation: "average" });
 * result.ok; // => false
 * if (!result.ok) result.issues.some((each) => each.path.join(".") === "policy.aggregation"); // => true
 * ```
 */
export function safeScoreAssessment(framework: unknown, assessment: unknown, policy: unknown = {}): Result<AssessmentReport> {
  const issues: Issue[] = [];
  const definedFramework = defineFramework(framework);
  if (!definedFramework.ok) issues.push(...prefixIssues(definedFramework.issues, ["framework"]));
  const parsedAssessment = parseWithSchema(AssessmentSchema, assessment, ["assessment"]);
  if (!parsedAssessment.ok) issues.push(...parsedAssessment.issues);
  const parsedPolicy = parseWithSchema(ScoringPolicySchema, policy, ["policy"]);
  if (!parsedPolicy.ok) issues.push(...parsedPolicy.issues);
  else if (parsedPolicy.value.scale !== undefined) {
    const scale = defineRatingScale(parsedPolicy.value.scale);
    if (!scale.ok) issues.push(...prefixIssues(scale.issues, ["policy", "scale"]));
  }
  if (issues.length > 0 || !definedFramework.ok || !parsedAssessment.ok || !parsedPolicy.ok) return fail(issues);
  return ok(scoreAssessment(definedFramework.value, parsedAssessment.value, parsedPolicy.value));
}
