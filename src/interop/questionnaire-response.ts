/** Assessment ratings as a FHIR QuestionnaireResponse to the framework's Questionnaire, and back. */
import { describeValue } from "../_lib/describe-value.js";
import { issue, type Issue } from "../_lib/issue.js";
import type { Result } from "../_lib/result.js";
import { unexpectedShape } from "./fhir-shape.js";
import { AssessmentSchema, DEFAULT_RATING_SCALE, type Assessment, type Rating } from "../assessment/index.js";
import { frameworkTree, type Framework, type FrameworkNode } from "../standards/index.js";
import { parseWithSchema } from "../_lib/zod-issues.js";
import { canonicalBaseOf, extensionUrl, versionOf } from "./fhir-canonical.js";
import type { FhirExtension, FhirQuestionnaireResponse, FhirQuestionnaireResponseItem } from "./fhir-types.js";
import { questionnaireUrl, ratingScaleSystem, type FhirQuestionnaireOptions } from "./questionnaire.js";

/** Our extensions on a QuestionnaireResponse: the assessment's other fields (JSON) and each rating's comment, evidence and risk. */
export const ASSESSMENT_EXTENSION = extensionUrl("assessment");
const COMMENT_EXTENSION = extensionUrl("rating-comment");
const EVIDENCE_EXTENSION = extensionUrl("rating-evidence");
const RISK_EXTENSION = extensionUrl("rating-risk");
const INDEX_EXTENSION = extensionUrl("rating-index");

const STATUS: Readonly<Record<Assessment["status"], FhirQuestionnaireResponse["status"]>> = { draft: "in-progress", submitted: "completed", validated: "completed", final: "completed" };

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
 * (draft: in-progress; submitted, validated and final: completed). The assessment's other fields
 * (mode, assessors, scope, evidence, the exact status) travel in an extension, so
 * {@link fromFhirQuestionnaireResponse} gives the assessment back unchanged. An assessment of another
 * framework (or version), or one that rates something that is not a criterion of it, throws: the
 * response could not answer the Questionnaire.
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
  if (assessment.frameworkId !== framework.id || assessment.frameworkVersion !== framework.version) throw new Error(`The assessment rates ${assessment.frameworkId} ${assessment.frameworkVersion}, not ${framework.id} ${framework.version}; give the framework it rates.`);
  const strays = assessment.ratings.filter((rating) => tree.node(rating.criterionId) === undefined || !tree.isLeaf(rating.criterionId)).map((rating) => rating.criterionId);
  if (strays.length > 0) throw new Error(`The assessment rates ${strays.join(", ")}, which ${strays.length === 1 ? "is not a criterion" : "are not criteria"} (leaves) of ${framework.id} ${framework.version}; a QuestionnaireResponse can only answer its questions.`);
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
  const items = tree.children().flatMap(itemOf);
  const lead = assessment.assessors.find((assessor) => assessor.role === "lead") ?? assessment.assessors[0];
  return {
    resourceType: "QuestionnaireResponse",
    id: assessment.id.replace(/[^A-Za-z0-9.-]/g, "-").slice(0, 64),
    identifier: { system: identifierSystem(options, "assessment"), value: assessment.id },
    questionnaire: `${questionnaireUrl(framework, options)}|${versionOf(options, framework.version)}`,
    status: STATUS[assessment.status],
    subject: { type: "Organization", identifier: { system: identifierSystem(options, "facility"), value: assessment.facilityId } },
    authored: assessment.submittedOn ?? assessment.visitDate,
    ...(lead === undefined ? {} : { author: { type: "Practitioner", identifier: { system: identifierSystem(options, "assessor"), value: lead.id } } }),
    extension: [{ url: ASSESSMENT_EXTENSION, valueString: JSON.stringify(rest) }],
    ...(items.length > 0 ? { item: items } : {}),
  };
}

