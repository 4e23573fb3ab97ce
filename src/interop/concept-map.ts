/** Code maps as FHIR ConceptMap resources. */
import type { MappingRelation } from "../codes/index.js";
import type { CodeMap } from "../services/index.js";
import { fhirCodeSystemUrl, toFhirValueSet } from "./code-system.js";
import { publishedHeader, type FhirExportOptions } from "./fhir-canonical.js";
import type { FhirConceptMap } from "./fhir-types.js";

/** Our relations as R4 `ConceptMapEquivalence`: how the target relates to the source. */
const EQUIVALENCE: Readonly<Record<MappingRelation, "equivalent" | "narrower" | "wider" | "inexact">> = {
  equivalent: "equivalent",
  narrower: "narrower",
  broader: "wider",
  related: "inexact",
};

/**
 * A code map as a FHIR R4 `ConceptMap` from the value set of its source vocabulary to that of its
 * target: one group (source and target code systems), one element per source code with all its
 * targets, each with its equivalence (`equivalent`, `narrower`, `wider` for our `broader`, `inexact`
 * for `related`) and, for unverified rows, a comment saying so. The status is `draft` when any row is
 * unverified, else `active`.
 *
 * @param map - one of {@link CODE_MAPS}, or a map of your own
 * @param options - see {@link FhirExportOptions}
 * @returns the ConceptMap
 *
 * @example
 * ```ts
 * import { CODE_MAPS, toFhirConceptMap } from "treatment-quality";
 *
 * const crosswalk = toFhirConceptMap(CODE_MAPS.find((map) => map.id === "icd10-to-icd11")!);
 * const [target] = crosswalk.group?.[0]?.element.find((element) => element.code === "F11.2")?.target ?? [];
 * [target?.code, target?.equivalence]; // => ["6C43.2", "equivalent"]
 * ```
 */
export function toFhirConceptMap(map: CodeMap, options?: FhirExportOptions): FhirConceptMap {
  const sourceNames = new Map(map.source.entries.map((entry) => [entry.code, entry.name]));
  const targetNames = new Map(map.target.entries.map((entry) => [entry.code, entry.name]));
  const elements = new Map<string, NonNullable<FhirConceptMap["group"]>[number]["element"][number]>();
  for (const row of map.rows) {
    let element = elements.get(row.from);
    if (element === undefined) elements.set(row.from, (element = { code: row.from, ...(sourceNames.has(row.from) ? { display: sourceNames.get(row.from)! } : {}), target: [] }));
    element.target!.push({
      code: row.to,
      ...(targetNames.has(row.to) ? { display: targetNames.get(row.to)! } : {}),
      equivalence: EQUIVALENCE[row.relation],
      // R4 rule cmd-1: a narrower or inexact target needs a comment.
      ...(row.verified === false ? { comment: `Unverified: ${map.method}` } : row.relation === "narrower" ? { comment: "The target covers part of the source." } : row.relation === "related" ? { comment: "They overlap; neither contains the other." } : {}),
    });
  }
  return {
    resourceType: "ConceptMap",
    ...publishedHeader("ConceptMap", map.id, map.title, options),
    status: map.rows.some((row) => row.verified === false) ? "draft" : "active",
    description: `${map.title}. ${map.method}`,
    sourceUri: toFhirValueSet(map.source, options).url!,
    targetUri: toFhirValueSet(map.target, options).url!,
    group: [{ source: fhirCodeSystemUrl(map.source, options), target: fhirCodeSystemUrl(map.target, options), element: [...elements.values()] }],
  };
}
