/** A framework as a FHIR Questionnaire: one question per ratable criterion, grouped as the tree, and back. */
import type { Issue } from "../_lib/issue.js";
import { issue } from "../_lib/issue.js";
import type { Result } from "../_lib/result.js";
import { unexpectedShape } from "./fhir-shape.js";
import { DEFAULT_RATING_SCALE, type RatingScale } from "../assessment/index.js";
import { defineFramework, frameworkTree, type Framework, type FrameworkNode } from "../standards/index.js";
import { canonicalBaseOf, computableName, extensionUrl, fhirIdOf, publishedHeader, versionOf, type FhirExportOptions } from "./fhir-canonical.js";
import { localizedFrom, translationsOf } from "./fhir-translations.js";
import type { FhirAnswerOption, FhirCodeSystem, FhirExtension, FhirQuestionnaire, FhirQuestionnaireItem } from "./fhir-types.js";

/** Our extensions on a Questionnaire: the framework's metadata and each node's other fields, as JSON, so nothing is lost. */
export const FRAMEWORK_EXTENSION = extensionUrl("framework");
export const FRAMEWORK_NODE_EXTENSION = extensionUrl("framework-node");
const ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

/**
 * Options of {@link toFhirQuestionnaire}.
 *
 * @example
 * ```ts
 * import { COMPLIANCE_RATING_SCALE, type FhirQuestionnaireOptions } from "treatment-quality";
 *
 * const options: FhirQuestionnaireOptions = { scale: COMPLIANCE_RATING_SCALE, canonicalBase: "https://fhir.health.example/fhir" };
 * ```
 */
export interface FhirQuestionnaireOptions extends FhirExportOptions {
  /** The rating scale whose levels are the answer options (default {@link DEFAULT_RATING_SCALE}). */
  readonly scale?: RatingScale;
}

/** The canonical URL of a framework's Questionnaire. */
export function questionnaireUrl(framework: Pick<Framework, "id">, options?: FhirExportOptions): string {
  return `${canonicalBaseOf(options)}/Questionnaire/${fhirIdOf(framework.id)}`;
}

/** The code system URL of a rating scale's levels. */
export function ratingScaleSystem(scale: Pick<RatingScale, "id">, options?: FhirExportOptions): string {
  return `${canonicalBaseOf(options)}/CodeSystem/rating-scale-${fhirIdOf(scale.id)}`;
}

/**
 * A rating scale as a FHIR R4 `CodeSystem`: the system of the answer codings of
 * {@link toFhirQuestionnaire} and {@link toFhirQuestionnaireResponse}, one concept per level (best
 * first) with its value as the `value` property, then the not-applicable level, with the labels'
 * languages as designations.
 *
 * @param scale - a rating scale
 * @param options - see {@link FhirExportOptions}
 * @returns the CodeSystem
 *
 * @example
 * ```ts
 * import { DEFAULT_RATING_SCALE, toFhirRatingScaleCodeSystem } from "treatment-quality";
 *
 * toFhirRatingScaleCodeSystem(DEFAULT_RATING_SCALE).concept?.map((concept) => concept.code); // => ["MET", "PARTIALLY_MET", "NOT_MET", "NOT_APPLICABLE"]
 * ```
 */
export function toFhirRatingScaleCodeSystem(scale: RatingScale, options?: FhirExportOptions): FhirCodeSystem {
  const levels: { code: string; label: RatingScale["title"]; value?: number }[] = [...scale.levels, ...(scale.notApplicable === undefined ? [] : [scale.notApplicable])];
  return {
    resourceType: "CodeSystem",
    ...publishedHeader("CodeSystem", `rating-scale-${scale.id}`, scale.title.en, options),
    url: ratingScaleSystem(scale, options),
    description: `The levels of the rating scale ${scale.title.en}${scale.note === undefined ? "" : `. ${scale.note}`}`,
    caseSensitive: true,
    content: "complete",
    count: levels.length,
    property: [{ code: "value", description: "What the level is worth in scoring, from 0 to 1; absent for the not-applicable level.", type: "decimal" }],
    concept: levels.map((level) => ({
      code: level.code,
      display: level.label.en,
      designation: Object.entries(level.label).flatMap(([language, value]) => (value === undefined ? [] : [{ language, value }])),
      ...(level.value === undefined ? {} : { property: [{ code: "value", valueDecimal: level.value }] }),
    })),
  };
}

