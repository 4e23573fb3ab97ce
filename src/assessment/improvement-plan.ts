/** The improvement plan: findings in the order a head doctor should work on them. */
import type { IsoDate } from "../days/index.js";
import type { AssessmentReport, Finding } from "./score-assessment.js";

/**
 * One item of an improvement plan: a finding with its rank (1 = first to address).
 *
 * @example
 * ```ts
 * import type { ImprovementItem } from "treatment-quality";
 *
 * const first: ImprovementItem = { rank: 1, criterionId: "P2.1.1", code: "2.1.1", title: { en: "Consent" }, level: "NOT_MET", value: 0, shortfall: 1, weight: 3, critical: true, priority: 3, dueDate: "2024-05-03" };
 * ```
 */
export interface ImprovementItem extends Finding {
  readonly rank: number;
}

/**
 * An improvement plan, with the assessment it answers and the visit date its deadlines count from.
 *
 * @example
 * ```ts
 * import type { ImprovementPlan } from "treatment-quality";
 *
 * const empty: ImprovementPlan = { assessmentId: "A1", visitDate: "2024-03-04", items: [] };
 * ```
 */
export interface ImprovementPlan {
  readonly assessmentId: string;
  readonly visitDate: IsoDate;
  readonly items: readonly ImprovementItem[];
}

/**
 * Order a report's findings by priority: critical criteria first, then by the criterion's own weight
 * x shortfall (1 - the level's value), highest first, ties in reading order. Each item keeps its due
 * date (the visit date plus the policy's follow-up days for its risk class).
 *
 * @param report - a report from `scoreAssessment`
 * @returns the plan
 *
 * @example
 * ```ts
 * import type { AssessmentReport } from "treatment-quality";
 * import { improvementPlan } from "treatment-quality";
 *
 * const byPriority = (report: AssessmentReport) => improvementPlan(report).items.map((item) => `${item.rank}. ${item.code} due ${item.dueDate}`);
 * ```
 */
export function improvementPlan(report: AssessmentReport): ImprovementPlan {
  const items = report.findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => Number(b.finding.critical) - Number(a.finding.critical) || b.finding.priority - a.finding.priority || a.order - b.order)
    .map(({ finding }, index) => ({ ...finding, rank: index + 1 }));
  return { assessmentId: report.assessmentId, visitDate: report.visitDate, items };
}
