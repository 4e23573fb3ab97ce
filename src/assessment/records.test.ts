import { describe, expect, it } from "vitest";
import { parseWithSchema } from "../_lib/zod-issues.js";
import { AssessmentSchema } from "./assessment-record.js";
import { COMPLIANCE_RATING_SCALE, DEFAULT_RATING_SCALE, QUALITY_RIGHTS_RATING_SCALE, defineRatingScale } from "./rating-scale.js";

const paths = (result: { ok: boolean; issues?: readonly { path: readonly (string | number)[]; code: string }[] }) => (result.ok ? [] : result.issues!.map((each) => `${each.path.join(".")} ${each.code}`));

describe("rating scales", () => {
  it("ships three valid scales with the documented values", () => {
    for (const scale of [DEFAULT_RATING_SCALE, COMPLIANCE_RATING_SCALE, QUALITY_RIGHTS_RATING_SCALE]) expect(defineRatingScale(scale).ok).toBe(true);
    expect(DEFAULT_RATING_SCALE.levels.map((level) => level.value)).toEqual([1, 0.5, 0]);
    expect(COMPLIANCE_RATING_SCALE.levels.map((level) => level.value)).toEqual([1, 2 / 3, 1 / 3, 0]);
    expect(COMPLIANCE_RATING_SCALE.notApplicable).toBeUndefined();
    expect(QUALITY_RIGHTS_RATING_SCALE.levels.map((level) => level.code)).toEqual(["ACHIEVED_IN_FULL", "ACHIEVED_PARTIALLY", "ACHIEVEMENT_INITIATED", "NOT_INITIATED"]);
    expect(QUALITY_RIGHTS_RATING_SCALE.note).toMatch(/treatment-quality's/);
  });

  it("rejects custom scales whose top is not 1, whose values do not fall, or whose codes repeat", () => {
    const label = { en: "x" };
    expect(
      paths(
        defineRatingScale({
          id: "bad",
          title: label,
          levels: [
            { code: "A", value: 0.9, label },
            { code: "A", value: 0.9, label },
            { code: "C", value: 0, label },
          ],
          notApplicable: { code: "C", label },
        }),
      ),
    ).toEqual(["levels.0.value invalid_value", "levels.1.code duplicate", "levels.1.value invalid_value", "notApplicable.code duplicate"]);
    const broken = defineRatingScale({ id: "bad", title: label, levels: [{ code: "A", value: 0.9, label }, { code: "A", value: 0.9, label }, { code: "C", value: 0, label }], notApplicable: { code: "C", label } });
    expect(broken.ok || broken.issues.map((each) => each.message)).toEqual([
      "The best level must be worth 1 (so a perfect assessment scores 1), got 0.9.",
      'The level code "A" is used twice.',
      'Levels are listed best first with strictly falling values: "A" (0.9) is not below "A" (0.9).',
      'The not-applicable code "C" is also a scored level.',
    ]);
    expect(paths(defineRatingScale({ id: "one", title: label, levels: [{ code: "A", value: 1, label }] }))).toEqual(["levels out_of_range"]);
  });
});

describe("AssessmentSchema", () => {
  const valid = {
    id: "A1",
    frameworkId: "f",
    frameworkVersion: "1",
    facilityId: "F1",
    mode: "joint",
    assessors: [{ id: "L", role: "lead" }],
    visitDate: "2024-03-04",
    status: "submitted",
    ratings: [{ criterionId: "C1", level: "MET", evidence: ["E1"] }],
    evidence: [{ id: "E1", type: "observation", reference: "Dispensing room", collectedOn: "2024-03-04", criteria: ["C1"] }],
  };

  /** Two leads, a submission before the visit, a criterion rated twice and unknown evidence cited. */
  const brokenAcrossRecords = {
    ...valid,
    assessors: [
      { id: "L", role: "lead" },
      { id: "M", role: "lead" },
    ],
    submittedOn: "2024-03-01",
    ratings: [...valid.ratings, { criterionId: "C1", level: "NOT_MET", evidence: ["E9"] }],
  };

  it("accepts a valid assessment", () => {
    expect(AssessmentSchema.safeParse(valid).success).toBe(true);
  });

  it("reports the cross-field rules at their paths", () => {
    const bad = { ...brokenAcrossRecords, evidence: [...valid.evidence, valid.evidence[0]!] };
    expect(paths(parseWithSchema(AssessmentSchema, bad))).toEqual([
      "ratings.1.criterionId duplicate",
      "evidence.1.id duplicate",
      "ratings.1.evidence.0 unknown_reference",
      "assessors invalid_value",
      "submittedOn invalid_value",
    ]);
    const expiresFirst = { ...valid, evidence: [{ ...valid.evidence[0]!, validUntil: "2024-01-01" }] };
    expect(paths(parseWithSchema(AssessmentSchema, expiresFirst))).toEqual(["evidence.0.validUntil invalid_value"]);
  });

  it("allows the same day at each date boundary, and says what is wrong in each message", () => {
    const sameDay = { ...valid, submittedOn: valid.visitDate, evidence: [{ ...valid.evidence[0]!, validUntil: valid.evidence[0]!.collectedOn }] };
    expect(paths(parseWithSchema(AssessmentSchema, sameDay))).toEqual([]);
    const bad = brokenAcrossRecords;
    const messages = (value: unknown) => {
      const result = parseWithSchema(AssessmentSchema, value);
      return result.ok ? [] : result.issues.map((each) => each.message);
    };
    expect(messages(bad)).toEqual([
      '"C1" is rated twice; give one rating per criterion.',
      'The rating of "C1" cites evidence "E9", which is not in the assessment\'s evidence.',
      "An assessment has at most one lead assessor.",
      "The assessment is submitted (2024-03-01) before its visit (2024-03-04).",
    ]);
    expect(messages({ ...valid, evidence: [{ ...valid.evidence[0]!, validUntil: "2024-03-03" }] })).toEqual(["The evidence expires (2024-03-03) before it was collected (2024-03-04)."]);
    expect(messages({ ...valid, evidence: [valid.evidence[0]!, valid.evidence[0]!] })).toEqual([`The evidence id "${valid.evidence[0]!.id}" is used twice.`]);
  });

  it("checks the level code and the comment of a rating", () => {
    const rated = (rating: Record<string, unknown>) => paths(parseWithSchema(AssessmentSchema, { ...valid, ratings: [{ criterionId: "C1", level: "MET", evidence: ["E1"], ...rating }] }));
    expect(rated({ comment: "Seen on the ward." })).toEqual([]);
    expect(rated({ comment: " \n\t " })).toEqual(["ratings.0.comment invalid_format"]);
    for (const level of ["-MET", "MET!", "MET MET", ""]) expect(rated({ level }), level).toEqual(["ratings.0.level invalid_format"]);
  });
});
