/**
 * The framework model: a quality framework (the International Standards, a national standard, an
 * accreditation manual) as plain, versioned data. Its content is a tree of nodes authored as a flat
 * list with `parentId`, so it can live in a spreadsheet or a JSON file.
 */
import * as z from "zod";
import { MODALITY, POPULATION, SETTING } from "../codes/index.js";
import type { Locale } from "../i18n/index.js";
import { codeListOf, identifier, uniqueList } from "../_lib/fields.js";
import { customIssue } from "../_lib/zod-issues.js";

/**
 * The kinds of node a framework may use. Principles, domains, themes and sections group; standards
 * state a requirement; criteria and indicators are what assessors rate. Which nodes are rated is
 * decided by the tree, not the kind: every leaf is rated.
 *
 * @example
 * ```ts
 * import { NODE_KINDS } from "treatment-quality";
 *
 * NODE_KINDS.includes("criterion"); // => true
 * ```
 */
export const NODE_KINDS = ["domain", "principle", "theme", "section", "standard", "criterion", "indicator"] as const;

/**
 * One of {@link NODE_KINDS}.
 *
 * @example
 * ```ts
 * import type { NodeKind } from "treatment-quality";
 *
 * const kind: NodeKind = "criterion";
 * ```
 */
export type NodeKind = (typeof NODE_KINDS)[number];

/**
 * What an assessor examines to rate a criterion: documents (policies, protocols), patient records,
 * direct observation, interviews with staff or with clients, and routine data (registers,
 * indicators).
 *
 * @example
 * ```ts
 * import { EVIDENCE_TYPES } from "treatment-quality";
 *
 * EVIDENCE_TYPES[0]; // => "document-review"
 * ```
 */
export const EVIDENCE_TYPES = ["document-review", "record-review", "observation", "staff-interview", "client-interview", "data"] as const;

/**
 * One of {@link EVIDENCE_TYPES}.
 *
 * @example
 * ```ts
 * import type { EvidenceType } from "treatment-quality";
 *
 * const type: EvidenceType = "client-interview";
 * ```
 */
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/**
 * How a node relates to the node of another framework it is linked to, read as "this node is
 * <relation> the other one": `equivalent` (same requirement), `narrower` (covers part of it),
 * `broader` (covers it and more), `related` (touches it without covering it).
 *
 * @example
 * ```ts
 * import { LINK_RELATIONS } from "treatment-quality";
 *
 * LINK_RELATIONS; // => ["equivalent", "narrower", "broader", "related"]
 * ```
 */
export const LINK_RELATIONS = ["equivalent", "narrower", "broader", "related"] as const;

/**
 * One of {@link LINK_RELATIONS}.
 *
 * @example
 * ```ts
 * import type { LinkRelation } from "treatment-quality";
 *
 * const relation: LinkRelation = "narrower";
 * ```
 */
export type LinkRelation = (typeof LINK_RELATIONS)[number];

/** The languages a framework's texts may carry (internal; the i18n module's locales). */
export const TEXT_LOCALES = ["en", "ru", "uz", "kk"] as const satisfies readonly Locale[];

/**
 * The form of a framework version: letters, digits and `. _ + -`, 1 to 64 characters, starting with
 * a letter or digit (`2020`, `1.1.0`, `2020-04`). No spaces, and none of `@ # = |`, which the
 * spreadsheet form of links uses.
 *
 * @example
 * ```ts
 * import { FRAMEWORK_VERSION_PATTERN } from "treatment-quality";
 *
 * new RegExp(FRAMEWORK_VERSION_PATTERN).test("1.1.0"); // => true
 * new RegExp(FRAMEWORK_VERSION_PATTERN).test("v 2"); // => false
 * ```
 */
export const FRAMEWORK_VERSION_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$";

/** Schema of a piece of text that is not blank. */
function text(description: string): z.ZodString {
  return z.string().regex(/\S/).describe(description);
}

/** Schema of a framework version. */
export function frameworkVersion(description: string): z.ZodString {
  return z.string().regex(new RegExp(FRAMEWORK_VERSION_PATTERN)).describe(`${description} Letters, digits and . _ + -, 1 to 64 characters (e.g. "2020", "1.1.0").`);
}

/**
 * Schema of a text in several languages: English is required, Russian, Uzbek and Kazakh optional.
 *
 * @example
 * ```ts
 * import { LocalizedTextSchema } from "treatment-quality";
 *
 * LocalizedTextSchema.parse({ en: "Informed consent", ru: "Информированное согласие" }).ru; // => "Информированное согласие"
 * LocalizedTextSchema.safeParse({ ru: "Только русский" }).success; // => false
 * ```
 */
