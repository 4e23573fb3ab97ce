/** National adaptation: derive a framework from a base by removing, adding, modifying and translating nodes. */
import * as z from "zod";
import { identifier } from "../_lib/fields.js";
import { issue, prefixIssues, type Issue } from "../_lib/issue.js";
import { fail, type Result } from "../_lib/result.js";
import { parseWithSchema } from "../_lib/zod-issues.js";
import { checkFramework, withNodeDefaults } from "./define-framework.js";
import { FrameworkNodeSchema, FrameworkSchema, LocalizedTextSchema, TEXT_LOCALES, type Framework, type FrameworkChange, type FrameworkNode } from "./framework.js";
import { frameworkTree } from "./framework-tree.js";


/**
 * Schema of the change a national team makes to a base framework. `id`, `version` and `title` name
 * the new framework; publisher, year, source, status, licence and notice default to the base's.
 * `remove` lists base nodes to drop (with their subtrees); `add` gives whole new nodes, each under
 * any parent (a kept base node or another added node) or as a new root (an added node's `code`
 * defaults to its id and its `source` to the adaptation's, else the base's); `modify` changes fields of
 * kept base nodes (title, guidance, weight, critical, applicability, evidence, code, kind, source,
 * parent, links); `translate` sets titles and guidance per locale, for kept and added nodes alike.
 *
 * @example
 * ```ts
 * import { FrameworkAdaptationSchema } from "treatment-quality";
 *
 * FrameworkAdaptationSchema.parse({ id: "uz-nqs", version: "2020", title: { en: "National standard" }, remove: ["P3.2"] }).remove; // => ["P3.2"]
 * ```
 */
export const FrameworkAdaptationSchema = /* @__PURE__ */ (() => {
  const baseFields = FrameworkSchema.shape;
  const modification = FrameworkNodeSchema.omit({ id: true }).partial();
  const translation = z.strictObject({ title: LocalizedTextSchema.shape.en.optional(), guidance: LocalizedTextSchema.shape.en.optional() });
  return z
    .strictObject({
      id: baseFields.id,
      version: baseFields.version,
      title: baseFields.title,
      description: baseFields.description,
      publisher: baseFields.publisher.optional(),
      year: baseFields.year.optional(),
      source: baseFields.source.optional(),
      status: baseFields.status.optional(),
      license: baseFields.license,
      notice: baseFields.notice,
      remove: z.array(identifier("A base node to remove, with everything below it.")).optional(),
      add: z.array(FrameworkNodeSchema).optional().describe("New nodes; each names its parent (a kept or added node) or none for a new root."),
      modify: z.record(z.string(), modification).optional().describe("Changed fields of kept base nodes, by node id."),
      translate: z
        .partialRecord(z.enum(TEXT_LOCALES), z.record(z.string(), translation))
        .optional()
        .describe("Titles and guidance per locale and node id."),
    })
    .meta({
      title: "FrameworkAdaptation",
      description: "How a national framework is derived from a base framework: nodes removed, added, modified and translated.",
      examples: [
        {
          id: "national-standard",
          version: "1.0",
          title: { en: "National standard", ru: "Национальный стандарт" },
          remove: ["P3.2"],
          modify: { "P2.1.1": { weight: 2, critical: true } },
          translate: { uz: { P2: { title: "Axloqiy standartlar" } } },
        },
      ],
    });
})();

/**
 * A national adaptation, as {@link FrameworkAdaptationSchema} checks it.
 *
 * @example
 * ```ts
 * import type { FrameworkAdaptation } from "treatment-quality";
 *
 * const adaptation: FrameworkAdaptation = { id: "national", version: "1", title: { en: "National standard" }, remove: ["P3"] };
 * ```
 */
export type FrameworkAdaptation = Omit<z.input<typeof FrameworkAdaptationSchema>, "add"> & {
  /** New nodes; `code` defaults to the id, `source` to the adaptation's (else the base's). */
  readonly add?: readonly (Omit<FrameworkNode, "code" | "source"> & Partial<Pick<FrameworkNode, "code" | "source">>)[] | undefined;
};

