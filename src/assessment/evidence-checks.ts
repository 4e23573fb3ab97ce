/** Evidence problems an assessment report must show: expired, missing, or pointing nowhere. */
import { issue, type Issue } from "../_lib/issue.js";
import { frameworkTree, type Framework } from "../standards/index.js";
import type { Assessment } from "./assessment-record.js";
import type { RatingScale } from "./rating-scale.js";

/**
 * Check an assessment's evidence against its framework: evidence that expired before the visit
 * date (`expired`), evidence linked to criteria the framework does not have (`unknown_reference`),
 * and criteria rated at the scale's top level without any evidence where the framework says which
 * evidence to look for (`missing`). A criterion has evidence when its rating cites some, or when an
 * evidence item lists it among the criteria it supports.
 *
 * @param framework - the framework assessed against
 * @param assessment - the assessment
 * @param scale - the rating scale (its top level is "met")
 * @returns the problems, each with its path in the assessment
 *
 * @example
 * ```ts
 * import { checkEvidence, DEFAULT_RATING_SCALE, internationalStandards2020 } from "treatment-quality";
 *
 * const issues = checkEvidence(internationalStandards2020, {
 *   id: "A1", frameworkId: "unodc-who-is-2020", frameworkVersion: "2020", facilityId: "F1", mode: "external",
 *   assessors: [{ id: "AS-1", role: "lead" }], visitDate: "2024-03-04", status: "final",
 *   ratings: [{ criterionId: "P2.1.1", level: "MET" }],
 *   evidence: [{ id: "EV-1", type: "document-review", reference: "Policy v1", collectedOn: "2021-01-01", validUntil: "2023-12-31", criteria: ["P2.1.9"] }],
 * }, DEFAULT_RATING_SCALE);
 * issues.map((each) => `${each.path.join(".")} ${each.code}`);
 * // => ["evidence.0.validUntil expired", "evidence.0.criteria.0 unknown_reference", "ratings.0.evidence missing"]
 * ```
 */
export function checkEvidence(framework: Framework, assessment: Assessment, scale: RatingScale): Issue[] {
  const tree = frameworkTree(framework);
  const issues: Issue[] = [];
  const supported = new Set<string>();
  (assessment.evidence ?? []).forEach((item, index) => {
    if (item.validUntil !== undefined && item.validUntil < assessment.visitDate) {
      issues.push(issue("expired", ["evidence", index, "validUntil"], `Evidence "${item.id}" (${item.reference}) was valid until ${item.validUntil}, before the visit on ${assessment.visitDate}.`));
    }
    item.criteria.forEach((criterionId, position) => {
      if (tree.node(criterionId) === undefined) issues.push(issue("unknown_reference", ["evidence", index, "criteria", position], `Evidence "${item.id}" supports "${criterionId}", which is not a node of "${framework.id}" ${framework.version}.`));
      supported.add(criterionId);
    });
  });
  const top = scale.levels[0]!.code;
  assessment.ratings.forEach((rating, index) => {
    const asked = tree.node(rating.criterionId)?.evidence;
    if (rating.level !== top || asked === undefined || (rating.evidence?.length ?? 0) > 0 || supported.has(rating.criterionId)) return;
    issues.push(issue("missing", ["ratings", index, "evidence"], `"${rating.criterionId}" is rated ${top} without evidence; the framework asks for ${asked.join(", ")}.`));
  });
  return issues;
}