export const LocalizedTextSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      en: text("English, always present."),
      ru: text("Russian.").optional(),
      uz: text("Uzbek (Latin script).").optional(),
      kk: text("Kazakh.").optional(),
    })
    .meta({ title: "LocalizedText", description: "A text in English and, optionally, Russian, Uzbek and Kazakh.", examples: [{ en: "Informed consent", ru: "Информированное согласие" }] }))();

/**
 * A text in several languages, as {@link LocalizedTextSchema} checks it.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from "treatment-quality";
 *
 * const title: LocalizedText = { en: "Confidentiality", ru: "Конфиденциальность" };
 * ```
 */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * Schema of a citation of the document a node (or framework) comes from. `section` names the
 * chapter or section; `verified: false` says the section could not be checked against the
 * document itself (the node then cites the chapter, or the document as a whole).
 *
 * @example
 * ```ts
 * import { SourceCitationSchema } from "treatment-quality";
 *
 * SourceCitationSchema.parse({ document: "International Standards for the Treatment of Drug Use Disorders", edition: "2020 revised edition", section: "Chapter 2", verified: false }).verified; // => false
 * ```
 */
export const SourceCitationSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      document: text("The document's title."),
      edition: text("The edition or version, e.g. '2020 revised edition'."),
      section: text("The chapter or section cited, if known.").optional(),
      verified: z.boolean().describe("Whether the section was checked against the document itself."),
      note: text("Anything a reader should know about the citation.").optional(),
    })
    .meta({
      title: "SourceCitation",
      description: "Where a node or framework comes from: document, edition, section and whether the section was checked.",
      examples: [{ document: "International Standards for the Treatment of Drug Use Disorders", edition: "2020 revised edition", section: "Chapter 2", verified: false }],
    }))();

/**
 * A citation, as {@link SourceCitationSchema} checks it.
 *
 * @example
 * ```ts
 * import type { SourceCitation } from "treatment-quality";
 *
 * const source: SourceCitation = { document: "National standard", edition: "2020", verified: true };
 * ```
 */
export type SourceCitation = z.infer<typeof SourceCitationSchema>;

/**
 * Schema of which services a node applies to. Each list restricts one dimension (treatment
 * modalities, settings, populations with special needs); a missing list does not restrict, and at
 * least one list must be given (leave the applicability out to apply to every service). A node also
 * inherits the restrictions of its ancestors.
 *
 * @example
 * ```ts
 * import { ApplicabilitySchema } from "treatment-quality";
 *
 * ApplicabilitySchema.parse({ modalities: ["outpatient"] }).modalities; // => ["outpatient"]
 * ApplicabilitySchema.safeParse({ modalities: ["methadone"] }).success; // => false
 * ```
 */
export const ApplicabilitySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      modalities: codeListOf(MODALITY, "The treatment modalities the node applies to.", 1).optional(),
      settings: codeListOf(SETTING, "The settings the node applies to.", 1).optional(),
      populations: codeListOf(POPULATION, "The populations with special needs the node applies to.", 1).optional(),
    })
    .check((context) => {
      if (Object.keys(context.value).length === 0) {
        context.issues.push(customIssue("missing", [], context.value, "An applicability must restrict at least one of modalities, settings or populations; leave it out to apply to all services."));
      }
    })
    .meta({
      minProperties: 1,
      title: "Applicability",
      description: "Which services a node applies to: modalities, settings, populations. A missing list does not restrict.",
      examples: [{ modalities: ["outpatient"] }, { populations: ["pregnant-women"] }],
    }))();

/**
 * Which services a node applies to, as {@link ApplicabilitySchema} checks it.
 *
 * @example
 * ```ts
 * import type { Applicability } from "treatment-quality";
 *
 * const onlyOutpatient: Applicability = { modalities: ["outpatient"] };
 * ```
 */
export type Applicability = z.infer<typeof ApplicabilitySchema>;

/**
 * Schema of a link from a node to a node of another framework: the framework's id, optionally its
 * version, the node's id and the {@link LinkRelation}.
 *
 * @example
 * ```ts
 * import { DerivedFromLinkSchema } from "treatment-quality";
 *
 * DerivedFromLinkSchema.parse({ frameworkId: "unodc-who-is-2020", nodeId: "P2.1.1", relation: "equivalent" }).relation; // => "equivalent"
 * ```
 */
export const DerivedFromLinkSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      frameworkId: identifier("The framework the linked node belongs to."),
      version: frameworkVersion("The version of that framework; absent means any version.").optional(),
      nodeId: identifier("The linked node."),
      relation: z.enum(LINK_RELATIONS).describe("This node is <relation> the linked one: equivalent, narrower, broader or related."),
    })
    .meta({
      title: "DerivedFromLink",
      description: "A link from a node to a node of another framework, with its relation.",
      examples: [{ frameworkId: "unodc-who-is-2020", version: "2020", nodeId: "P2.1.1", relation: "equivalent" }],
    }))();

