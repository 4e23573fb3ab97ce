/** Assessment ratings as a FHIR QuestionnaireResponse to the framework's Questionnaire, and back. */
import { describeValue } from "../_lib/describe-value.js";
import { issue, type Issue } from "../_lib/issue.js";
import type { Result } from "../_lib/result.js";
import { AssessmentSchema, DEFAULT_RATING_SCALE, type Assessment, type Rating } from "../assessment/index.js";
import { frameworkTree, type Framework, type FrameworkNode } from "../standards/index.js";
import { parseWithSchema } from "../_lib/zod-issues.js";
import { canonicalBaseOf, extensionUrl } from "./fhir-canonical.js";
import type { FhirExtension, FhirQuestionnaireResponse, FhirQuestionnaireResponseItem } from "./fhir-types.js";
import { questionnaireUrl, ratingScaleSystem, type FhirQuestionnaireOptions } from "./questionnaire.js";

/** Our extensions on a QuestionnaireResponse: the assessment's other fields (JSON) and each rating's comment, evidence and risk. */
export const ASSESSMENT_EXTENSION = extensionUrl("assessment");
const COMMENT_EXTENSION = extensionUrl("rating-comment");
const EVIDENCE_EXTENSION = extensionUrl("rating-evidence");
const RISK_EXTENSION = extensionUrl("rating-risk");
const INDEX_EXTENSION = extensionUrl("rating-index");

const STATUS: Readonly<Record<Assessment["status"], FhirQuestionnaireResponse["status"]>> = { draft: "in-progress", submitted: "completed", validated: "amended", final: "completed" };

/** The identifier system of facilities and assessors in the references we write. */
const identifierSystem = (options: FhirQuestionnaireOptions | undefined, kind: string) => `${canonicalBaseOf(options)}/identifier/${kind}`;

function ratingExtensions(rating: Rating, index: number): FhirExtension[] {
  return [
    { url: INDEX_EXTENSION, valueInteger: index },
    ...(rating.comment === undefined ? [] : [{ url: COMMENT_EXTENSION, valueString: rating.comment }]),
    ...(rating.evidence ?? []).map((id) => ({ url: EVIDENCE_EXTENSION, valueString: id })),
    ...(rating.risk === undefined ? [] : [{ url: RISK_EXTENSION, extension: [{ url: "likelihood", valueCode: rating.risk.likelihood }, { url: "scope", valueCode: rating.risk.scope }] }]),
  ];
}

/**
 * An assessment's ratings as a FHIR R4 `QuestionnaireResponse` to the framework's Questionnaire
 * ({@link toFhirQuestionnaire} with the same options): one answer per rated criterion, in groups as
 * the tree, the level as a coding of the scale; the comment, evidence ids and risk class of each
 * rating in extensions; the facility as `subject`, the lead assessor as `author`, the submission (or
 * visit) date as `authored`, the assessment id as `identifier`, and our status mapped to FHIR's
 * (draft: in-progress, submitted and final: completed, validated: amended). The assessment's other
 * fields (mode, assessors, scope, evidence) travel in an extension, so
 * {@link fromFhirQuestionnaireResponse} gives the assessment back unchanged.
 *
 * @param assessment - an assessment of the framework
 * @param framework - the framework it rates
 * @param options - the options given to {@link toFhirQuestionnaire}
 * @returns the QuestionnaireResponse
 *
 * @example
 * ```ts
 * import { toFhirQuestionnaireResponse, type Assessment, type Framework } from "treatment-quality";
 *
 * const framework: Framework = { id: "mini", version: "1", title: { en: "Mini" }, source: { document: "Mini", edition: "1", verified: true }, status: "illustrative", nodes: [{ id: "C1", code: "1", kind: "criterion", title: { en: "Consent is recorded" }, source: { document: "Mini", edition: "1", verified: true } }] };
 * const assessment: Assessment = { id: "A-1", frameworkId: "mini", frameworkVersion: "1", facilityId: "F1", mode: "self", assessors: [{ id: "AS-1", role: "lead" }], visitDate: "2024-03-04", status: "submitted", ratings: [{ criterionId: "C1", level: "MET" }] };
 * toFhirQuestionnaireResponse(assessment, framework).item?.[0]?.answer?.[0]?.valueCoding?.code; // => "MET"
 * ```
 */
