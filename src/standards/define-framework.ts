/** Validation of an authored framework: its shape, and the rules that make its nodes a tree. */
import { deepFreeze } from "../_lib/deep-freeze.js";
import { issue, type Issue } from "../_lib/issue.js";
import { fail, ok, type Result } from "../_lib/result.js";
import { parseWithSchema } from "../_lib/zod-issues.js";
import { FrameworkSchema, type DerivedFromLink, type Framework } from "./framework.js";
import { emptyDimensions, frameworkTree, intersectApplicability } from "./framework-tree.js";

/**
 * Options of {@link defineFramework}.
 *
 * @example
 * ```ts
 * import { internationalStandards2020, type DefineFrameworkOptions } from "treatment-quality";
 *
 * const options: DefineFrameworkOptions = { resolveAgainst: [internationalStandards2020] };
 * ```
 */
export interface DefineFrameworkOptions {
  /**
   * The frameworks that `derivedFrom` links point to. When given, every link must name one of
   * them (and its version, when the link states one) and a node that exists in it. When absent
   * (the default), links are checked for form only.
   */
  readonly resolveAgainst?: readonly Framework[];
}

/** The fields of a node the structural rules read, taken from input that may be malformed. */
interface NodeShape {
  readonly index: number;
  readonly id: string;
  readonly parentId: string | undefined;
  readonly kind: unknown;
}

function shapesOf(nodes: unknown): NodeShape[] {
  if (!Array.isArray(nodes)) return [];
  return nodes.flatMap((node: unknown, index) => {
    if (node === null || typeof node !== "object") return [];
    const { id, parentId, kind } = node as Record<string, unknown>;
    return typeof id === "string" ? [{ index, id, parentId: typeof parentId === "string" ? parentId : undefined, kind }] : [];
  });
}

/**
 * The tree rules over nodes that may not all be well formed: unique ids, existing parents, no
 * cycles, criteria and indicators without children. `knownIds` are ids that exist although their
 * nodes are not among `shapes` (rows rejected for another reason), so their children are not
 * reported a second time.
 */
export function checkTreeRules(shapes: readonly NodeShape[], knownIds: ReadonlySet<string> = new Set()): Issue[] {
  const issues: Issue[] = [];
  const firstIndex = new Map<string, number>();
  for (const shape of shapes) {
    const first = firstIndex.get(shape.id);
    if (first === undefined) firstIndex.set(shape.id, shape.index);
    else issues.push(issue("duplicate", ["nodes", shape.index, "id"], `The node id "${shape.id}" is already used by node ${first}; node ids must be unique.`));
  }
  const byId = new Map(shapes.filter((shape) => firstIndex.get(shape.id) === shape.index).map((shape) => [shape.id, shape]));
  for (const shape of shapes) {
    if (shape.parentId === undefined) continue;
    if (shape.parentId === shape.id) issues.push(issue("invalid_structure", ["nodes", shape.index, "parentId"], `The node "${shape.id}" names itself as its parent.`));
    else if (!byId.has(shape.parentId) && !knownIds.has(shape.parentId)) {
      issues.push(issue("unknown_reference", ["nodes", shape.index, "parentId"], `The parent "${shape.parentId}" of node "${shape.id}" is not a node of this framework.`));
    }
  }
  issues.push(...cycleIssues(byId));
  for (const shape of shapes) {
    const parent = shape.parentId === undefined ? undefined : byId.get(shape.parentId);
    if (parent !== undefined && (parent.kind === "criterion" || parent.kind === "indicator")) {
      issues.push(
        issue(
          "invalid_structure",
          ["nodes", shape.index, "parentId"],
          `The node "${shape.id}" sits under "${parent.id}", which is a ${String(parent.kind)}; criteria and indicators are rated, so they must be leaves (make "${parent.id}" a standard, or move "${shape.id}").`,
        ),
      );
    }
  }
  return issues;
}

/** One issue per cycle of parent links, at the cycle's first node in list order. */
function cycleIssues(byId: ReadonlyMap<string, NodeShape>): Issue[] {
  const issues: Issue[] = [];
  const settled = new Set<string>();
  for (const start of byId.values()) {
    const trail: NodeShape[] = [];
    const onTrail = new Set<string>();
    let current: NodeShape | undefined = start;
    while (current !== undefined && !settled.has(current.id) && !onTrail.has(current.id)) {
      trail.push(current);
      onTrail.add(current.id);
      current = current.parentId === undefined || current.parentId === current.id ? undefined : byId.get(current.parentId);
    }
    if (current !== undefined && onTrail.has(current.id)) {
      const cycle = trail.slice(trail.findIndex((shape) => shape.id === current!.id));
      const first = cycle.reduce((earliest, shape) => (shape.index < earliest.index ? shape : earliest));
      const ids = cycle.map((shape) => `"${shape.id}"`).join(" -> ");
      issues.push(issue("invalid_structure", ["nodes", first.index, "parentId"], `The parent links form a cycle (${ids} -> "${current.id}"); a framework must be a tree.`));
    }
    for (const shape of trail) settled.add(shape.id);
  }
  return issues;
}