/**
 * A link to a node of another framework, as {@link DerivedFromLinkSchema} checks it.
 *
 * @example
 * ```ts
 * import type { DerivedFromLink } from "treatment-quality";
 *
 * const link: DerivedFromLink = { frameworkId: "unodc-who-is-2020", nodeId: "P1", relation: "related" };
 * ```
 */
export type DerivedFromLink = z.infer<typeof DerivedFromLinkSchema>;

/**
 * Schema of one node of a framework, authored flat: `parentId` names its parent (absent for a root).
 * Siblings keep the order in which they appear in the list. Structural rules (unique ids, existing
 * parents, no cycles) are checked by `defineFramework`, not here.
 *
 * @example
 * ```ts
 * import { FrameworkNodeSchema } from "treatment-quality";
 *
 * const node = FrameworkNodeSchema.parse({
 *   id: "P2.1.1",
 *   parentId: "P2.1",
 *   code: "2.1.1",
 *   kind: "criterion",
 *   title: { en: "Written informed consent is obtained before treatment starts" },
 *   evidence: ["record-review", "client-interview"],
 *   source: { document: "International Standards for the Treatment of Drug Use Disorders", edition: "2020 revised edition", section: "Chapter 2", verified: false },
 *   illustrative: true,
 * });
 * node.kind; // => "criterion"
 * ```
 */
export const FrameworkNodeSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: identifier("The node's id, unique in its framework and stable across versions."),
      parentId: identifier("The parent node's id; absent for a root.").optional(),
      code: z
        .string()
        .regex(/^\S(?:.*\S)?$/)
        .max(64)
        .describe("The code shown to people, e.g. '2.1.3': no leading or trailing spaces, at most 64 characters."),
      kind: z.enum(NODE_KINDS).describe("What the node is: principle, standard, criterion, ..."),
      title: LocalizedTextSchema.describe("The node's title."),
      guidance: LocalizedTextSchema.optional().describe("What an assessor looks for, in plain words."),
      weight: z.number().positive().optional().describe("The node's weight among its siblings; absent means 1."),
      critical: z.boolean().optional().describe("Whether failing this node alone can block accreditation."),
      applicability: ApplicabilitySchema.optional().describe("Which services the node applies to; absent means all."),
      evidence: uniqueList(z.enum(EVIDENCE_TYPES), 1).optional().describe("The kinds of evidence an assessor looks for; at least one when given."),
      source: SourceCitationSchema.describe("Where the node comes from."),
      illustrative: z.boolean().optional().describe("True when the node's content is the catalog author's own elaboration, not the source's."),
      derivedFrom: z.array(DerivedFromLinkSchema).min(1).optional().describe("Nodes of other frameworks this node derives from or corresponds to; at least one when given."),
    })
    .meta({
      title: "FrameworkNode",
      description: "One node of a quality framework, authored flat with parentId. Structural rules (unique ids, parents exist, no cycles) are checked by defineFramework.",
      examples: [
        {
          id: "P2.1.1",
          parentId: "P2.1",
          code: "2.1.1",
          kind: "criterion",
          title: { en: "Written informed consent is obtained before treatment starts", ru: "До начала лечения получено письменное информированное согласие" },
          guidance: { en: "Check that each sampled record holds a signed consent dated on or before the first treatment day." },
          weight: 2,
          critical: true,
          evidence: ["record-review", "client-interview"],
          source: { document: "International Standards for the Treatment of Drug Use Disorders", edition: "2020 revised edition", section: "Chapter 2", verified: false },
          illustrative: true,
        },
      ],
    }))();

/**
 * One node of a framework, as {@link FrameworkNodeSchema} checks it.
 *
 * @example
 * ```ts
 * import type { FrameworkNode } from "treatment-quality";
 *
 * const root: FrameworkNode = {
 *   id: "P1",
 *   code: "1",
 *   kind: "principle",
 *   title: { en: "Availability and accessibility" },
 *   source: { document: "My standard", edition: "1", verified: true },
 * };
 * ```
 */
export type FrameworkNode = z.infer<typeof FrameworkNodeSchema>;

/**
 * Schema of one entry of an adapted framework's change log: a base node removed (directly, or
 * `via` the removal of an ancestor), a node added, a base node's fields modified, or a node
 * translated into a locale.
 *
 * @example
 * ```ts
 * import { FrameworkChangeSchema } from "treatment-quality";
 *
 * FrameworkChangeSchema.parse({ action: "modified", nodeId: "P2.1.1", fields: ["weight", "critical"] }).fields; // => ["weight", "critical"]
 * ```
 */