/**
 * Options of {@link adaptFramework}.
 *
 * @example
 * ```ts
 * import { euMinimumQualityStandards2015, type AdaptFrameworkOptions } from "treatment-quality";
 *
 * const options: AdaptFrameworkOptions = { resolveAgainst: [euMinimumQualityStandards2015] };
 * ```
 */
export interface AdaptFrameworkOptions {
  /**
   * Other frameworks that added or modified nodes link to. Links to the base are always checked;
   * when this is given, every other link must resolve against these frameworks too.
   */
  readonly resolveAgainst?: readonly Framework[];
}

/**
 * Derive a framework from `base`. Kept nodes keep their ids and get one `derivedFrom` link,
 * `equivalent`, to their base node (unless `modify` sets the links); added nodes carry the links
 * they are given, or none. Removing a node removes its subtree. The result records the base and a
 * change log (`adaptedFrom`), and passes {@link defineFramework}; every problem is reported with
 * its path in the adaptation (`["add", 2, "parentId"]`, `["modify", "P2.1.1"]`).
 *
 * @param base - the framework adapted, e.g. {@link internationalStandards2020}
 * @param adaptation - what changes; see {@link FrameworkAdaptationSchema}
 * @param options - see {@link AdaptFrameworkOptions}
 * @returns the adapted framework, or the issues
 *
 * @example
 * ```ts
 * import { adaptFramework, frameworkCoverage, internationalStandards2020 } from "treatment-quality";
 *
 * const national = adaptFramework(internationalStandards2020, {
 *   id: "national-standard",
 *   version: "1.0",
 *   title: { en: "National standard", ru: "Национальный стандарт" },
 *   remove: ["P3.1.1"],
 *   add: [{ id: "N.1", parentId: "P6.1", code: "6.1.N1", kind: "criterion", title: { en: "The licence of the facility is valid" }, source: { document: "National law on narcological care", edition: "2020", verified: false } }],
 * });
 * if (national.ok) {
 *   const coverage = frameworkCoverage(national.value, internationalStandards2020);
 *   coverage.uncovered; // => ["P3.1.1"]
 *   coverage.unsourced; // => ["N.1"]
 * }
 * ```
 */
export function adaptFramework(base: Framework, adaptation: FrameworkAdaptation, options: AdaptFrameworkOptions = {}): Result<Framework> {
  const authored = adaptation as unknown as Record<string, unknown> | null;
  const addSource = authored?.["source"] ?? base.source;
  const withDefaults = authored !== null && typeof authored === "object" && Array.isArray(authored["add"]) ? { ...authored, add: authored["add"].map((node: unknown) => withNodeDefaults(node, addSource)) } : adaptation;
  const parsed = parseWithSchema(FrameworkAdaptationSchema, withDefaults);
  if (!parsed.ok) return parsed;
  const plan = parsed.value;
  const tree = frameworkTree(base);
  const issues: Issue[] = [];
  const changes: FrameworkChange[] = [];

  const removed = new Set<string>();
  plan.remove?.forEach((id, index) => {
    if (tree.node(id) === undefined) issues.push(issue("unknown_reference", ["remove", index], `"${id}" is not a node of "${base.id}" ${base.version}.`));
    else if (removed.has(id)) issues.push(issue("duplicate", ["remove", index], `"${id}" is already removed (listed twice, or below another removed node).`));
    for (const node of tree.subtree(id)) {
      if (removed.has(node.id)) continue;
      removed.add(node.id);
      changes.push(node.id === id ? { action: "removed", nodeId: id } : { action: "removed", nodeId: node.id, via: id });
    }
  });

  const modifications = plan.modify ?? {};
  for (const id of Object.keys(modifications)) {
    const reason = tree.node(id) === undefined ? `"${id}" is not a node of "${base.id}" ${base.version}` : removed.has(id) ? `"${id}" is removed by this adaptation` : undefined;
    if (reason !== undefined) issues.push(issue("unknown_reference", ["modify", id], `Cannot modify: ${reason}.`));
  }

  const baseLink = (nodeId: string) => [{ frameworkId: base.id, version: base.version, nodeId, relation: "equivalent" as const }];
  const kept: FrameworkNode[] = base.nodes
    .filter((node) => !removed.has(node.id))
    .map((node) => {
      const modification = modifications[node.id];
      const fields = modification === undefined ? [] : Object.keys(modification);
      if (fields.length > 0) changes.push({ action: "modified", nodeId: node.id, fields });
      return { ...node, derivedFrom: baseLink(node.id), ...modification } as FrameworkNode;
    });

  const keptIds = new Set(kept.map((node) => node.id));
  const added = plan.add ?? [];
  added.forEach((node, index) => {
    if (keptIds.has(node.id)) issues.push(issue("duplicate", ["add", index, "id"], `"${node.id}" is already a node kept from "${base.id}"; give the new node another id.`));
    else if (node.parentId !== undefined && removed.has(node.parentId) && !added.some((other) => other.id === node.parentId)) {
      issues.push(issue("unknown_reference", ["add", index, "parentId"], `The parent "${node.parentId}" is removed by this adaptation.`));
    }
    changes.push({ action: "added", nodeId: node.id });
  });

  const nodes = [...kept, ...added.map((node) => ({ ...node }))];
  issues.push(...applyTranslations(nodes, plan.translate ?? {}, changes));
  if (issues.length > 0) return fail(issues);

  const framework = {
    id: plan.id,
    version: plan.version,
    title: plan.title,
    ...(plan.description === undefined ? {} : { description: plan.description }),
    ...optionalField("publisher", plan.publisher ?? base.publisher),
    ...optionalField("year", plan.year ?? base.year),
    source: plan.source ?? base.source,
    status: plan.status ?? base.status,
    ...optionalField("license", plan.license ?? base.license),
    ...optionalField("notice", plan.notice ?? base.notice),
    adaptedFrom: { frameworkId: base.id, version: base.version, changes },
    nodes,
  };
  const resolveAgainst = [base, ...(options.resolveAgainst ?? [])];
  return locateIssues(checkFramework(framework, { resolveAgainst, unlistedFrameworks: options.resolveAgainst === undefined ? "ignore" : "report" }), kept, added.length);
}

