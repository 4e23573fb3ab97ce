/** fast-check arbitraries of valid frameworks, for the property tests of the standards module. */
import fc from "fast-check";
import { EVIDENCE_TYPES, LINK_RELATIONS, NODE_KINDS, type Framework, type FrameworkNode } from "../src/standards/index.js";

/** Text with the characters that break naive CSV and JSON writers: quotes, separators, line breaks, Cyrillic. */
export const awkwardTextArb = fc
  .string({ unit: fc.constantFrom("a", "Я", "ў", " ", ",", ";", "\t", '"', "\n", "\r", "|", "=", "#", "1", "\\"), minLength: 1, maxLength: 12 })
  .filter((value) => /\S/.test(value));

const codeArb = fc.stringMatching(/^[0-9A-Za-z][0-9A-Za-z. -]{0,6}[0-9A-Za-z]$/);
const idPartArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,5}$/);
const versionArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._+-]{0,5}$/);

const localizedArb = fc.record(
  { en: awkwardTextArb, ru: awkwardTextArb, uz: awkwardTextArb, kk: awkwardTextArb },
  { requiredKeys: ["en"] },
);

const sourceArb = fc.record(
  { document: awkwardTextArb, edition: awkwardTextArb, section: awkwardTextArb, verified: fc.boolean(), note: awkwardTextArb },
  { requiredKeys: ["document", "edition", "verified"] },
);

const linkArb = fc.record(
  { frameworkId: fc.constantFrom("other-a", "other-b"), version: versionArb, nodeId: idPartArb, relation: fc.constantFrom(...LINK_RELATIONS) },
  { requiredKeys: ["frameworkId", "nodeId", "relation"] },
);

const leafApplicabilityArb = fc.record(
  {
    modalities: fc.uniqueArray(fc.constantFrom("outpatient", "community-outreach", "long-term-residential"), { minLength: 1 }),
    settings: fc.uniqueArray(fc.constantFrom("prison", "community"), { minLength: 1 }),
    populations: fc.uniqueArray(fc.constantFrom("women", "children-adolescents"), { minLength: 1 }),
  },
  { requiredKeys: [] },
).filter((applicability) => Object.keys(applicability).length > 0);

/** Optional node fields; applicability only on leaves, so that no node applies to nothing. */
const detailsArb = (isLeaf: boolean) =>
  fc.record(
    {
      guidance: localizedArb,
      weight: fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
      critical: fc.boolean(),
      evidence: fc.uniqueArray(fc.constantFrom(...EVIDENCE_TYPES), { minLength: 1 }),
      illustrative: fc.boolean(),
      derivedFrom: fc.uniqueArray(linkArb, { minLength: 1, maxLength: 3, selector: (link) => `${link.frameworkId}/${link.version ?? ""}/${link.nodeId}` }),
      ...(isLeaf ? { applicability: leafApplicabilityArb } : {}),
    },
    { requiredKeys: [] },
  );

/**
 * The shape of a random tree: for each node after the first few roots, the index of its parent among
 * the nodes before it (or none, for another root).
 */
const shapeArb = fc.integer({ min: 1, max: 24 }).chain((size) =>
  fc.tuple(...Array.from({ length: size }, (_, index) => (index === 0 ? fc.constant(-1) : fc.integer({ min: -1, max: index - 1 })))),
);

/** A valid framework: a random forest with random content, ids unique, kinds consistent with the tree. */
export const frameworkArb: fc.Arbitrary<Framework> = shapeArb.chain((parents) => {
  const hasChildren = parents.map((_, index) => parents.includes(index));
  return fc
    .record({
      id: fc.constantFrom("random-framework", "national:std"),
      version: versionArb,
      title: localizedArb,
      publisher: fc.option(awkwardTextArb, { nil: undefined }),
      year: fc.option(fc.integer({ min: 1900, max: 2199 }), { nil: undefined }),
      source: sourceArb,
      status: fc.constantFrom("official" as const, "illustrative" as const),
      ids: fc.uniqueArray(idPartArb, { minLength: parents.length, maxLength: parents.length }),
      nodes: fc.tuple(
        ...parents.map((_, index) =>
          fc.record({
            code: codeArb,
            kind: hasChildren[index] ? fc.constantFrom(...NODE_KINDS.filter((kind) => kind !== "criterion" && kind !== "indicator")) : fc.constantFrom(...NODE_KINDS),
            title: localizedArb,
            source: sourceArb,
            details: detailsArb(!hasChildren[index]),
          }),
        ),
      ),
      order: fc.shuffledSubarray(parents.map((_, index) => index), { minLength: parents.length, maxLength: parents.length }),
    })
    .map(({ ids, nodes, order, publisher, year, ...metadata }) => {
      const built: FrameworkNode[] = nodes.map(({ details, ...node }, index) => ({
        id: ids[index]!,
        ...(parents[index]! >= 0 ? { parentId: ids[parents[index]!]! } : {}),
        ...node,
        ...details,
      }));
      return { ...metadata, ...(publisher === undefined ? {} : { publisher }), ...(year === undefined ? {} : { year }), nodes: order.map((index) => built[index]!) } as Framework;
    });
});