export function toFhirQuestionnaireResponse(assessment: Assessment, framework: Framework, options?: FhirQuestionnaireOptions): FhirQuestionnaireResponse {
  const tree = frameworkTree(framework);
  const scale = options?.scale ?? DEFAULT_RATING_SCALE;
  const system = ratingScaleSystem(scale, options);
  const labels = new Map([...scale.levels, ...(scale.notApplicable === undefined ? [] : [scale.notApplicable])].map((level) => [level.code, level.label.en]));
  const ratings = new Map(assessment.ratings.map((rating, index) => [rating.criterionId, { rating, index }]));
  const itemOf = (node: FrameworkNode): FhirQuestionnaireResponseItem[] => {
    if (tree.isLeaf(node.id)) {
      const { rating, index } = ratings.get(node.id) ?? {};
      if (rating === undefined) return [];
      const extension = ratingExtensions(rating, index!);
      const display = labels.get(rating.level);
      return [{ linkId: node.id, text: node.title.en, answer: [{ valueCoding: { system, code: rating.level, ...(display === undefined ? {} : { display }) } }], extension }];
    }
    const children = tree.children(node.id).flatMap(itemOf);
    return children.length === 0 ? [] : [{ linkId: node.id, text: node.title.en, item: children }];
  };
  const { ratings: _ratings, ...rest } = assessment;
  const lead = assessment.assessors.find((assessor) => assessor.role === "lead") ?? assessment.assessors[0];
  return {
    resourceType: "QuestionnaireResponse",
    id: assessment.id.replace(/[^A-Za-z0-9.-]/g, "-").slice(0, 64),
    identifier: { system: identifierSystem(options, "assessment"), value: assessment.id },
    questionnaire: `${questionnaireUrl(framework, options)}|${assessment.frameworkVersion}`,
    status: STATUS[assessment.status],
    subject: { type: "Organization", identifier: { system: identifierSystem(options, "facility"), value: assessment.facilityId } },
    authored: assessment.submittedOn ?? assessment.visitDate,
    ...(lead === undefined ? {} : { author: { type: "Practitioner", identifier: { system: identifierSystem(options, "assessor"), value: lead.id } } }),
    extension: [{ url: ASSESSMENT_EXTENSION, valueString: JSON.stringify(rest) }],
    item: tree.children().flatMap(itemOf),
  };
}

/**
 * The assessment in a QuestionnaireResponse made by {@link toFhirQuestionnaireResponse} (or by a
 * form filler from the same Questionnaire): a rating for each answered criterion, with its comment,
 * evidence and risk, and the assessment's other fields from our extension, checked as
 * `AssessmentSchema` checks any assessment. Every answer it cannot map is an issue with its path (an
 * item that is not a criterion of the framework, a level the scale does not have, a coding of
 * another system, several answers to one question), and the other answers are kept only if there is
 * none: the result is the whole assessment or the list of what to fix.
 *
 * @param response - a QuestionnaireResponse
 * @param framework - the framework of its Questionnaire
 * @param options - the options given to {@link toFhirQuestionnaire}
 * @returns the assessment, or the issues
 *
 * @example
 * ```ts
 * import { fromFhirQuestionnaireResponse, type Framework } from "treatment-quality";
 *
 * const framework: Framework = { id: "mini", version: "1", title: { en: "Mini" }, source: { document: "Mini", edition: "1", verified: true }, status: "illustrative", nodes: [{ id: "C1", code: "1", kind: "criterion", title: { en: "Consent is recorded" }, source: { document: "Mini", edition: "1", verified: true } }] };
 * const response = { resourceType: "QuestionnaireResponse", status: "completed", item: [{ linkId: "C9", answer: [{ valueCoding: { code: "MET" } }] }] } as const;
 * const read = fromFhirQuestionnaireResponse(response, framework);
 * read.ok ? [] : read.issues.map((each) => each.path.join(".")); // => ["extension", "item.0.linkId"]
 * ```
 */