function answerOptions(scale: RatingScale, options: FhirExportOptions | undefined): FhirAnswerOption[] {
  const system = ratingScaleSystem(scale, options);
  const levels = [...scale.levels.map((level) => ({ ...level, scored: true })), ...(scale.notApplicable === undefined ? [] : [{ ...scale.notApplicable, value: undefined, scored: false }])];
  return levels.map((level) => {
    const translations = translationsOf(level.label);
    return {
      valueCoding: { system, code: level.code, display: level.label.en, ...(translations === undefined ? {} : { _display: translations }) },
      ...(level.value === undefined ? {} : { extension: [{ url: ORDINAL_VALUE, valueDecimal: level.value }] }),
    };
  });
}

/**
 * A framework as a FHIR R4 `Questionnaire`: its nodes as items nested as the tree (groups for
 * principles, standards and sections; one `choice` question per ratable criterion, the leaves),
 * each with its code as `prefix` and its title as `text` (other languages in FHIR's translation
 * extension); the answer options are the levels of the rating scale (with their values as
 * `ordinalValue`) and its not-applicable level; guidance is a `display` item marked as help. The
 * framework's other fields (source, weights, criticality, applicability, evidence, derivation,
 * adaptation log) travel in two extensions, so {@link fromFhirQuestionnaire} gives the framework
 * back unchanged.
 *
 * @param framework - a framework (`defineFramework`'s value or a built-in catalog)
 * @param options - see {@link FhirQuestionnaireOptions}
 * @returns the Questionnaire
 *
 * @example
 * ```ts
 * import { illustrativeNationalStandard, toFhirQuestionnaire } from "treatment-quality";
 *
 * const form = toFhirQuestionnaire(illustrativeNationalStandard);
 * form.item?.[0]?.type; // => "group"
 * ```
 */
export function toFhirQuestionnaire(framework: Framework, options?: FhirQuestionnaireOptions): FhirQuestionnaire {
  const tree = frameworkTree(framework);
  const scale = options?.scale ?? DEFAULT_RATING_SCALE;
  const order = new Map(framework.nodes.map((node, index) => [node.id, index]));
  const itemOf = (node: FrameworkNode): FhirQuestionnaireItem => {
    const { id, parentId: _parent, code, title, guidance, ...rest } = node;
    const leaf = tree.isLeaf(id);
    const text = translationsOf(title);
    const help = guidance === undefined ? [] : [{ linkId: `${id}#help`, text: guidance.en, ...(translationsOf(guidance) === undefined ? {} : { _text: translationsOf(guidance)! }), type: "display" as const, extension: [{ url: ITEM_CONTROL, valueCodeableConcept: { coding: [{ system: "http://hl7.org/fhir/questionnaire-item-control", code: "help" }] } }] }];
    const children = [...help, ...tree.children(id).map(itemOf)];
    return {
      linkId: id,
      prefix: code,
      text: title.en,
      ...(text === undefined ? {} : { _text: text }),
      type: leaf ? "choice" : "group",
      ...(leaf ? { answerOption: answerOptions(scale, options) } : {}),
      extension: [{ url: FRAMEWORK_NODE_EXTENSION, valueString: JSON.stringify({ index: order.get(id), ...rest }) }],
      ...(children.length > 0 ? { item: children } : {}),
    };
  };
  const { nodes: _nodes, ...metadata } = framework;
  const title = translationsOf(framework.title);
  return {
    resourceType: "Questionnaire",
    id: fhirIdOf(framework.id),
    url: questionnaireUrl(framework, options),
    version: versionOf(options, framework.version),
    name: computableName(framework.id),
    title: framework.title.en,
    ...(title === undefined ? {} : { _title: title }),
    status: "active",
    experimental: framework.status === "illustrative",
    ...(framework.year === undefined ? {} : { date: String(framework.year) }),
    ...(framework.publisher === undefined ? {} : { publisher: framework.publisher }),
    ...(framework.description === undefined ? {} : { description: framework.description.en }),
    ...(framework.license === undefined ? {} : { copyright: framework.license }),
    subjectType: ["Organization"],
    extension: [{ url: FRAMEWORK_EXTENSION, valueString: JSON.stringify(metadata) }],
    item: tree.children().map(itemOf),
  };
}

