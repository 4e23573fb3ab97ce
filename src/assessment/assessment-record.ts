/** The assessment record: who rated which criteria of which framework, when, with what evidence. */
import * as z from "zod";
import { codeListOf, identifier, uniqueList } from "../_lib/fields.js";
import { customIssue } from "../_lib/zod-issues.js";
import { IsoDateSchema } from "../days/index.js";
import { EVIDENCE_TYPES, FRAMEWORK_VERSION_PATTERN } from "../standards/index.js";
import { MODALITY, POPULATION, SETTING } from "../codes/index.js";

/**
 * Schema of a piece of evidence: what it is, where to find it, when it was collected and until when
 * it holds, who collected it, and the criteria it supports (one document may support several).
 * Cross-field rule: `validUntil` is not before `collectedOn`.
 *
 * @example
 * ```ts
 * import { EvidenceSchema } from "treatment-quality";
 *
 * EvidenceSchema.parse({ id: "EV-1", type: "document-review", reference: "Consent policy v3", collectedOn: "2024-03-04", criteria: ["P2.1.1"] }).type; // => "document-review"
 * ```
 */
export const EvidenceSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: identifier("The evidence item."),
      type: z.enum(EVIDENCE_TYPES).describe("What kind of evidence it is."),
      reference: z.string().regex(/\S/).max(500).describe("Where to find it: a document title and version, a file name, a register extract; never personal data."),
      collectedOn: IsoDateSchema.describe("The day it was collected or issued."),
      validUntil: IsoDateSchema.optional().describe("The last day it holds (a licence's expiry, a policy's review date); absent if it does not expire."),
      collectedBy: identifier("Who collected it (an assessor id).").optional(),
      criteria: uniqueList(identifier("A criterion it supports."), 1).describe("The criteria (framework leaves) it supports."),
    })
    .check((context) => {
      const { collectedOn, validUntil } = context.value;
      if (validUntil !== undefined && validUntil < collectedOn) context.issues.push(customIssue("invalid_value", ["validUntil"], validUntil, `The evidence expires (${validUntil}) before it was collected (${collectedOn}).`));
    })
    .meta({
      title: "Evidence",
      description: "A piece of evidence with its dates and the criteria it supports. Rule not in JSON Schema: validUntil >= collectedOn.",
      examples: [{ id: "EV-1", type: "document-review", reference: "Informed consent policy, version 3", collectedOn: "2024-03-04", validUntil: "2026-03-03", collectedBy: "AS-1", criteria: ["P2.1.1", "P2.1.3"] }],
    }))();

/**
 * A piece of evidence, as {@link EvidenceSchema} checks it.
 *
 * @example
 * ```ts
 * import type { Evidence } from "treatment-quality";
 *
 * const licence: Evidence = { id: "EV-2", type: "document-review", reference: "Licence 123", collectedOn: "2024-03-04", validUntil: "2024-12-31", criteria: ["S8.1.1"] };
 * ```
 */
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * Schema of one rating: the criterion (a leaf of the framework), the level of the rating scale, and
 * optionally a comment, the ids of the evidence it rests on, and a risk class (likelihood x scope,
 * as in a SAFER-style matrix) for a finding.
 *
 * @example
 * ```ts
 * import { RatingSchema } from "treatment-quality";
 *
 * RatingSchema.parse({ criterionId: "P2.1.1", level: "PARTIALLY_MET", risk: { likelihood: "moderate", scope: "pattern" } }).level; // => "PARTIALLY_MET"
 * ```
 */
export const RatingSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      criterionId: identifier("The criterion rated: a leaf of the framework."),
      level: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/).describe("The code of a level of the rating scale (its not-applicable level included)."),
      comment: z.string().regex(/\S/).max(2000).optional().describe("The assessor's reasoning."),
      evidence: uniqueList(identifier("An evidence id.")).optional().describe("Ids of the evidence items the rating rests on."),
      risk: z
        .strictObject({
          likelihood: z.enum(["low", "moderate", "high"]).describe("How likely harm is."),
          scope: z.enum(["limited", "pattern", "widespread"]).describe("How far the problem reaches."),
        })
        .optional()
        .describe("For a rating below the top level: the finding's risk class."),
    })
    .meta({ title: "Rating", description: "One criterion's rating, with comment, evidence ids and an optional risk class.", examples: [{ criterionId: "P2.1.1", level: "PARTIALLY_MET", comment: "Two of ten records lack a signed consent.", evidence: ["EV-1"], risk: { likelihood: "moderate", scope: "pattern" } }] }))();

/**
 * One rating, as {@link RatingSchema} checks it.
 *
 * @example
 * ```ts
 * import type { Rating } from "treatment-quality";
 *
 * const rating: Rating = { criterionId: "P2.1.1", level: "MET" };
 * ```
 */
export type Rating = z.infer<typeof RatingSchema>;

/**
 * Schema of an assessment of one facility (optionally one of its services) against one version of
 * a framework. `scope` says what was assessed (its modalities, settings, populations): criteria
 * whose applicability excludes it are out of scope; absent, every criterion is in scope.
 * Cross-field rules: one rating per criterion, evidence ids unique, rating evidence ids exist, a
 * single lead assessor at most.
 *
 * @example
 * ```ts
 * import { AssessmentSchema } from "treatment-quality";
 *
 * const assessment = AssessmentSchema.parse({
 *   id: "A-2024-01",
 *   frameworkId: "unodc-who-is-2020",
 *   frameworkVersion: "2020",
 *   facilityId: "F-01",
 *   mode: "external",
 *   assessors: [{ id: "AS-1", role: "lead" }],
 *   visitDate: "2024-03-04",
 *   status: "final",
 *   ratings: [{ criterionId: "P2.1.1", level: "MET" }],
 * });
 * assessment.mode; // => "external"
 * ```
 */