export function fromFhirQuestionnaireResponse(response: FhirQuestionnaireResponse, framework: Framework, options?: FhirQuestionnaireOptions): Result<Assessment> {
  const issues: Issue[] = [];
  if (response?.resourceType !== "QuestionnaireResponse") return { ok: false, issues: [issue("invalid_value", ["resourceType"], `Expected a QuestionnaireResponse; got ${describeValue(response?.resourceType)}.`)] };
  const tree = frameworkTree(framework);
  const scale = options?.scale ?? DEFAULT_RATING_SCALE;
  const system = ratingScaleSystem(scale, options);
  const levels = new Set([...scale.levels.map((level) => level.code), ...(scale.notApplicable === undefined ? [] : [scale.notApplicable.code])]);
  const carried = response.extension?.find((each) => each.url === ASSESSMENT_EXTENSION)?.valueString;
  let rest: Record<string, unknown> | undefined;
  try {
    rest = carried === undefined ? undefined : (JSON.parse(carried) as Record<string, unknown>);
  } catch {
    rest = undefined;
  }
  if (rest === undefined || typeof rest !== "object") issues.push(issue("missing", ["extension"], `The extension ${ASSESSMENT_EXTENSION} with the assessment's mode, assessors, dates and evidence is missing or not JSON; the ratings alone do not make an assessment.`));
  const ratings: { rating: Rating; index: number }[] = [];
  const visit = (items: readonly FhirQuestionnaireResponseItem[] | undefined, path: (string | number)[]) => {
    (items ?? []).forEach((item, position) => {
      const here = [...path, "item", position];
      const node = tree.node(item?.linkId);
      if (node === undefined) {
        issues.push(issue("unknown_reference", [...here, "linkId"], `"${String(item?.linkId)}" is not a node of ${framework.id} ${framework.version}; its answers are not mapped.`));
        return;
      }
      if (!tree.isLeaf(node.id)) {
        if ((item.answer ?? []).length > 0) issues.push(issue("invalid_value", [...here, "answer"], `"${node.id}" is a group of the framework, not a criterion; it takes no answer.`));
        visit(item.item, here);
        return;
      }
      const answers = item.answer ?? [];
      if (answers.length !== 1) {
        issues.push(issue(answers.length === 0 ? "missing" : "invalid_value", [...here, "answer"], `Criterion "${node.id}" needs exactly one answer; got ${answers.length}.`));
        return;
      }
      const coding = answers[0]!.valueCoding;
      if (coding?.code === undefined || !levels.has(coding.code) || (coding.system !== undefined && coding.system !== system)) {
        issues.push(issue("unknown_code", [...here, "answer", 0, "valueCoding"], `Criterion "${node.id}": the answer must be a level of ${scale.id} (${[...levels].join(", ")}) in ${system}; got ${describeValue(coding?.code)}${coding?.system === undefined ? "" : ` in ${coding.system}`}.`));
        return;
      }
      const extensions = item.extension ?? [];
      const comment = extensions.find((each) => each.url === COMMENT_EXTENSION)?.valueString;
      const evidence = extensions.filter((each) => each.url === EVIDENCE_EXTENSION).map((each) => each.valueString);
      const risk = extensions.find((each) => each.url === RISK_EXTENSION)?.extension;
      const index = extensions.find((each) => each.url === INDEX_EXTENSION)?.valueInteger;
      ratings.push({ index: typeof index === "number" ? index : Number.MAX_SAFE_INTEGER, rating: {
        criterionId: node.id,
        level: coding.code,
        ...(comment === undefined ? {} : { comment }),
        ...(evidence.length > 0 ? { evidence: evidence as string[] } : {}),
        ...(risk === undefined ? {} : { risk: { likelihood: risk.find((part) => part.url === "likelihood")?.valueCode, scope: risk.find((part) => part.url === "scope")?.valueCode } as Rating["risk"] }),
      } });
    });
  };
  visit(response.item, []);
  if (issues.length > 0) return { ok: false, issues };
  // Ratings in the order of the assessment they came from, where it is known (the framework's order otherwise; the sort is stable).
  return parseWithSchema(AssessmentSchema, { ...rest, ratings: ratings.sort((a, b) => a.index - b.index).map((each) => each.rating) }, []);
}