function optionalField<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function applyTranslations(nodes: FrameworkNode[], translate: Partial<Record<(typeof TEXT_LOCALES)[number], Record<string, { title?: string | undefined; guidance?: string | undefined }>>>, changes: FrameworkChange[]): Issue[] {
  const issues: Issue[] = [];
  const position = new Map(nodes.map((node, index) => [node.id, index]));
  for (const locale of TEXT_LOCALES) {
    for (const [id, text] of Object.entries(translate[locale] ?? {})) {
      const index = position.get(id);
      if (index === undefined) {
        issues.push(issue("unknown_reference", ["translate", locale, id], `Cannot translate "${id}": it is not a node of the adapted framework.`));
        continue;
      }
      const node = nodes[index]!;
      if (text.guidance !== undefined && node.guidance === undefined) {
        issues.push(issue("invalid_value", ["translate", locale, id, "guidance"], `"${id}" has no guidance to translate; give it English guidance first (in modify or add).`));
        continue;
      }
      const fields = Object.keys(text);
      nodes[index] = {
        ...node,
        ...(text.title === undefined ? {} : { title: { ...node.title, [locale]: text.title } }),
        ...(text.guidance === undefined || node.guidance === undefined ? {} : { guidance: { ...node.guidance, [locale]: text.guidance } }),
      };
      if (fields.length > 0) changes.push({ action: "translated", nodeId: id, locale, fields });
    }
  }
  return issues;
}

/**
 * Issues of the assembled framework, moved to where the adaptation says what caused them: an
 * added node's issues to `["add", j, ...]`, a modified node's to `["modify", id, ...]`.
 */
function locateIssues(result: Result<Framework>, kept: readonly FrameworkNode[], addedCount: number): Result<Framework> {
  if (result.ok) return result;
  return fail(
    result.issues.flatMap((each) => {
      if (each.path[0] !== "nodes" || typeof each.path[1] !== "number") return [each];
      const index = each.path[1];
      const rest = each.path.slice(2);
      if (index >= kept.length && index < kept.length + addedCount) return prefixIssues([{ ...each, path: rest }], ["add", index - kept.length]);
      return prefixIssues([{ ...each, path: rest }], ["modify", kept[index]!.id]);
    }),
  );
}
