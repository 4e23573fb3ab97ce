/** What changed between two versions of a framework, for the release notes of a standard. */
import type { Framework } from "./framework.js";

/**
 * A node present in both versions whose content changed, with the fields that changed
 * (`title`, `weight`, `parentId`, ...).
 *
 * @example
 * ```ts
 * import type { ChangedNode } from "treatment-quality";
 *
 * const changed: ChangedNode = { nodeId: "P2.1.1", fields: ["critical", "weight"] };
 * ```
 */
export interface ChangedNode {
  readonly nodeId: string;
  readonly fields: readonly string[];
}

/**
 * What {@link diffFrameworks} reports. Ids are listed in the order of the version they occur in.
 *
 * @example
 * ```ts
 * import type { FrameworkDiff } from "treatment-quality";
 *
 * const diff: FrameworkDiff = { metadata: ["version"], added: ["N.1"], removed: ["P3.1.1"], changed: [] };
 * ```
 */
export interface FrameworkDiff {
  /** Framework-level fields that changed (`version`, `title`, ...); the node list is not one of them. */
  readonly metadata: readonly string[];
  /** Ids of nodes only in the newer version. */
  readonly added: readonly string[];
  /** Ids of nodes only in the older version. */
  readonly removed: readonly string[];
  /** Nodes in both whose fields differ. */
  readonly changed: readonly ChangedNode[];
}

/**
 * Compare two versions of a framework node by node (nodes are matched by id). A field counts as
 * changed when its value differs in content; key order inside objects does not matter. A node
 * moved to another parent shows `parentId` among its changed fields.
 *
 * @param older - the earlier version
 * @param newer - the later version
 * @returns added, removed and changed nodes, and changed metadata
 *
 * @example
 * ```ts
 * import { adaptFramework, diffFrameworks, internationalStandards2020 } from "treatment-quality";
 *
 * const v1 = adaptFramework(internationalStandards2020, { id: "national", version: "1", title: { en: "National standard" } });
 * const v2 = adaptFramework(internationalStandards2020, { id: "national", version: "2", title: { en: "National standard" }, remove: ["P3.1.1"], modify: { "P2.1.1": { weight: 3 } } });
 * if (v1.ok && v2.ok) {
 *   const diff = diffFrameworks(v1.value, v2.value);
 *   diff.removed; // => ["P3.1.1"]
 *   diff.changed; // => [{ nodeId: "P2.1.1", fields: ["weight"] }]
 *   diff.metadata; // => ["version", "adaptedFrom"]
 * }
 * ```
 */
export function diffFrameworks(older: Framework, newer: Framework): FrameworkDiff {
  const olderNodes = new Map(older.nodes.map((node) => [node.id, node]));
  const newerIds = new Set(newer.nodes.map((node) => node.id));
  const changed: ChangedNode[] = [];
  for (const node of newer.nodes) {
    const before = olderNodes.get(node.id);
    if (before === undefined) continue;
    const fields = changedFields(before, node);
    if (fields.length > 0) changed.push({ nodeId: node.id, fields });
  }
  const { nodes: _olderNodes, ...olderMetadata } = older;
  const { nodes: _newerNodes, ...newerMetadata } = newer;
  return {
    metadata: changedFields(olderMetadata, newerMetadata),
    added: newer.nodes.filter((node) => !olderNodes.has(node.id)).map((node) => node.id),
    removed: older.nodes.filter((node) => !newerIds.has(node.id)).map((node) => node.id),
    changed,
  };
}

function changedFields(before: object, after: object): string[] {
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return keys.filter((key) => !sameContent((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key]));
}

/** Structural equality of JSON-like values, ignoring key order. */
export function sameContent(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (left === null || right === null || typeof left !== "object" || typeof right !== "object") return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const leftKeys = Object.keys(left).filter((key) => (left as Record<string, unknown>)[key] !== undefined);
  const rightKeys = Object.keys(right).filter((key) => (right as Record<string, unknown>)[key] !== undefined);
  if (leftKeys.length !== rightKeys.length) return false;
  return leftKeys.every((key) => sameContent((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]));
}