/**
 * Options of {@link fromFhirQuestionnaireResponse}: those given to {@link toFhirQuestionnaire}, and
 * the mode of the assessment, for a response that does not carry it (one filled in by a form tool).
 *
 * @example
 * ```ts
 * import type { FhirQuestionnaireResponseOptions } from "treatment-quality";
 *
 * const fromFormTool: FhirQuestionnaireResponseOptions = { mode: "self" };
 * ```
 */
export interface FhirQuestionnaireResponseOptions extends FhirQuestionnaireOptions {
  /** Who rated, when the response does not say (our extension carries it). */
  readonly mode?: Assessment["mode"];
}

/** The id a reference names: its identifier's value, or the last segment of a literal reference. */
const referencedId = (reference: { reference?: string | undefined; identifier?: { value?: string | undefined } | undefined } | undefined) =>
  reference?.identifier?.value ?? reference?.reference?.replace(/\/_history\/[^/]+$/, "").split(/[/:]/).at(-1);

/**
 * The assessment in a QuestionnaireResponse to the framework's Questionnaire: one made by
 * {@link toFhirQuestionnaireResponse}, or one a form tool filled in. Ratings come from the answers
 * (with their comment, evidence and risk where our extensions carry them); the assessment's id, the
 * facility, the lead assessor, the submission date and the status come from the response's own
 * elements (`identifier`, `subject`, `author`, `authored`, `status`), and what FHIR has no element
 * for (mode, other assessors, scope, evidence, the visit date) from our extension, or, without it,
 * from `options.mode` and the authored date. Every answer it cannot map is an issue with its path: an
 * item that is not a node of the framework, an answer on a group, a level the scale does not have, a
 * coding of another system, several answers to one question, answers nested in an answer; so is a
 * response to another Questionnaire. The result is the whole assessment, checked as
 * `AssessmentSchema` checks any assessment, or the list of what to fix.
 *
 * @param response - a QuestionnaireResponse
 * @param framework - the framework of its Questionnaire
 * @param options - see {@link FhirQuestionnaireResponseOptions}
 * @returns the assessment, or the issues
 *
 * @example
 * ```ts
 * import { fromFhirQuestionnaireResponse, type Framework } from "treatment-quality";
 *
 * const framework: Framework = { id: "mini", version: "1", title: { en: "Mini" }, source: { document: "Mini", edition: "1", verified: true }, status: "illustrative", nodes: [{ id: "C1", code: "1", kind: "criterion", title: { en: "Consent is recorded" }, source: { document: "Mini", edition: "1", verified: true } }] };
 * const filled = { resourceType: "QuestionnaireResponse", status: "completed", identifier: { value: "A-7" }, subject: { identifier: { value: "F1" } }, author: { identifier: { value: "HEAD-1" } }, authored: "2024-05-02T10:00:00+05:00", item: [{ linkId: "C1", answer: [{ valueCoding: { code: "MET" } }] }] } as const;
 * const read = fromFhirQuestionnaireResponse(filled, framework, { mode: "self" });
 * read.ok && [read.value.id, read.value.visitDate, read.value.ratings]; // => ["A-7", "2024-05-02", [{ criterionId: "C1", level: "MET" }]]
 * ```
 */