/** Rules that need well-formed nodes: applicability that admits some service, sound links. */
function checkNodeRules(framework: Framework, links: LinkCheck): Issue[] {
  const issues: Issue[] = [];
  const tree = frameworkTree(framework);
  framework.nodes.forEach((node, index) => {
    const inherited = node.parentId === undefined ? undefined : tree.applicability(node.parentId);
    for (const dimension of emptyDimensions(intersectApplicability(inherited, node.applicability))) {
      issues.push(
        issue("invalid_structure", ["nodes", index, "applicability", dimension], `The node "${node.id}" applies to no service: its ${dimension} and those of its ancestors have no code in common.`),
      );
    }
    const seen = new Set<string>();
    node.derivedFrom?.forEach((link, linkIndex) => {
      const path = ["nodes", index, "derivedFrom", linkIndex];
      const key = `${link.frameworkId}\u0000${link.version ?? ""}\u0000${link.nodeId}`;
      if (seen.has(key)) issues.push(issue("duplicate", path, `The node "${node.id}" links to "${link.nodeId}" of "${link.frameworkId}" twice.`));
      seen.add(key);
      if (link.frameworkId === framework.id) {
        issues.push(issue("invalid_value", [...path, "frameworkId"], `The node "${node.id}" links to its own framework "${framework.id}"; derivedFrom links point to other frameworks.`));
      } else if (links.resolveAgainst !== undefined && (links.unlistedFrameworks === "report" || links.resolveAgainst.some((each) => each.id === link.frameworkId))) {
        const problem = unresolvedLink(link, links.resolveAgainst);
        if (problem !== undefined) issues.push(issue("unknown_reference", [...path, problem.field], problem.message));
      }
    });
  });
  return issues;
}

function unresolvedLink(link: DerivedFromLink, frameworks: readonly Framework[]): { field: string; message: string } | undefined {
  const sameId = frameworks.filter((framework) => framework.id === link.frameworkId);
  if (sameId.length === 0) {
    const given = [...new Set(frameworks.map((framework) => `"${framework.id}"`))].join(", ") || "none";
    return { field: "frameworkId", message: `The linked framework "${link.frameworkId}" is not among the frameworks to resolve against (${given}).` };
  }
  const candidates = link.version === undefined ? sameId : sameId.filter((framework) => framework.version === link.version);
  if (candidates.length === 0) {
    const versions = sameId.map((framework) => `"${framework.version}"`).join(", ");
    return { field: "version", message: `Version "${link.version}" of "${link.frameworkId}" is not among the frameworks to resolve against (versions given: ${versions}).` };
  }
  if (candidates.some((framework) => frameworkTree(framework).node(link.nodeId) !== undefined)) return undefined;
  return { field: "nodeId", message: `"${link.frameworkId}" has no node "${link.nodeId}".` };
}

/**
 * Check an authored framework and return it ready for use, or every problem found.
 *
 * Beyond the shape ({@link FrameworkSchema}), the nodes must form a tree: ids unique, every
 * `parentId` names a node, no cycles, criteria and indicators are leaves, and no node's
 * applicability (with its ancestors') excludes every service. `derivedFrom` links must not point
 * to the framework itself, must not repeat, and, with `resolveAgainst`, must resolve. Problems are
 * reported together, each with its path (`["nodes", 4, "parentId"]`). The returned framework is a
 * frozen copy, so it can be shared and indexed safely.
 *
 * Defaults for what an author may leave out: a node's `code` is its id and its `source` is the
 * framework's; the framework's `source` cites the framework itself (English title, version,
 * `verified: false`) and its `status` is `illustrative`. `publisher` and `year` are optional. So
 * `{ id, version, title: { en }, nodes: [{ id, parentId?, kind, title }] }` is a complete input.
 *
 * @param input - the framework as authored, e.g. parsed from JSON
 * @param options - see {@link DefineFrameworkOptions}
 * @returns the framework, or the issues
 *
 * @example
 * ```ts
 * import { defineFramework } from "treatment-quality";
 *
 * const source = { document: "Clinic standard", edition: "1", verified: true };
 * const result = defineFramework({
 *   id: "clinic-standard",
 *   version: "1",
 *   title: { en: "Clinic standard", ru: "Стандарт клиники" },
 *   publisher: "Example clinic",
 *   year: 2024,
 *   source,
 *   status: "illustrative",
 *   nodes: [
 *     { id: "E", code: "1", kind: "principle", title: { en: "Ethics" }, source },
 *     { id: "E.1", parentId: "E", code: "1.1", kind: "criterion", title: { en: "Consent is recorded" }, critical: true, source },
 *     { id: "E.2", parentId: "X", code: "1.2", kind: "criterion", title: { en: "Complaints are answered" }, source },
 *   ],
 * });
 * result.ok; // => false
 * if (!result.ok) result.issues.map((each) => `${each.path.join(".")} ${each.code}`); // => ["nodes.2.parentId unknown_reference"]
 * ```
 */