export const AssessmentSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: identifier("The assessment."),
      frameworkId: identifier("The framework assessed against."),
      frameworkVersion: z.string().regex(new RegExp(FRAMEWORK_VERSION_PATTERN)).describe("The framework's version."),
      facilityId: identifier("The facility assessed."),
      serviceId: identifier("The service assessed, when one service of the facility is.").optional(),
      scope: z
        .strictObject({
          modalities: codeListOf(MODALITY, "The modalities assessed.").optional(),
          settings: codeListOf(SETTING, "The settings assessed.").optional(),
          populations: codeListOf(POPULATION, "The special populations served.").optional(),
        })
        .optional()
        .describe("What was assessed, for criteria's applicability; a dimension left out excludes nothing."),
      mode: z.enum(["self", "external", "peer", "joint"]).describe("Who rated: the facility itself, external assessors, peers, or jointly."),
      assessors: z
        .array(z.strictObject({ id: identifier("The assessor."), role: z.enum(["lead", "member", "trainee"]).describe("The assessor's role.") }))
        .min(1)
        .describe("Who rated, with roles."),
      visitDate: IsoDateSchema.describe("The (first) day of the visit or self-assessment; follow-up deadlines count from it."),
      submittedOn: IsoDateSchema.optional().describe("The day the ratings were submitted."),
      status: z.enum(["draft", "submitted", "validated", "final"]).describe("Where the assessment is in its life cycle."),
      ratings: z.array(RatingSchema).describe("One rating per criterion rated."),
      evidence: z.array(EvidenceSchema).optional().describe("The evidence collected."),
    })
    .check((context) => {
      const { ratings, evidence = [], assessors, visitDate, submittedOn } = context.value;
      const rated = new Set<string>();
      ratings.forEach((rating, index) => {
        if (rated.has(rating.criterionId)) context.issues.push(customIssue("duplicate", ["ratings", index, "criterionId"], rating.criterionId, `"${rating.criterionId}" is rated twice; give one rating per criterion.`));
        rated.add(rating.criterionId);
      });
      const evidenceIds = new Set<string>();
      evidence.forEach((item, index) => {
        if (evidenceIds.has(item.id)) context.issues.push(customIssue("duplicate", ["evidence", index, "id"], item.id, `The evidence id "${item.id}" is used twice.`));
        evidenceIds.add(item.id);
      });
      ratings.forEach((rating, index) =>
        rating.evidence?.forEach((id, position) => {
          if (!evidenceIds.has(id)) context.issues.push(customIssue("unknown_reference", ["ratings", index, "evidence", position], id, `The rating of "${rating.criterionId}" cites evidence "${id}", which is not in the assessment's evidence.`));
        }),
      );
      if (assessors.filter((assessor) => assessor.role === "lead").length > 1) context.issues.push(customIssue("invalid_value", ["assessors"], assessors, "An assessment has at most one lead assessor."));
      if (submittedOn !== undefined && submittedOn < visitDate) context.issues.push(customIssue("invalid_value", ["submittedOn"], submittedOn, `The assessment is submitted (${submittedOn}) before its visit (${visitDate}).`));
    })
    .meta({
      title: "Assessment",
      description:
        "An assessment of a facility against one framework version: mode, assessors, dates, status, ratings and evidence. Rules not in JSON Schema: one rating per criterion, unique evidence ids, rating evidence ids exist, at most one lead, submittedOn >= visitDate, each evidence item's validUntil >= collectedOn.",
      examples: [
        {
          id: "A-2024-01",
          frameworkId: "illustrative-national-standard",
          frameworkVersion: "1.0",
          facilityId: "F-TAS-01",
          serviceId: "F-TAS-01-OAT",
          scope: { modalities: ["outpatient"], settings: ["specialised"] },
          mode: "external",
          assessors: [
            { id: "AS-1", role: "lead" },
            { id: "AS-2", role: "member" },
          ],
          visitDate: "2024-03-04",
          submittedOn: "2024-03-11",
          status: "final",
          ratings: [
            { criterionId: "S2.1.1", level: "MET", evidence: ["EV-1"] },
            { criterionId: "S4.2.1", level: "PARTIALLY_MET", comment: "Safe is not double-locked.", risk: { likelihood: "high", scope: "limited" } },
          ],
          evidence: [{ id: "EV-1", type: "record-review", reference: "Ten sampled records", collectedOn: "2024-03-04", collectedBy: "AS-1", criteria: ["S2.1.1"] }],
        },
      ],
    }))();

/**
 * An assessment, as {@link AssessmentSchema} checks it.
 *
 * @example
 * ```ts
 * import type { Assessment } from "treatment-quality";
 *
 * const self: Assessment = { id: "SA-1", frameworkId: "x", frameworkVersion: "1", facilityId: "F1", mode: "self", assessors: [{ id: "HD-1", role: "lead" }], visitDate: "2024-02-01", status: "draft", ratings: [] };
 * ```
 */
export type Assessment = z.infer<typeof AssessmentSchema>;
