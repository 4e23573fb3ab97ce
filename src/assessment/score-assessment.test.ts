import { describe, expect, it } from "vitest";
import { defineFramework, type Framework, type FrameworkNode } from "../standards/index.js";
import type { Assessment } from "./assessment-record.js";
import { improvementPlan } from "./improvement-plan.js";
import { COMPLIANCE_RATING_SCALE, defineRatingScale, type RatingScale } from "./rating-scale.js";
import { safeScoreAssessment } from "./safe-score-assessment.js";
import { scoreAssessment } from "./score-assessment.js";
import { DEFAULT_SCORING_POLICY } from "./scoring-policy.js";

const source = { document: "Hand-worked standard", edition: "1", verified: true };
const node = (id: string, parentId: string | undefined, kind: FrameworkNode["kind"], extra: Partial<FrameworkNode> = {}): FrameworkNode => ({
  id,
  ...(parentId === undefined ? {} : { parentId }),
  code: id,
  kind,
  title: { en: id },
  source,
  ...extra,
});

/** A framework of these nodes, checked by defineFramework. */
function testFramework(id: string, title: string, nodes: FrameworkNode[]): Framework {
  const defined = defineFramework({ id, version: "1", title: { en: title }, publisher: "Tests", year: 2024, source, status: "illustrative", nodes });
  if (!defined.ok) throw new Error(JSON.stringify(defined.issues));
  return defined.value;
}

/**
 * P1 (principle)                 P2 (principle)
 *   S1 (standard, weight 2)        S3 (standard)
 *     C1 weight 3, critical          C6 critical
 *     C2                             C7 weight 2
 *     C3
 *   S2 (standard)
 *     C4 long-term residential only
 *     C5
 */
const framework = testFramework("hand", "Hand-worked", [
  node("P1", undefined, "principle"),
  node("S1", "P1", "standard", { weight: 2 }),
  node("C1", "S1", "criterion", { weight: 3, critical: true, evidence: ["record-review"] }),
  node("C2", "S1", "criterion"),
  node("C3", "S1", "criterion"),
  node("S2", "P1", "standard"),
  node("C4", "S2", "criterion", { applicability: { modalities: ["long-term-residential"] } }),
  node("C5", "S2", "criterion"),
  node("P2", undefined, "principle"),
  node("S3", "P2", "standard"),
  node("C6", "S3", "criterion", { critical: true }),
  node("C7", "S3", "criterion", { weight: 2 }),
]);

const assessment: Assessment = {
  id: "EXT-1",
  frameworkId: "hand",
  frameworkVersion: "1",
  facilityId: "F1",
  scope: { modalities: ["outpatient"] },
  mode: "external",
  assessors: [{ id: "AS-1", role: "lead" }],
  visitDate: "2024-03-04",
  status: "final",
  ratings: [
    { criterionId: "C1", level: "MET", evidence: ["EV-1"] },
    { criterionId: "C2", level: "PARTIALLY_MET", risk: { likelihood: "high", scope: "widespread" } },
    { criterionId: "C3", level: "NOT_APPLICABLE" },
    { criterionId: "C4", level: "MET" },
    { criterionId: "C5", level: "NOT_MET" },
    { criterionId: "C6", level: "PARTIALLY_MET" },
  ],
  evidence: [{ id: "EV-1", type: "record-review", reference: "Ten records", collectedOn: "2024-03-04", criteria: ["C1"] }],
};

const scores = (report: ReturnType<typeof scoreAssessment>) => Object.fromEntries(Object.entries(report.nodes).map(([id, each]) => [id, each.score]));

