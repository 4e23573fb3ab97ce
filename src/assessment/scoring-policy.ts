/** The scoring policy: every rule that turns ratings into scores and a decision, as data. */
import * as z from "zod";
import { deepFreeze } from "../_lib/deep-freeze.js";
import { NODE_KINDS } from "../standards/index.js";
import { DEFAULT_RATING_SCALE, RatingScaleSchema, type RatingScale } from "./rating-scale.js";

const proportion = (description: string) => z.number().min(0).max(1).describe(description);

/**
 * Schema of one decision rule. The rules form an ordered list; the first rule whose conditions all
 * hold gives the outcome. A rule with no condition always holds, so it can close the list.
 *
 * @example
 * ```ts
 * import { DecisionRuleSchema } from "treatment-quality";
 *
 * DecisionRuleSchema.parse({ outcome: "accredited", minOverall: 0.8, maxCriticalFailures: 0 }).outcome; // => "accredited"
 * ```
 */
export const DecisionRuleSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      outcome: z.string().regex(/\S/).max(100).describe("The decision this rule gives, e.g. 'accredited'."),
      minOverall: proportion("The overall score must be at least this (an overall of null fails).").optional(),
      maxCriticalFailures: z.int().min(0).optional().describe("At most this many critical failures."),
      noCriticalAtLowestLevel: z.boolean().optional().describe("When true: no in-scope critical criterion at the scale's lowest level (an unrated one counts as lowest under unrated: count-as-zero)."),
      minNodeScore: z
        .strictObject({ kind: z.enum(NODE_KINDS).describe("The kind of node."), min: proportion("The minimum score.") })
        .optional()
        .describe("Every node of this kind that scores must score at least min; nodes scoring null are ignored."),
      minCompleteness: proportion("The share of in-scope criteria rated must be at least this.").optional(),
    })
    .meta({ title: "DecisionRule", description: "One rule of an ordered decision list: an outcome and the conditions under which it holds.", examples: [{ outcome: "accredited", minOverall: 0.8, maxCriticalFailures: 0 }, { outcome: "not-accredited" }] }))();

/**
 * One decision rule, as {@link DecisionRuleSchema} checks it.
 *
 * @example
 * ```ts
 * import type { DecisionRule } from "treatment-quality";
 *
 * const rule: DecisionRule = { outcome: "conditionally-accredited", minOverall: 0.6, noCriticalAtLowestLevel: true };
 * ```
 */
export type DecisionRule = z.infer<typeof DecisionRuleSchema>;

/** The risk classes of a finding: likelihood of harm x scope, as in a SAFER-style matrix. */
const RISK_CLASSES = ["low-limited", "low-pattern", "low-widespread", "moderate-limited", "moderate-pattern", "moderate-widespread", "high-limited", "high-pattern", "high-widespread"] as const;

/**
 * Schema of a scoring policy as a caller gives it: every field optional, defaults from
 * {@link DEFAULT_SCORING_POLICY}.
 *
 * @example
 * ```ts
 * import { ScoringPolicySchema } from "treatment-quality";
 *
 * ScoringPolicySchema.parse({ notApplicable: "count-as-met", aggregation: "pooled" }).aggregation; // => "pooled"
 * ```
 */
export const ScoringPolicySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      scale: RatingScaleSchema.optional().describe("The rating scale; default: MET 1, PARTIALLY_MET 0.5, NOT_MET 0, NOT_APPLICABLE."),
      notApplicable: z.enum(["exclude", "count-as-met"]).optional().describe("A criterion rated not applicable scores nothing (exclude, the default) or 1 (count-as-met)."),
      unrated: z.enum(["count-as-zero", "exclude"]).optional().describe("An in-scope criterion without a rating scores 0 (count-as-zero, the default) or nothing (exclude)."),
      aggregation: z.enum(["hierarchical", "pooled"]).optional().describe("hierarchical (default): weighted mean of children; pooled: weighted mean of all leaves below."),
      decisionRules: z.array(DecisionRuleSchema).min(1).optional().describe("The ordered decision rules; the first that holds gives the outcome."),
      followUp: z
        .strictObject({
          defaultDays: z.int().min(0).max(3650).describe("Days from the visit date to the follow-up deadline of a finding."),
          byRisk: z.partialRecord(z.enum(RISK_CLASSES), z.int().min(0).max(3650)).optional().describe("Deadlines by risk class (likelihood-scope)."),
        })
        .optional()
        .describe("Follow-up deadlines of findings; default 60 days for every finding."),
    })
    .meta({
      title: "ScoringPolicy",
      description: "How ratings become scores and a decision: scale, N/A and unrated handling, aggregation, decision rules, follow-up deadlines. Every field is optional.",
      examples: [{ notApplicable: "exclude", unrated: "count-as-zero", aggregation: "hierarchical", decisionRules: [{ outcome: "accredited", minOverall: 0.8, maxCriticalFailures: 0 }, { outcome: "not-accredited" }], followUp: { defaultDays: 60, byRisk: { "high-widespread": 30 } } }],
    }))();

