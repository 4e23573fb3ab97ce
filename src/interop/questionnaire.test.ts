import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frameworkArb } from "../../test/framework-arbitraries.js";
import { fhirProblems } from "../../test/support/fhir-validator.js";
import { COMPLIANCE_RATING_SCALE, DEFAULT_RATING_SCALE, type Assessment } from "../assessment/index.js";
import { euMinimumQualityStandards2015, frameworkTree, illustrativeNationalStandard, internationalStandards2020, unodcWhoPrinciples2008, type Framework } from "../standards/index.js";
import type { FhirQuestionnaireItem, FhirQuestionnaireResponse } from "./fhir-types.js";
import { fromFhirQuestionnaire, toFhirQuestionnaire, toFhirRatingScaleCodeSystem } from "./questionnaire.js";
import { fromFhirQuestionnaireResponse, toFhirQuestionnaireResponse } from "./questionnaire-response.js";

const CATALOGS = [internationalStandards2020, illustrativeNationalStandard, unodcWhoPrinciples2008, euMinimumQualityStandards2015];
const questionsOf = (items: readonly FhirQuestionnaireItem[] | undefined): FhirQuestionnaireItem[] => (items ?? []).flatMap((item) => [...(item.type === "choice" ? [item] : []), ...questionsOf(item.item)]);