describe("scoreAssessment, hand-worked", () => {
  it("scores the default policy: N/A excluded, unrated as zero, hierarchical weighted means", () => {
    const report = scoreAssessment(framework, assessment);
    const S1 = (3 * 1 + 1 * 0.5) / 4; // C3 is N/A: left out of numerator and denominator
    const S2 = 0; // C4 is out of scope; C5 not met
    const P1 = (2 * S1 + 1 * S2) / 3;
    const S3 = (1 * 0.5 + 2 * 0) / 3; // C7 unrated counts as 0
    expect(scores(report)).toEqual({ P1, S1, C1: 1, C2: 0.5, C3: null, S2, C4: null, C5: 0, P2: S3, S3, C6: 0.5, C7: 0 });
    expect(report.overall).toBe((P1 + S3) / 2);
    expect(report.completeness).toBe(5 / 6);
    expect(report.nodes["S1"]).toMatchObject({ applicable: 3, rated: 3, notApplicable: 1, unrated: 0 });
    expect(report.nodes["P1"]).toMatchObject({ applicable: 4, rated: 4, notApplicable: 1, unrated: 0 });
    expect(report.nodes["C4"]).toMatchObject({ status: "out-of-scope", applicable: 0, rated: 0 });
    expect(report.nodes["C7"]).toMatchObject({ status: "unrated", unrated: 1 });
    expect(report.criticalFailures).toEqual(["C6"]);
    expect(report.criticalAtLowestLevel).toEqual([]);
    expect(report.decision.outcome).toBe("not-accredited");
    expect(report.decision.reasons).toEqual([
      "not accredited: overall 0.375 is below 0.8; 1 critical failure (C6), more than the 0 allowed",
      "not conditionally-accredited: overall 0.375 is below 0.6",
      "not-accredited: no condition (closes the list)",
    ]);
    expect(report.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["ratings.3.criterionId invalid_value"]);
    expect(report.policy.aggregation).toBe("hierarchical");
  });

  it("pools leaves with their own weights", () => {
    const report = scoreAssessment(framework, assessment, { aggregation: "pooled" });
    expect(report.overall).toBe((3 * 1 + 1 * 0.5 + 1 * 0 + 1 * 0.5 + 2 * 0) / (3 + 1 + 1 + 1 + 2));
    expect(report.nodes["P1"]?.score).toBe((3 * 1 + 1 * 0.5 + 1 * 0) / (3 + 1 + 1));
    expect(report.nodes["S1"]?.score).toBe((3 + 0.5) / 4);
  });

  it("counts N/A as met, or leaves unrated criteria out, when the policy says so", () => {
    expect(scoreAssessment(framework, assessment, { notApplicable: "count-as-met" }).nodes["S1"]?.score).toBe((3 * 1 + 1 * 0.5 + 1 * 1) / 5);
    const lenient = scoreAssessment(framework, assessment, { unrated: "exclude" });
    expect(lenient.nodes["S3"]?.score).toBe(0.5);
    expect(lenient.overall).toBe(((2 * ((3 + 0.5) / 4) + 0) / 3 + 0.5) / 2);
    expect(lenient.completeness).toBe(5 / 6); // completeness does not depend on the policy
  });

  it("treats an unrated critical criterion as a failure at the lowest level under count-as-zero only", () => {
    const withoutC6 = { ...assessment, ratings: assessment.ratings.filter((rating) => rating.criterionId !== "C6") };
    const strict = scoreAssessment(framework, withoutC6);
    expect(strict.criticalFailures).toEqual(["C6"]);
    expect(strict.criticalAtLowestLevel).toEqual(["C6"]);
    const lenient = scoreAssessment(framework, withoutC6, { unrated: "exclude" });
    expect(lenient.criticalFailures).toEqual([]);
    expect(lenient.criticalAtLowestLevel).toEqual([]);
    const notApplicable = scoreAssessment(framework, { ...assessment, ratings: [...withoutC6.ratings, { criterionId: "C6", level: "NOT_APPLICABLE" }] });
    expect(notApplicable.criticalFailures).toEqual([]);
  });

  it("applies custom decision rules in order, with minimum node scores and completeness", () => {
    const allMet: Assessment = { ...assessment, ratings: ["C1", "C2", "C3", "C5", "C6", "C7"].map((criterionId) => ({ criterionId, level: "MET" })) };
    const rules = [
      { outcome: "excellent", minOverall: 0.95, minCompleteness: 1, minNodeScore: { kind: "standard" as const, min: 0.9 } },
      { outcome: "good", minOverall: 0.5 },
      { outcome: "poor" },
    ];
    expect(scoreAssessment(framework, allMet, { decisionRules: rules }).decision).toEqual({
      outcome: "excellent",
      ruleIndex: 0,
      reasons: ["excellent: overall 1 is at least 0.95; every standard scores at least 0.9; completeness 1 is at least 1"],
    });
    const oneLow = { ...allMet, ratings: allMet.ratings.map((rating) => (rating.criterionId === "C5" ? { ...rating, level: "PARTIALLY_MET" } : rating)) };
    const decision = scoreAssessment(framework, oneLow, { decisionRules: rules }).decision;
    expect(decision.outcome).toBe("good");
    expect(decision.reasons[0]).toBe("not excellent: overall 0.917 is below 0.95; standard below 0.9: S2 (0.5)"); // ((2 x 1 + 0.5) / 3 + 1) / 2
    expect(scoreAssessment(framework, oneLow, { decisionRules: [{ outcome: "only", minOverall: 1 }] }).decision).toMatchObject({ outcome: null, ruleIndex: null });
    expect(scoreAssessment(framework, { ...allMet, ratings: [] }, { decisionRules: [{ outcome: "complete", minCompleteness: 0.5 }, { outcome: "incomplete" }] }).decision.outcome).toBe("incomplete");
  });

  it("accredits when every criterion is met, and conditionally when no critical criterion is at the lowest level", () => {
    const ratings = (levels: Record<string, string>) => Object.entries(levels).map(([criterionId, level]) => ({ criterionId, level }));
    expect(scoreAssessment(framework, { ...assessment, ratings: ratings({ C1: "MET", C2: "MET", C3: "MET", C5: "MET", C6: "MET", C7: "MET" }) }).decision.outcome).toBe("accredited");
    const conditional = scoreAssessment(framework, { ...assessment, ratings: ratings({ C1: "MET", C2: "MET", C3: "MET", C5: "MET", C6: "PARTIALLY_MET", C7: "MET" }) });
    expect(conditional.overall).toBe(((2 * 1 + 1 * 1) / 3 + (0.5 + 2) / 3) / 2);
    expect(conditional.decision.outcome).toBe("conditionally-accredited");
    const lowest = scoreAssessment(framework, { ...assessment, ratings: ratings({ C1: "MET", C2: "MET", C3: "MET", C5: "MET", C6: "NOT_MET", C7: "MET" }) });
    expect(lowest.decision.outcome).toBe("not-accredited");
    expect(lowest.decision.reasons[1]).toBe("not conditionally-accredited: critical criteria at the lowest level: C6");
    const bothLowest = scoreAssessment(framework, { ...assessment, ratings: ratings({ C1: "NOT_MET", C2: "MET", C3: "MET", C5: "MET", C6: "NOT_MET", C7: "MET" }) });
    expect(bothLowest.decision.reasons[1]).toBe("not conditionally-accredited: critical criteria at the lowest level: C1, C6");
  });

  it("does not hold a completeness rule when nothing is in scope, whatever its minimum", () => {
    const residentialOnly = testFramework("residential", "Residential only", [node("P", undefined, "principle"), node("S", "P", "standard"), node("C", "S", "criterion", { applicability: { modalities: ["long-term-residential"] } })]);
    const outpatient = { ...assessment, frameworkId: "residential", ratings: [], evidence: [] };
    const report = scoreAssessment(residentialOnly, outpatient, { decisionRules: [{ outcome: "complete", minCompleteness: 0 }, { outcome: "nothing to judge" }] });
    expect([report.completeness, report.decision.outcome, report.decision.reasons[0]]).toEqual([null, "nothing to judge", "not complete: completeness none is below 0"]);
  });

  it("reports every rating it cannot count, and every evidence problem", () => {
    const messy: Assessment = {
      ...assessment,
      frameworkVersion: "2",
      ratings: [
        { criterionId: "C9", level: "MET" },
        { criterionId: "S1", level: "MET" },
        { criterionId: "C2", level: "EXCELLENT" },
        { criterionId: "C1", level: "MET" },
      ],
      evidence: [{ id: "EV-9", type: "document-review", reference: "Old policy", collectedOn: "2020-01-01", validUntil: "2023-01-01", criteria: ["C99"] }],
    };
    const report = scoreAssessment(framework, messy);
    expect(report.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual([
      "frameworkVersion invalid_value",
      "ratings.0.criterionId unknown_reference",
      "ratings.1.criterionId invalid_value",
      "ratings.2.level unknown_code",
      "evidence.0.validUntil expired",
      "evidence.0.criteria.0 unknown_reference",
      "ratings.3.evidence missing",
    ]);
    // Each message says what is wrong and what to do, naming the values involved.
    expect(report.issues.map((each) => each.message)).toEqual([
      'The assessment is against "hand" 2 but is scored with "hand" 1.',
      '"C9" is not a node of "hand" 1; the rating is ignored.',
      '"S1" is not a criterion (it has criteria below it); rate its criteria instead. The rating is ignored.',
      '"EXCELLENT" is not a level of the scale "met-partially-not-met" (MET, PARTIALLY_MET, NOT_MET, NOT_APPLICABLE); the rating of "C2" is ignored.',
      'Evidence "EV-9" (Old policy) was valid until 2023-01-01, before the visit on 2024-03-04.',
      'Evidence "EV-9" supports "C99", which is not a node of "hand" 1.',
      '"C1" is rated MET without evidence; the framework asks for record-review.',
    ]);
    expect(report.nodes["C2"]?.status).toBe("unrated");
  });

  it("decides at the boundaries: a condition met exactly holds, and each reason names its numbers", () => {
    const allMet: Assessment = { ...assessment, ratings: ["C1", "C2", "C3", "C5", "C6", "C7"].map((criterionId) => ({ criterionId, level: "MET", ...(criterionId === "C1" ? { evidence: ["EV-1"] } : {}) })) };
    const halfC5 = { ...allMet, ratings: allMet.ratings.map((rating) => (rating.criterionId === "C5" ? { ...rating, level: "PARTIALLY_MET" } : rating)) };
    const overall = ((2 * 1 + 0.5) / 3 + 1) / 2; // S2 = 0.5 (C4 out of scope), as the scorer sums it
    const exact = scoreAssessment(framework, halfC5, { decisionRules: [{ outcome: "exact", minOverall: overall, minNodeScore: { kind: "standard", min: 0.5 }, minCompleteness: 1, maxCriticalFailures: 0, noCriticalAtLowestLevel: true }] });
    expect(exact.overall).toBe(overall);
    expect(exact.decision).toEqual({
      outcome: "exact",
      ruleIndex: 0,
      reasons: ["exact: overall 0.917 is at least 0.9166666666666667; 0 critical failures, within the 0 allowed; no critical criterion at the lowest level; every standard scores at least 0.5; completeness 1 is at least 1"],
    });
    const oneFailure = { ...allMet, ratings: allMet.ratings.map((rating) => (rating.criterionId === "C6" ? { ...rating, level: "PARTIALLY_MET" } : rating)) };
    expect(scoreAssessment(framework, oneFailure, { decisionRules: [{ outcome: "tolerant", maxCriticalFailures: 1 }] }).decision.reasons).toEqual(["tolerant: 1 critical failure (C6), within the 1 allowed"]);
    const twoFailures = { ...oneFailure, ratings: oneFailure.ratings.map((rating) => (rating.criterionId === "C1" ? { ...rating, level: "NOT_MET" } : rating)) };
    expect(scoreAssessment(framework, twoFailures, { decisionRules: [{ outcome: "tolerant", maxCriticalFailures: 1 }] }).decision.reasons).toEqual([
      "not tolerant: 2 critical failures (C1, C6), more than the 1 allowed",
      "no rule holds; close the list with a rule without conditions",
    ]);
    const nothing = scoreAssessment(framework, { ...assessment, ratings: [] }, { unrated: "exclude", decisionRules: [{ outcome: "scored", minOverall: 0 }, { outcome: "complete", minCompleteness: 0 }] });
    expect([nothing.overall, nothing.completeness]).toEqual([null, 0]);
    expect(nothing.decision.reasons).toEqual(["not scored: overall none is below 0", "complete: completeness 0 is at least 0"]);
  });

  it("counts evidence valid until the visit day as valid, and asks for evidence only at the top level", () => {
    const codes = (value: Assessment) => scoreAssessment(framework, value).issues.map((each) => `${each.path.join(".")} ${each.code}`);
    const evidence = assessment.evidence![0]!;
    expect(codes({ ...assessment, evidence: [{ ...evidence, validUntil: "2024-03-04" }] })).toEqual(["ratings.3.criterionId invalid_value"]);
    expect(codes({ ...assessment, evidence: [{ ...evidence, validUntil: "2024-03-03" }] })).toContain("evidence.0.validUntil expired");
    const unsupported = { ...assessment, evidence: [] };
    expect(codes({ ...unsupported, ratings: [{ criterionId: "C1", level: "PARTIALLY_MET" }] })).toEqual([]);
    expect(codes({ ...unsupported, ratings: [{ criterionId: "C1", level: "MET", evidence: [] }] })).toEqual(["ratings.0.evidence missing"]);
  });

  it("throws for an invalid scale in the policy, naming it", () => {
    const broken = { ...COMPLIANCE_RATING_SCALE, levels: [...COMPLIANCE_RATING_SCALE.levels].reverse() };
    expect(() => scoreAssessment(framework, assessment, { scale: broken })).toThrow(/policy\.scale/);
  });

  it("scores with another scale", () => {
    const compliance = { ...assessment, ratings: [{ criterionId: "C1", level: "SUBSTANTIAL" }] };
    expect(scoreAssessment(framework, compliance, { scale: COMPLIANCE_RATING_SCALE }).nodes["C1"]?.score).toBe(2 / 3);
  });
});

describe("scoreAssessment, rule by rule", () => {
  const codes = (report: ReturnType<typeof scoreAssessment>) => report.issues.map((each) => `${each.path.join(".")} ${each.code}`);

  it("states its default policy", () => {
    expect(DEFAULT_SCORING_POLICY).toMatchObject({
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
    expect(DEFAULT_SCORING_POLICY.scale.id).toBe("met-partially-not-met");
  });

  it("names every problem of an invalid scale in one message", () => {
    const [full, substantial, ...rest] = COMPLIANCE_RATING_SCALE.levels;
    const broken = { ...COMPLIANCE_RATING_SCALE, levels: [substantial!, full!, ...rest] };
    expect(() => scoreAssessment(framework, assessment, { scale: broken })).toThrow(
      'Invalid policy.scale: levels.0.value: The best level must be worth 1 (so a perfect assessment scores 1), got 0.6666666666666666.; levels.1.value: Levels are listed best first with strictly falling values: "FULL" (1) is not below "SUBSTANTIAL" (0.6666666666666666).',
    );
  });

  it("flags an assessment of another framework, even of the same version", () => {
    const report = scoreAssessment(framework, { ...assessment, frameworkId: "other" });
    expect(report.issues[0]).toEqual({ path: ["frameworkVersion"], code: "invalid_value", message: 'The assessment is against "other" 1 but is scored with "hand" 1.' });
  });

  it("lists the codes of a scale without a not-applicable level, and says why an out-of-scope rating is ignored", () => {
    const yesNo = defineRatingScale({ id: "yes-no", title: { en: "Yes/no" }, levels: [{ code: "YES", value: 1, label: { en: "Yes" } }, { code: "NO", value: 0, label: { en: "No" } }] });
    if (!yesNo.ok) throw new Error("scale");
    const report = scoreAssessment(framework, { ...assessment, ratings: [{ criterionId: "C2", level: "MET" }, { criterionId: "C4", level: "YES" }] }, { scale: yesNo.value as RatingScale });
    expect(report.issues.map((each) => each.message)).toEqual([
      '"MET" is not a level of the scale "yes-no" (YES, NO); the rating of "C2" is ignored.',
      '"C4" does not apply to what was assessed (its applicability excludes the assessment\'s scope); the rating is ignored.',
    ]);
    expect(report.nodes["C4"]?.status).toBe("out-of-scope");
  });

  it("counts the first of two ratings of a criterion", () => {
    const twice = scoreAssessment(framework, { ...assessment, ratings: [{ criterionId: "C2", level: "MET" }, { criterionId: "C2", level: "NOT_MET" }] });
    expect(twice.nodes["C2"]?.score).toBe(1);
  });

  it("adds up the counts of the criteria below each node", () => {
    const report = scoreAssessment(framework, assessment);
    // P1: C1, C2, C5 rated, C3 rated not applicable, C4 out of scope (not counted). P2: C6 rated, C7 unrated.
    expect([report.nodes["P1"], report.nodes["P2"], report.nodes["S3"]].map((each) => [each?.applicable, each?.rated, each?.notApplicable, each?.unrated])).toEqual([
      [4, 4, 1, 0],
      [2, 1, 0, 1],
      [2, 1, 0, 1],
    ]);
  });

  it("does not count a critical criterion rated not applicable as a failure, nor a standard without a score as below a minimum", () => {
    const ratings = ["C1", "C2", "C3", "C7"].map((criterionId) => ({ criterionId, level: "MET", ...(criterionId === "C1" ? { evidence: ["EV-1"] } : {}) }));
    const report = scoreAssessment(framework, { ...assessment, ratings: [...ratings, { criterionId: "C5", level: "NOT_APPLICABLE" }, { criterionId: "C6", level: "NOT_APPLICABLE" }] }, { decisionRules: [{ outcome: "strict", maxCriticalFailures: 0, minNodeScore: { kind: "standard", min: 0.9 } }] });
    expect(report.nodes["S2"]?.score).toBeNull();
    expect(report.decision.reasons).toEqual(["strict: 0 critical failures, within the 0 allowed; every standard scores at least 0.9"]);
    const low = scoreAssessment(framework, { ...assessment, ratings }, { decisionRules: [{ outcome: "strict", minNodeScore: { kind: "standard", min: 0.9 } }, { outcome: "other" }] });
    expect(low.decision.reasons[0]).toBe("not strict: standard below 0.9: S3 (0.667), S2 (0)");
  });

  it("says by how much completeness falls short", () => {
    const report = scoreAssessment(framework, assessment, { decisionRules: [{ outcome: "complete", minCompleteness: 1 }, { outcome: "incomplete" }] });
    // Five of the six applicable criteria rated (C4 is out of scope; C7 unrated).
    expect(report.completeness).toBe(5 / 6);
    expect(report.decision.reasons[0]).toBe("not complete: completeness 0.833 is below 1");
  });

  it("carries a rating's risk into its finding, and none where the rating gives none", () => {
    const findings = scoreAssessment(framework, assessment).findings;
    expect(findings.find((finding) => finding.criterionId === "C2")?.risk).toEqual({ likelihood: "high", scope: "widespread" });
    expect(findings.find((finding) => finding.criterionId === "C5")).not.toHaveProperty("risk");
  });

  it("asks for evidence only where neither the rating nor an evidence item gives it, naming every type asked for", () => {
    const twoTypes = defineFramework({ ...framework, nodes: framework.nodes.map((each) => (each.id === "C1" ? { ...each, evidence: ["record-review", "staff-interview"] } : each)) });
    if (!twoTypes.ok) throw new Error("framework");
    const unsupported = { ...assessment, evidence: [] };
    expect(codes(scoreAssessment(twoTypes.value, { ...unsupported, ratings: [{ criterionId: "C1", level: "MET", evidence: ["EV-7"] }] }))).toEqual([]);
    expect(scoreAssessment(twoTypes.value, { ...unsupported, ratings: [{ criterionId: "C1", level: "MET" }] }).issues.map((each) => each.message)).toEqual([
      '"C1" is rated MET without evidence; the framework asks for record-review, staff-interview.',
    ]);
  });
});

describe("findings and the improvement plan", () => {
  it("turns ratings below the top level into findings with due dates by risk class, critical first", () => {
    const report = scoreAssessment(framework, assessment, { followUp: { defaultDays: 60, byRisk: { "high-widespread": 14 } } });
    expect(report.findings.map((finding) => [finding.criterionId, finding.shortfall, finding.priority, finding.dueDate])).toEqual([
      ["C2", 0.5, 0.5, "2024-03-18"],
      ["C5", 1, 1, "2024-05-03"],
      ["C6", 0.5, 0.5, "2024-05-03"],
    ]);
    expect(improvementPlan(report).items.map((item) => `${item.rank} ${item.criterionId}`)).toEqual(["1 C6", "2 C5", "3 C2"]);
  });
});

describe("safeScoreAssessment", () => {
  it("reports problems in framework, assessment and policy together", () => {
    const result = safeScoreAssessment({ id: "x" }, { ...assessment, visitDate: "2024-02-30" }, { unrated: "ignore", scale: { ...COMPLIANCE_RATING_SCALE, levels: COMPLIANCE_RATING_SCALE.levels.slice(1) } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const heads = new Set(result.issues.map((each) => `${each.path[0]}.${each.path[1]}`));
    expect([...heads]).toEqual(expect.arrayContaining(["framework.version", "assessment.visitDate", "policy.unrated"]));
    const scaleOnly = safeScoreAssessment(framework, assessment, { scale: { ...COMPLIANCE_RATING_SCALE, levels: COMPLIANCE_RATING_SCALE.levels.slice(1) } });
    expect(scaleOnly.ok || scaleOnly.issues.map((each) => each.path.join("."))).toEqual(["policy.scale.levels.0.value"]);
  });

  it("scores valid input as scoreAssessment does", () => {
    const result = safeScoreAssessment(JSON.parse(JSON.stringify(framework)), JSON.parse(JSON.stringify(assessment)));
    expect(result.ok && result.value.overall).toBe(scoreAssessment(framework, assessment).overall);
    const compliance = { ...assessment, ratings: [{ criterionId: "C1", level: "SUBSTANTIAL" }] };
    const withScale = safeScoreAssessment(framework, compliance, { scale: COMPLIANCE_RATING_SCALE });
    expect(withScale.ok && withScale.value.nodes["C1"]?.score).toBe(2 / 3);
  });
});