export const FrameworkChangeSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      action: z.enum(["removed", "added", "modified", "translated"]).describe("What happened to the node."),
      nodeId: identifier("The node concerned."),
      via: identifier("For a node removed with its ancestor: the ancestor named in `remove`.").optional(),
      fields: z.array(z.string().min(1)).optional().describe("For `modified` and `translated`: the fields that changed."),
      locale: z.enum(TEXT_LOCALES).optional().describe("For `translated`: the locale."),
    })
    .meta({ title: "FrameworkChange", description: "One entry of an adapted framework's change log.", examples: [{ action: "removed", nodeId: "P3.2.1", via: "P3.2" }] }))();

/**
 * One entry of a change log, as {@link FrameworkChangeSchema} checks it.
 *
 * @example
 * ```ts
 * import type { FrameworkChange } from "treatment-quality";
 *
 * const change: FrameworkChange = { action: "added", nodeId: "NAT.1" };
 * ```
 */
export type FrameworkChange = z.infer<typeof FrameworkChangeSchema>;

/**
 * Schema of a whole framework: metadata and nodes. `status` says whether the structure is the
 * publisher's (`official`) or an example written for this library (`illustrative`); single nodes
 * carry their own `illustrative` flag. `adaptedFrom` records the base and the change log of a
 * framework made by `adaptFramework`. Structural rules are checked by `defineFramework`.
 *
 * @example
 * ```ts
 * import { FrameworkSchema } from "treatment-quality";
 *
 * FrameworkSchema.safeParse({ id: "x", version: "1", title: { en: "X" } }).success; // => false (publisher, year, ... missing)
 * ```
 */
export const FrameworkSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: identifier("The framework's id, the same for all its versions."),
      version: frameworkVersion("The version."),
      title: LocalizedTextSchema.describe("The framework's title."),
      description: LocalizedTextSchema.optional().describe("What the framework is for."),
      publisher: text("Who publishes the framework (or, for an illustrative one, who wrote it).").optional(),
      year: z.int().min(1900).max(2199).optional().describe("The year of this version."),
      source: SourceCitationSchema.describe("The document the framework is taken from."),
      status: z.enum(["official", "illustrative"]).describe("official: the structure is the publisher's; illustrative: written as an example."),
      license: text("The licence of the source document or of this text.").optional(),
      notice: text("What a reader must know, e.g. that the text is a paraphrase not endorsed by the publisher.").optional(),
      adaptedFrom: z
        .strictObject({
          frameworkId: identifier("The base framework."),
          version: frameworkVersion("The base framework's version."),
          changes: z.array(FrameworkChangeSchema).describe("What the adaptation changed, in order."),
        })
        .optional()
        .describe("For a framework made by adaptFramework: its base and change log."),
      nodes: z.array(FrameworkNodeSchema).min(1).describe("The nodes, flat, each naming its parent."),
    })
    .meta({
      title: "Framework",
      description: "A quality framework: metadata and a tree of nodes authored flat with parentId. Rules not expressed in JSON Schema: node ids are unique, every parentId names a node, there are no cycles, criteria and indicators are leaves.",
      examples: [
        {
          id: "example-standard",
          version: "1.0",
          title: { en: "Example standard", ru: "Пример стандарта" },
          publisher: "Example ministry",
          year: 2024,
          source: { document: "Example standard", edition: "1.0", verified: true },
          status: "illustrative",
          nodes: [
            { id: "P1", code: "1", kind: "principle", title: { en: "Ethics" }, source: { document: "Example standard", edition: "1.0", section: "1", verified: true } },
            {
              id: "P1.1",
              parentId: "P1",
              code: "1.1",
              kind: "criterion",
              title: { en: "Consent is recorded" },
              critical: true,
              evidence: ["record-review"],
              source: { document: "Example standard", edition: "1.0", section: "1.1", verified: true },
            },
          ],
        },
      ],
    }))();

/**
 * A framework, as {@link FrameworkSchema} checks it and `defineFramework` returns it.
 *
 * @example
 * ```ts
 * import type { Framework } from "treatment-quality";
 *
 * const framework: Framework = {
 *   id: "mini",
 *   version: "1",
 *   title: { en: "Mini standard" },
 *   publisher: "Example",
 *   year: 2024,
 *   source: { document: "Mini standard", edition: "1", verified: true },
 *   status: "illustrative",
 *   nodes: [{ id: "C1", code: "1", kind: "criterion", title: { en: "Consent is recorded" }, source: { document: "Mini standard", edition: "1", verified: true } }],
 * };
 * ```
 */
export type Framework = z.infer<typeof FrameworkSchema>;