/**
 * A scoring policy as a caller gives it (every field optional).
 *
 * @example
 * ```ts
 * import type { ScoringPolicyInput } from "treatment-quality";
 *
 * const lenient: ScoringPolicyInput = { unrated: "exclude" };
 * ```
 */
export type ScoringPolicyInput = z.input<typeof ScoringPolicySchema>;

/**
 * A complete scoring policy: what a report states it was computed with.
 *
 * @example
 * ```ts
 * import { DEFAULT_SCORING_POLICY, type ScoringPolicy } from "treatment-quality";
 *
 * const policy: ScoringPolicy = { ...DEFAULT_SCORING_POLICY, aggregation: "pooled" };
 * ```
 */
export interface ScoringPolicy {
  readonly scale: RatingScale;
  readonly notApplicable: "exclude" | "count-as-met";
  readonly unrated: "count-as-zero" | "exclude";
  readonly aggregation: "hierarchical" | "pooled";
  readonly decisionRules: readonly DecisionRule[];
  readonly followUp: { readonly defaultDays: number; readonly byRisk?: Partial<Record<(typeof RISK_CLASSES)[number], number>> | undefined };
}

/**
 * The defaults. The decision rules are illustrative: no public source gives the thresholds of the
 * UNODC-WHO quality-assurance tool, so set your own standard's. `accredited` when the overall score
 * is at least 0.80 and there is no critical failure; `conditionally-accredited` when it is at least
 * 0.60 and no critical criterion is at the scale's lowest level; otherwise `not-accredited`.
 * Findings are due 60 days after the visit (the Joint Commission's deadline for evidence of
 * standards compliance).
 *
 * @example
 * ```ts
 * import { DEFAULT_SCORING_POLICY } from "treatment-quality";
 *
 * DEFAULT_SCORING_POLICY.decisionRules.map((rule) => rule.outcome); // => ["accredited", "conditionally-accredited", "not-accredited"]
 * ```
 */
export const DEFAULT_SCORING_POLICY: ScoringPolicy = /* @__PURE__ */ deepFreeze({
  scale: DEFAULT_RATING_SCALE,
  notApplicable: "exclude",
  unrated: "count-as-zero",
  aggregation: "hierarchical",
  decisionRules: [
    { outcome: "accredited", minOverall: 0.8, maxCriticalFailures: 0 },
    { outcome: "conditionally-accredited", minOverall: 0.6, noCriticalAtLowestLevel: true },
    { outcome: "not-accredited" },
  ],
  followUp: { defaultDays: 60 },
});

/** The policy with the defaults filled in. */
export function resolvePolicy(input: ScoringPolicyInput = {}): ScoringPolicy {
  return {
    scale: input.scale ?? DEFAULT_SCORING_POLICY.scale,
    notApplicable: input.notApplicable ?? DEFAULT_SCORING_POLICY.notApplicable,
    unrated: input.unrated ?? DEFAULT_SCORING_POLICY.unrated,
    aggregation: input.aggregation ?? DEFAULT_SCORING_POLICY.aggregation,
    decisionRules: input.decisionRules ?? DEFAULT_SCORING_POLICY.decisionRules,
    followUp: input.followUp ?? DEFAULT_SCORING_POLICY.followUp,
  };
}
