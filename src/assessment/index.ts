/**
 * Assessment and accreditation: rating scales as data, assessment records with evidence, scoring by
 * a stated policy (N/A and unrated handling, weights, hierarchical or pooled aggregation), critical
 * failures, ordered decision rules with reasons, findings with follow-up deadlines, improvement
 * plans, evidence checks, agreement between assessors and comparison of assessments.
 *
 * The default decision thresholds are illustrative: no public source gives the scoring of the
 * UNODC-WHO quality-assurance tool. Set your national standard's own.
 *
 * @module assessment
 */
export { RatingScaleSchema, type RatingScale, defineRatingScale, DEFAULT_RATING_SCALE, COMPLIANCE_RATING_SCALE, QUALITY_RIGHTS_RATING_SCALE } from "./rating-scale.js";
export { EvidenceSchema, type Evidence, RatingSchema, type Rating, AssessmentSchema, type Assessment } from "./assessment-record.js";
export { DecisionRuleSchema, type DecisionRule, ScoringPolicySchema, type ScoringPolicyInput, type ScoringPolicy, DEFAULT_SCORING_POLICY } from "./scoring-policy.js";
export { scoreAssessment, type AssessmentReport, type NodeScore, type LeafStatus, type Finding, type Decision } from "./score-assessment.js";
export { safeScoreAssessment } from "./safe-score-assessment.js";
export { checkEvidence } from "./evidence-checks.js";
export { improvementPlan, type ImprovementPlan, type ImprovementItem } from "./improvement-plan.js";
export { assessorAgreement, type AssessorAgreement, type AssessorAgreementOptions } from "./assessor-agreement.js";
export { compareAssessments, type AssessmentComparison, type CriterionGap } from "./compare-assessments.js";