export function defineFramework(input: unknown, options: DefineFrameworkOptions = {}): Result<Framework> {
  return checkFramework(input, { resolveAgainst: options.resolveAgainst, unlistedFrameworks: "report" });
}

/**
 * How `derivedFrom` links are resolved: against `resolveAgainst`, and links to frameworks not
 * listed there are either reported or left unchecked (an adaptation checks its links to the base
 * but not, unless asked, links to frameworks it was not given).
 */
export interface LinkCheck {
  readonly resolveAgainst: readonly Framework[] | undefined;
  readonly unlistedFrameworks: "report" | "ignore";
  /** Ids of nodes rejected before this check (bad spreadsheet rows): their children are not reported again. */
  readonly knownIds?: ReadonlySet<string>;
}

/** A plain object, or undefined. */
function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * A node with the defaults an author may leave out: `code` is the id, `source` is the given one
 * (the framework's). Anything that is not a node object is returned as it is, for the schema to report.
 */
export function withNodeDefaults(node: unknown, source: unknown): unknown {
  const fields = record(node);
  if (fields === undefined) return node;
  return { ...fields, ...(fields["code"] === undefined && typeof fields["id"] === "string" ? { code: fields["id"] } : {}), ...(fields["source"] === undefined && source !== undefined ? { source } : {}) };
}

/**
 * A framework with the defaults an author may leave out: `source` cites the framework itself (its
 * English title and version, unverified), `status` is `illustrative`, and every node's `code` and
 * `source` default as in {@link withNodeDefaults}.
 */
export function withFrameworkDefaults(input: unknown): unknown {
  const fields = record(input);
  if (fields === undefined) return input;
  const title = record(fields["title"])?.["en"];
  const source = fields["source"] ?? (typeof title === "string" && typeof fields["version"] === "string" ? { document: title, edition: fields["version"], verified: false } : undefined);
  return {
    ...fields,
    ...(source === undefined ? {} : { source }),
    ...(fields["status"] === undefined ? { status: "illustrative" } : {}),
    ...(Array.isArray(fields["nodes"]) ? { nodes: fields["nodes"].map((node: unknown) => withNodeDefaults(node, source)) } : {}),
  };
}

/** {@link defineFramework} with a choice of how links are resolved. */
export function checkFramework(authored: unknown, links: LinkCheck): Result<Framework> {
  const input = withFrameworkDefaults(authored);
  const parsed = parseWithSchema(FrameworkSchema, input);
  const rawNodes = input !== null && typeof input === "object" ? (input as Record<string, unknown>)["nodes"] : undefined;
  const treeIssues = checkTreeRules(shapesOf(rawNodes), links.knownIds);
  if (!parsed.ok || treeIssues.length > 0) return fail(sortIssues([...(parsed.ok ? [] : parsed.issues), ...treeIssues]));
  const nodeIssues = checkNodeRules(parsed.value, links);
  return nodeIssues.length > 0 ? fail(nodeIssues) : ok(deepFreeze(parsed.value));
}

/** Issues of nodes in node order, so a reader meets them as in the file. */
function sortIssues(issues: Issue[]): Issue[] {
  const nodeIndex = (each: Issue) => (each.path[0] === "nodes" && typeof each.path[1] === "number" ? each.path[1] : -1);
  return issues.map((each, order) => ({ each, order })).sort((a, b) => nodeIndex(a.each) - nodeIndex(b.each) || a.order - b.order).map(({ each }) => each);
}