export function fromFhirQuestionnaireResponse(response: FhirQuestionnaireResponse, framework: Framework, options?: FhirQuestionnaireResponseOptions): Result<Assessment> {
  try {
  const issues: Issue[] = [];
  if (response?.resourceType !== "QuestionnaireResponse") return { ok: false, issues: [issue("invalid_value", ["resourceType"], `Expected a QuestionnaireResponse; got ${describeValue(response?.resourceType)}.`)] };
  const tree = frameworkTree(framework);
  const scale = options?.scale ?? DEFAULT_RATING_SCALE;
  const system = ratingScaleSystem(scale, options);
  const levels = new Set([...scale.levels.map((level) => level.code), ...(scale.notApplicable === undefined ? [] : [scale.notApplicable.code])]);
  if (response.questionnaire !== undefined) {
    const [url, version] = response.questionnaire.split("|");
    const expectedVersion = versionOf(options, framework.version);
    if (url !== questionnaireUrl(framework, options) || (version !== undefined && version !== expectedVersion)) issues.push(issue("unknown_reference", ["questionnaire"], `The response answers ${response.questionnaire}, not ${questionnaireUrl(framework, options)}|${expectedVersion}.`));
  }
  const carried = response.extension?.find((each) => each.url === ASSESSMENT_EXTENSION)?.valueString;
  let rest: Record<string, unknown> = {};
  if (carried !== undefined) {
    try {
      const parsed: unknown = JSON.parse(carried);
      if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) rest = parsed as Record<string, unknown>;
      else throw new Error("not an object");
    } catch {
      issues.push(issue("invalid_type", ["extension"], `The extension ${ASSESSMENT_EXTENSION} must hold a JSON object.`));
    }
  }
  const ratings: { rating: Rating; index: number }[] = [];
  const visit = (items: readonly FhirQuestionnaireResponseItem[] | undefined, path: (string | number)[]) => {
    (items ?? []).forEach((item, position) => {
      const here = [...path, "item", position];
      if (typeof item?.linkId === "string" && item.linkId.endsWith("#help")) return; // a help text echoed back
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
      if ((answers[0]!.item ?? []).length > 0 || (item.item ?? []).length > 0) issues.push(issue("not_carried", [...here, (item.item ?? []).length > 0 ? "item" : "answer"], `Criterion "${node.id}": items nested under a question have no place in a rating.`));
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
      ratings.push({
        index: typeof index === "number" ? index : Number.MAX_SAFE_INTEGER,
        rating: {
          criterionId: node.id,
          level: coding.code,
          ...(comment === undefined ? {} : { comment }),
          ...(evidence.length > 0 ? { evidence: evidence as string[] } : {}),
          ...(risk === undefined ? {} : { risk: { likelihood: risk.find((part) => part.url === "likelihood")?.valueCode, scope: risk.find((part) => part.url === "scope")?.valueCode } as Rating["risk"] }),
        },
      });
    });
  };
  visit(response.item, []);
  // The response's own elements first; what FHIR has no element for from our extension, or from the options.
  const authored = typeof response.authored === "string" && /^\d{4}-\d{2}-\d{2}/.test(response.authored) ? response.authored.slice(0, 10) : undefined;
  const carriedStatus = rest["status"] as Assessment["status"] | undefined;
  const status = response.status === "in-progress" ? "draft" : response.status === "completed" || response.status === "amended" ? (carriedStatus !== undefined && carriedStatus !== "draft" ? carriedStatus : "submitted") : undefined;
  if (status === undefined) issues.push(issue("invalid_value", ["status"], `A response with status ${describeValue(response.status)} holds no assessment to read.`));
  const mode = rest["mode"] ?? options?.mode;
  if (mode === undefined) issues.push(issue("missing", ["extension"], `The response does not say who rated (self, external, peer or joint); give options.mode for a response without the extension ${ASSESSMENT_EXTENSION}.`));
  const author = referencedId(response.author);
  const visitDate = rest["visitDate"] ?? authored;
  const submittedOn = authored !== undefined && (rest["submittedOn"] !== undefined || (rest["visitDate"] !== undefined && authored !== rest["visitDate"])) ? authored : rest["submittedOn"];
  if (issues.length > 0) return { ok: false, issues };
  return parseWithSchema(
    AssessmentSchema,
    {
      ...rest,
      id: response.identifier?.value ?? rest["id"] ?? response.id,
      frameworkId: framework.id,
      frameworkVersion: framework.version,
      facilityId: referencedId(response.subject) ?? rest["facilityId"],
      mode,
      assessors: rest["assessors"] ?? (author === undefined ? undefined : [{ id: author, role: "lead" }]),
      visitDate,
      ...(submittedOn === undefined ? {} : { submittedOn }),
      status,
      // Ratings in the order of the assessment they came from, where it is known (the framework's order otherwise; the sort is stable).
      ratings: ratings.sort((a, b) => a.index - b.index).map((each) => each.rating),
    },
    [],
  );
  } catch (error) {
    return unexpectedShape(error, "QuestionnaireResponse");
  }
}
