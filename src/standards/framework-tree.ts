/** Navigation over a framework's flat node list: roots, children, ancestors, leaves. */
import type { Applicability, Framework, FrameworkNode } from "./framework.js";

/**
 * A read-only index of a framework's tree, built once per framework object and cached.
 * Siblings keep the order of the node list; `depthFirst` and `leaves` list nodes in reading
 * order (a node, then its children's subtrees).
 *
 * @example
 * ```ts
 * import { frameworkTree, internationalStandards2020, type FrameworkTree } from "treatment-quality";
 *
 * const tree: FrameworkTree = frameworkTree(internationalStandards2020);
 * tree.isLeaf("P2.1.1"); // => true
 * tree.applicability("P4.4.1"); // => { modalities: ["outpatient"] } (inherited from standard P4.4)
 * ```
 */
export interface FrameworkTree {
  /** The framework indexed. */
  readonly framework: Framework;
  /** Every node reachable from a root, in reading order. */
  readonly depthFirst: readonly FrameworkNode[];
  /** The leaves, in reading order: the nodes assessors rate. */
  readonly leaves: readonly FrameworkNode[];
  /** The node with this id, if any. */
  node(id: string): FrameworkNode | undefined;
  /** The children of a node, or the roots when `id` is undefined. */
  children(id?: string): readonly FrameworkNode[];
  /** The ancestors of a node, root first, the node itself excluded. */
  ancestors(id: string): readonly FrameworkNode[];
  /** The node and every node below it, in reading order. */
  subtree(id: string): readonly FrameworkNode[];
  /** Whether the node has no children. */
  isLeaf(id: string): boolean;
  /** What the node applies to once its ancestors' restrictions are applied; `undefined` when unrestricted. */
  applicability(id: string): Applicability | undefined;
}

const cache = new WeakMap<Framework, FrameworkTree>();

/**
 * The tree index of a framework. Built on first use and cached per framework object, so repeated
 * calls cost nothing; frameworks from `defineFramework` and the built-in catalogs are frozen, so the
 * index cannot go stale. Nodes unreachable from a root (only possible in a framework that
 * `defineFramework` would reject) are left out.
 *
 * @param framework - a framework, normally from `defineFramework` or a built-in catalog
 * @returns the framework's {@link FrameworkTree}
 *
 * @example
 * ```ts
 * import { frameworkTree, internationalStandards2020 } from "treatment-quality";
 *
 * const tree = frameworkTree(internationalStandards2020);
 * tree.children().map((root) => root.id); // => ["P1", "P2", "P3", "P4", "P5", "P6", "P7"]
 * tree.ancestors("P2.1.1").map((node) => node.id); // => ["P2", "P2.1"]
 * ```
 */
export function frameworkTree(framework: Framework): FrameworkTree {
  let tree = cache.get(framework);
  if (tree === undefined) {
    tree = buildTree(framework);
    cache.set(framework, tree);
  }
  return tree;
}

function buildTree(framework: Framework): FrameworkTree {
  const byId = new Map<string, FrameworkNode>();
  for (const node of framework.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  const childrenOf = new Map<string | undefined, FrameworkNode[]>();
  for (const node of byId.values()) {
    const parentKey = node.parentId !== undefined && byId.has(node.parentId) ? node.parentId : node.parentId === undefined ? undefined : null;
    if (parentKey === null) continue;
    const siblings = childrenOf.get(parentKey);
    if (siblings === undefined) childrenOf.set(parentKey, [node]);
    else siblings.push(node);
  }
  const depthFirst: FrameworkNode[] = [];
  const positions = new Map<string, { start: number; end: number }>();
  const visit = (node: FrameworkNode): void => {
    const start = depthFirst.length;
    depthFirst.push(node);
    positions.set(node.id, { start, end: 0 });
    for (const child of childrenOf.get(node.id) ?? []) if (!positions.has(child.id)) visit(child);
    positions.get(node.id)!.end = depthFirst.length;
  };
  for (const root of childrenOf.get(undefined) ?? []) visit(root);
  const leaves = depthFirst.filter((node) => (childrenOf.get(node.id)?.length ?? 0) === 0);
  const effective = new Map<string, Applicability | undefined>();
  for (const node of depthFirst) {
    const inherited = node.parentId === undefined ? undefined : effective.get(node.parentId);
    effective.set(node.id, intersectApplicability(inherited, node.applicability));
  }

  const ancestors = (id: string): FrameworkNode[] => {
    const chain: FrameworkNode[] = [];
    const seen = new Set<string>([id]);
    let parentId = byId.get(id)?.parentId;
    while (parentId !== undefined && !seen.has(parentId)) {
      const parent = byId.get(parentId);
      if (parent === undefined) break;
      chain.push(parent);
      seen.add(parentId);
      parentId = parent.parentId;
    }
    return chain.reverse();
  };

  return {
    framework,
    depthFirst,
    leaves,
    node: (id) => byId.get(id),
    children: (id) => childrenOf.get(id) ?? [],
    ancestors,
    subtree: (id) => {
      const position = positions.get(id);
      return position === undefined ? [] : depthFirst.slice(position.start, position.end);
    },
    isLeaf: (id) => byId.has(id) && (childrenOf.get(id)?.length ?? 0) === 0,
    applicability: (id) => effective.get(id),
  };
}

type Dimension = keyof Applicability;
const DIMENSIONS: readonly Dimension[] = ["modalities", "settings", "populations"];

/**
 * The restrictions of `outer` and `inner` together: per dimension, the codes both allow. An empty
 * list in the result means the node applies to no service at all on that dimension.
 */
export function intersectApplicability(outer: Applicability | undefined, inner: Applicability | undefined): Applicability | undefined {
  if (outer === undefined) return inner;
  if (inner === undefined) return outer;
  const result: Record<string, string[]> = {};
  for (const dimension of DIMENSIONS) {
    const outerCodes = outer[dimension] as readonly string[] | undefined;
    const innerCodes = inner[dimension] as readonly string[] | undefined;
    if (outerCodes === undefined && innerCodes === undefined) continue;
    result[dimension] = outerCodes === undefined ? [...innerCodes!] : innerCodes === undefined ? [...outerCodes] : innerCodes.filter((code) => outerCodes.includes(code));
  }
  return result as Applicability;
}

/** The dimensions on which an applicability admits no code at all. */
export function emptyDimensions(applicability: Applicability | undefined): Dimension[] {
  return applicability === undefined ? [] : DIMENSIONS.filter((dimension) => applicability[dimension]?.length === 0);
}