describe("toFhirQuestionnaire", () => {
  it("gives the International Standards one answerable item per ratable criterion, valid R4", () => {
    const form = toFhirQuestionnaire(internationalStandards2020);
    expect(questionsOf(form.item).map((item) => item.linkId)).toEqual(frameworkTree(internationalStandards2020).leaves.map((leaf) => leaf.id));
    expect(fhirProblems(form)).toEqual([]);
    expect(form.url).toBe("https://www.npmjs.com/package/treatment-quality/fhir/Questionnaire/unodc-who-is-2020");
    expect(form.version).toBe(internationalStandards2020.version);
  });

  it("does the same for every built-in catalog, with the scale's levels as answer options", () => {
    for (const framework of CATALOGS) {
      const form = toFhirQuestionnaire(framework, { scale: COMPLIANCE_RATING_SCALE });
      expect(fhirProblems(form), framework.id).toEqual([]);
      const [first] = questionsOf(form.item);
      expect(first?.answerOption?.map((option) => option.valueCoding?.code)).toEqual(COMPLIANCE_RATING_SCALE.levels.map((level) => level.code));
      expect(questionsOf(form.item)).toHaveLength(frameworkTree(framework).leaves.length);
    }
  });

  it("round-trips every built-in catalog and any valid framework without loss", () => {
    for (const framework of CATALOGS) expect(fromFhirQuestionnaire(toFhirQuestionnaire(framework))).toEqual({ ok: true, value: framework });
    fc.assert(
      fc.property(frameworkArb, (framework) => {
        const form = toFhirQuestionnaire(framework);
        expect(fromFhirQuestionnaire(form)).toEqual({ ok: true, value: framework });
      }),
      { numRuns: 200 },
    );
  });

  it("is valid R4 for any valid framework", () => {
    fc.assert(
      fc.property(frameworkArb, (framework) => {
        expect(fhirProblems(toFhirQuestionnaire(framework))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it("reads back only what it wrote, with paths to what is missing", () => {
    const form = toFhirQuestionnaire(illustrativeNationalStandard);
    const read = fromFhirQuestionnaire({ ...form, extension: [], item: [{ ...form.item![0]!, extension: [] }] });
    expect(read.ok ? [] : read.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["extension missing", "item.0.extension missing"]);
    expect(fromFhirQuestionnaire({ resourceType: "Measure" } as never).ok).toBe(false);
  });
});

/** An assessment of a framework rating each leaf with the level picked for it (or leaving it unrated), in a shuffled order. */
const assessmentArb = (framework: Framework) => {
  const leaves = frameworkTree(framework).leaves;
  return fc
    .record({
      picks: fc.array(fc.constantFrom("MET", "PARTIALLY_MET", "NOT_MET", "NOT_APPLICABLE", null), { minLength: leaves.length, maxLength: leaves.length }),
      comment: fc.option(fc.string({ minLength: 1, maxLength: 20 }).filter((text) => /\S/.test(text)), { nil: undefined }),
      status: fc.constantFrom("draft", "submitted", "validated", "final"),
      order: fc.array(fc.nat(), { minLength: leaves.length, maxLength: leaves.length }),
    })
    .map(({ picks, comment, status, order }): Assessment => {
      const ratings = leaves.flatMap((leaf, index) => {
        const level = picks[index];
        if (level === null || level === undefined) return [];
        return [{ criterionId: leaf.id, level, ...(comment === undefined || index % 2 === 0 ? {} : { comment, evidence: ["EV-1"], risk: { likelihood: "moderate", scope: "pattern" } as const }) }];
      });
      const shuffled = ratings.map((rating, index) => ({ rating, key: order[index]! })).sort((a, b) => a.key - b.key).map((each) => each.rating);
      return {
        id: "A-1",
        frameworkId: framework.id,
        frameworkVersion: framework.version,
        facilityId: "UZ-TAS-01",
        mode: "external",
        assessors: [{ id: "AS-1", role: "lead" }, { id: "AS-2", role: "member" }],
        visitDate: "2024-03-04",
        status,
        ratings: shuffled,
        evidence: [{ id: "EV-1", type: "document-review", reference: "Consent policy, version 3", collectedOn: "2024-03-04", criteria: [leaves[0]!.id] }],
      };
    });
};

describe("QuestionnaireResponse", () => {
  it("round-trips assessments of any framework without loss, ratings in their own order", () => {
    fc.assert(
      fc.property(
        frameworkArb.chain((framework) => fc.tuple(fc.constant(framework), assessmentArb(framework))),
        ([framework, assessment]) => {
          const response = toFhirQuestionnaireResponse(assessment, framework);
          expect(fromFhirQuestionnaireResponse(response, framework)).toEqual({ ok: true, value: assessment });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("writes answers that the framework's Questionnaire offers, and a valid resource", () => {
    fc.assert(
      fc.property(assessmentArb(illustrativeNationalStandard), (assessment) => {
        const response = toFhirQuestionnaireResponse(assessment, illustrativeNationalStandard);
        expect(fhirProblems(response)).toEqual([]);
        const offered = new Map(questionsOf(toFhirQuestionnaire(illustrativeNationalStandard).item).map((item) => [item.linkId, item.answerOption!.map((option) => `${option.valueCoding?.system}|${option.valueCoding?.code}`)]));
        const answers = (items: FhirQuestionnaireResponse["item"]): [string, string][] => (items ?? []).flatMap((item) => [...(item.answer ?? []).map((answer): [string, string] => [item.linkId, `${answer.valueCoding?.system}|${answer.valueCoding?.code}`]), ...answers(item.item)]);
        for (const [linkId, coding] of answers(response.item)) expect(offered.get(linkId)).toContain(coding);
        expect(response.questionnaire).toBe(`https://www.npmjs.com/package/treatment-quality/fhir/Questionnaire/illustrative-national-standard|${illustrativeNationalStandard.version}`);
      }),
      { numRuns: 30 },
    );
  });

  it("gives an issue for every answer it cannot map, with its path", () => {
    const framework = illustrativeNationalStandard;
    const [leaf, other] = frameworkTree(framework).leaves;
    const root = frameworkTree(framework).children()[0]!;
    const good = toFhirQuestionnaireResponse({ id: "A", frameworkId: framework.id, frameworkVersion: framework.version, facilityId: "F", mode: "self", assessors: [{ id: "X", role: "lead" }], visitDate: "2024-01-01", status: "draft", ratings: [] }, framework);
    const system = "https://www.npmjs.com/package/treatment-quality/fhir/CodeSystem/rating-scale-met-partially-not-met";
    const response: FhirQuestionnaireResponse = {
      ...good,
      item: [
        { linkId: "no-such-node", answer: [{ valueCoding: { system, code: "MET" } }] },
        { linkId: leaf!.id, answer: [{ valueCoding: { system, code: "EXCELLENT" } }] },
        { linkId: other!.id, answer: [{ valueCoding: { system: "http://loinc.org", code: "MET" } }, { valueCoding: { system, code: "MET" } }] },
        { linkId: root.id, answer: [{ valueCoding: { system, code: "MET" } }] },
      ],
    };
    const read = fromFhirQuestionnaireResponse(response, framework);
    expect(read.ok ? [] : read.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["item.0.linkId unknown_reference", "item.1.answer.0.valueCoding unknown_code", "item.2.answer invalid_value", "item.3.answer invalid_value"]);
    const bare = fromFhirQuestionnaireResponse({ resourceType: "QuestionnaireResponse", status: "completed" }, framework);
    expect(bare.ok ? [] : bare.issues.map((each) => each.path.join("."))).toEqual(["extension"]);
  });
});

describe("toFhirRatingScaleCodeSystem", () => {
  it("publishes the system of the answer codings, valid R4, levels with their values", () => {
    const system = toFhirRatingScaleCodeSystem(COMPLIANCE_RATING_SCALE);
    expect(fhirProblems(system)).toEqual([]);
    const [first] = questionsOf(toFhirQuestionnaire(illustrativeNationalStandard, { scale: COMPLIANCE_RATING_SCALE }).item);
    expect(first?.answerOption?.map((option) => option.valueCoding?.system)).toEqual(COMPLIANCE_RATING_SCALE.levels.map(() => system.url));
    expect(system.concept?.map((concept) => [concept.code, concept.property?.[0]?.valueDecimal])).toEqual(COMPLIANCE_RATING_SCALE.levels.map((level) => [level.code, level.value]));
    expect(fhirProblems(toFhirRatingScaleCodeSystem(DEFAULT_RATING_SCALE))).toEqual([]);
  });
});

describe("QuestionnaireResponse: what the response itself says comes first", () => {
  const framework = illustrativeNationalStandard;
  const [first, second] = frameworkTree(framework).leaves;
  const assessment: Assessment = { id: "A-9", frameworkId: framework.id, frameworkVersion: framework.version, facilityId: "F-1", mode: "external", assessors: [{ id: "LEAD", role: "lead" }], visitDate: "2024-03-04", status: "submitted", ratings: [{ criterionId: first!.id, level: "MET" }] };
  const response = toFhirQuestionnaireResponse(assessment, framework);

  it("reads an edited status and authored date, ignores help texts echoed back, and rejects another questionnaire", () => {
    const edited = { ...response, status: "in-progress" as const, authored: "2024-03-20", item: [...response.item!, { linkId: `${first!.id}#help` }] };
    const read = fromFhirQuestionnaireResponse(edited, framework);
    expect(read.ok && [read.value.status, read.value.visitDate, read.value.submittedOn]).toEqual(["draft", "2024-03-04", "2024-03-20"]);
    const other = fromFhirQuestionnaireResponse({ ...response, questionnaire: "https://elsewhere.example/Questionnaire/x|1" }, framework);
    expect(other.ok ? [] : other.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["questionnaire unknown_reference"]);
    const nested = fromFhirQuestionnaireResponse({ ...response, item: [{ linkId: first!.id, answer: [{ valueCoding: { code: "MET" }, item: [{ linkId: "x" }] }] }] }, framework);
    expect(nested.ok ? [] : nested.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["item.0.answer not_carried"]);
  });

  it("reads a response a form tool filled in, without our extension, given the mode", () => {
    const { extension: _extension, ...filled } = response;
    const read = fromFhirQuestionnaireResponse({ ...filled, item: [{ linkId: second!.id, answer: [{ valueCoding: { code: "NOT_MET" } }] }] }, framework, { mode: "self" });
    expect(read).toEqual({ ok: true, value: { id: "A-9", frameworkId: framework.id, frameworkVersion: framework.version, facilityId: "F-1", mode: "self", assessors: [{ id: "LEAD", role: "lead" }], visitDate: "2024-03-04", status: "submitted", ratings: [{ criterionId: second!.id, level: "NOT_MET" }] } });
  });

  it("will not write a response to the wrong framework, or answers to what is not a question", () => {
    expect(() => toFhirQuestionnaireResponse({ ...assessment, frameworkVersion: "9" }, framework)).toThrow(/not illustrative-national-standard/);
    expect(() => toFhirQuestionnaireResponse({ ...assessment, ratings: [{ criterionId: "NOPE", level: "MET" }] }, framework)).toThrow(/NOPE, which is not a criterion/);
  });
});
