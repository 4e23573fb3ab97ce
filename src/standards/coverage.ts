/** How much of a base framework an adapted framework covers, through its derivedFrom links. */
import type { Framework, LinkRelation } from "./framework.js";
import { frameworkTree } from "./framework-tree.js";

const COVERING: ReadonlySet<LinkRelation> = new Set(["equivalent", "narrower", "broader"]);

/**
 * One base leaf and the adapted nodes linked to it.
 *
 * @example
 * ```ts
 * import type { BaseLeafCoverage } from "treatment-quality";
 *
 * const leaf: BaseLeafCoverage = { nodeId: "P2.1.1", covered: true, linkedFrom: [{ nodeId: "N2.1", relation: "narrower" }] };
 * ```
 */
export interface BaseLeafCoverage {
  /** The base leaf's id. */
  readonly nodeId: string;
  /** Whether some adapted node links to it as `equivalent`, `narrower` or `broader`. */
  readonly covered: boolean;
  /** Every adapted node linked to it, with the link's relation. */
  readonly linkedFrom: readonly { readonly nodeId: string; readonly relation: LinkRelation }[];
}

/**
 * Coverage of the leaves under one root of the base framework (a principle, a domain).
 *
 * @example
 * ```ts
 * import type { RootCoverage } from "treatment-quality";
 *
 * const principle: RootCoverage = { nodeId: "P3", covered: 4, total: 8, ratio: 0.5 };
 * ```
 */
export interface RootCoverage {
  readonly nodeId: string;
  readonly covered: number;
  readonly total: number;
  /** `covered / total`, in [0, 1]; 1 for a root without leaves below it (a root that is a leaf counts itself). */
  readonly ratio: number;
}

/**
 * What {@link frameworkCoverage} reports.
 *
 * @example
 * ```ts
 * import { frameworkCoverage, frameworkTree, internationalStandards2020, unodcWhoPrinciples2008, type FrameworkCoverage } from "treatment-quality";
 *
 * // The 2008 principles link to the 2020 principles, which are not leaves: they cover no 2020 criterion.
 * const report: FrameworkCoverage = frameworkCoverage(unodcWhoPrinciples2008, internationalStandards2020);
 * report.total === frameworkTree(internationalStandards2020).leaves.length; // => true
 * report.covered; // => 0
 * ```
 */
export interface FrameworkCoverage {
  /** The base framework's id and version. */
  readonly base: { readonly frameworkId: string; readonly version: string };
  /** Base leaves covered. */
  readonly covered: number;
  /** Base leaves in all. */
  readonly total: number;
  /** `covered / total`, in [0, 1]. */
  readonly ratio: number;
  /** Ids of base leaves no adapted node covers, in reading order. */
  readonly uncovered: readonly string[];
  /** The subset of `uncovered` that some adapted node links to as `related` only. */
  readonly relatedOnly: readonly string[];
  /** Ids of adapted leaves without any `derivedFrom` link, in reading order. */
  readonly unsourced: readonly string[];
  /** Links to the base that name a node the base does not have. */
  readonly unresolved: readonly { readonly nodeId: string; readonly targetNodeId: string }[];
  /** Every base leaf with the adapted nodes linked to it, in reading order. */
  readonly leaves: readonly BaseLeafCoverage[];
  /** Coverage per root of the base (per principle of the International Standards). */
  readonly byRoot: readonly RootCoverage[];
}

/**
 * Compare an adapted framework with its base: which base leaves it covers through `derivedFrom`
 * links (relations `equivalent`, `narrower` and `broader` cover; `related` does not), which it does
 * not, which of its own leaves cite no source node, and the covered share under each base root.
 * A link counts when it names the base's id and either no version or the base's version; links from
 * any adapted node count (a kept criterion split into sub-criteria still covers its base leaf).
 *
 * @param adapted - the national (or other derived) framework
 * @param base - the framework it derives from
 * @returns the coverage report
 *
 * @example
 * ```ts
 * import { adaptFramework, frameworkCoverage, internationalStandards2020 } from "treatment-quality";
 *
 * const adapted = adaptFramework(internationalStandards2020, { id: "national", version: "1", title: { en: "National standard" }, remove: ["P3"] });
 * if (adapted.ok) {
 *   const report = frameworkCoverage(adapted.value, internationalStandards2020);
 *   report.byRoot.find((root) => root.nodeId === "P3")?.ratio; // => 0
 *   report.byRoot.find((root) => root.nodeId === "P2")?.ratio; // => 1
 * }
 * ```
 */
export function frameworkCoverage(adapted: Framework, base: Framework): FrameworkCoverage {
  const baseTree = frameworkTree(base);
  const adaptedTree = frameworkTree(adapted);
  const linksTo = new Map<string, { nodeId: string; relation: LinkRelation }[]>();
  const unresolved: { nodeId: string; targetNodeId: string }[] = [];
  for (const node of adaptedTree.depthFirst) {
    for (const link of node.derivedFrom ?? []) {
      if (link.frameworkId !== base.id || (link.version !== undefined && link.version !== base.version)) continue;
      if (baseTree.node(link.nodeId) === undefined) {
        unresolved.push({ nodeId: node.id, targetNodeId: link.nodeId });
        continue;
      }
      const list = linksTo.get(link.nodeId);
      const entry = { nodeId: node.id, relation: link.relation };
      if (list === undefined) linksTo.set(link.nodeId, [entry]);
      else list.push(entry);
    }
  }
  const leaves: BaseLeafCoverage[] = baseTree.leaves.map((leaf) => {
    const linkedFrom = linksTo.get(leaf.id) ?? [];
    return { nodeId: leaf.id, covered: linkedFrom.some((link) => COVERING.has(link.relation)), linkedFrom };
  });
  const isCovered = new Map(leaves.map((leaf) => [leaf.nodeId, leaf.covered]));
  const uncovered = leaves.filter((leaf) => !leaf.covered).map((leaf) => leaf.nodeId);
  const covered = leaves.length - uncovered.length;
  const byRoot = baseTree.children().map((root) => {
    const under = baseTree.subtree(root.id).filter((node) => isCovered.has(node.id));
    const coveredUnder = under.filter((node) => isCovered.get(node.id)).length;
    return { nodeId: root.id, covered: coveredUnder, total: under.length, ratio: under.length === 0 ? 1 : coveredUnder / under.length };
  });
  return {
    base: { frameworkId: base.id, version: base.version },
    covered,
    total: leaves.length,
    ratio: leaves.length === 0 ? 1 : covered / leaves.length,
    uncovered,
    relatedOnly: leaves.filter((leaf) => !leaf.covered && leaf.linkedFrom.length > 0).map((leaf) => leaf.nodeId),
    unsourced: adaptedTree.leaves.filter((leaf) => (leaf.derivedFrom?.length ?? 0) === 0).map((leaf) => leaf.id),
    unresolved,
    leaves,
    byRoot,
  };
}