/** Parse one of our JSON extensions, or report it. */
function jsonExtension(extensions: readonly FhirExtension[] | undefined, url: string, path: (string | number)[], issues: Issue[]): Record<string, unknown> | undefined {
  const found = extensions?.find((each) => each.url === url);
  if (found === undefined || typeof found.valueString !== "string") {
    issues.push(issue("missing", [...path, "extension"], `The extension ${url} that carries what FHIR has no element for is missing; only a Questionnaire made by toFhirQuestionnaire can be read back.`));
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(found.valueString);
    if (value !== null && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  issues.push(issue("invalid_type", [...path, "extension"], `The extension ${url} must hold a JSON object.`));
  return undefined;
}

/**
 * The framework a Questionnaire made by {@link toFhirQuestionnaire} was made from: nodes from the
 * items (id, parent, code, title and guidance with their translations) and the rest from our
 * extensions, checked as `defineFramework` checks any framework. A Questionnaire from elsewhere, or
 * one whose items were changed out of shape, gives issues with their paths.
 *
 * @param questionnaire - a Questionnaire
 * @returns the framework, or the issues
 *
 * @example
 * ```ts
 * import { fromFhirQuestionnaire, illustrativeNationalStandard, toFhirQuestionnaire } from "treatment-quality";
 *
 * const back = fromFhirQuestionnaire(toFhirQuestionnaire(illustrativeNationalStandard));
 * back.ok && back.value.nodes.length === illustrativeNationalStandard.nodes.length; // => true
 * ```
 */
export function fromFhirQuestionnaire(questionnaire: FhirQuestionnaire): Result<Framework> {
  try {
  const issues: Issue[] = [];
  if (questionnaire?.resourceType !== "Questionnaire") return { ok: false, issues: [issue("invalid_value", ["resourceType"], `Expected a Questionnaire; got ${JSON.stringify(questionnaire?.resourceType)}.`)] };
  const metadata = jsonExtension(questionnaire.extension, FRAMEWORK_EXTENSION, [], issues);
  const nodes: { index: number; node: Record<string, unknown> }[] = [];
  const visit = (items: readonly FhirQuestionnaireItem[] | undefined, parentId: string | undefined, path: (string | number)[]) => {
    (items ?? []).forEach((item, position) => {
      const here = [...path, "item", position];
      if (item.type === "display") return;
      const rest = jsonExtension(item.extension, FRAMEWORK_NODE_EXTENSION, here, issues);
      if (rest === undefined) return;
      const { index, ...fields } = rest;
      const help = item.item?.find((child) => child.type === "display" && child.linkId === `${item.linkId}#help`);
      nodes.push({
        index: typeof index === "number" ? index : Number.MAX_SAFE_INTEGER,
        node: { id: item.linkId, ...(parentId === undefined ? {} : { parentId }), code: item.prefix, title: localizedFrom(item.text ?? "", item._text), ...(help === undefined ? {} : { guidance: localizedFrom(help.text ?? "", help._text) }), ...fields },
      });
      visit(item.item, item.linkId, here);
    });
  };
  visit(questionnaire.item, undefined, []);
  if (issues.length > 0 || metadata === undefined) return { ok: false, issues };
  return defineFramework({ ...metadata, nodes: nodes.sort((a, b) => a.index - b.index).map((each) => each.node) });
  } catch (error) {
    return unexpectedShape(error, "Questionnaire");
  }
}
