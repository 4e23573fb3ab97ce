/**
 * Quality standards as data: the framework model (a tree of principles, standards and criteria
 * authored as a flat list), built-in catalogs (the UNODC-WHO International Standards 2020, the 2008
 * Principles, the EU minimum quality standards, an illustrative national standard), validation,
 * national adaptation with provenance and a change log, coverage against the base, version diffs,
 * and JSON and spreadsheet (CSV) import and export.
 *
 * Catalog text is treatment-quality's own paraphrase of the cited documents, not their text, and is
 * not endorsed by WHO, UNODC or the Council of the EU; every node cites its source and says whether
 * it is our elaboration (`illustrative`).
 *
 * @module standards
 */
export {
  NODE_KINDS,
  type NodeKind,
  FRAMEWORK_VERSION_PATTERN,
  EVIDENCE_TYPES,
  type EvidenceType,
  LINK_RELATIONS,
  type LinkRelation,
  LocalizedTextSchema,
  type LocalizedText,
  SourceCitationSchema,
  type SourceCitation,
  ApplicabilitySchema,
  type Applicability,
  DerivedFromLinkSchema,
  type DerivedFromLink,
  FrameworkNodeSchema,
  type FrameworkNode,
  FrameworkChangeSchema,
  type FrameworkChange,
  FrameworkSchema,
  type Framework,
} from "./framework.js";
export { defineFramework, type DefineFrameworkOptions } from "./define-framework.js";
export { frameworkTree, type FrameworkTree } from "./framework-tree.js";
export { applicableCriteria, appliesTo, profileOfService, type ApplicabilityProfile } from "./applicability.js";
export { adaptFramework, FrameworkAdaptationSchema, type FrameworkAdaptation, type AdaptFrameworkOptions } from "./adapt-framework.js";
export { frameworkCoverage, type FrameworkCoverage, type BaseLeafCoverage, type RootCoverage } from "./coverage.js";
export { diffFrameworks, type FrameworkDiff, type ChangedNode } from "./diff-frameworks.js";
export { frameworkToJson, parseFrameworkJson } from "./framework-json.js";
export {
  FRAMEWORK_CSV_COLUMNS,
  parseFrameworkCsv,
  parseFrameworkRows,
  frameworkToCsv,
  type FrameworkMetadata,
  type ParseFrameworkCsvOptions,
  type FrameworkToCsvOptions,
} from "./framework-csv.js";
export type { CsvDelimiter } from "../_lib/csv.js";
export { internationalStandards2020, unodcWhoPrinciples2008, euMinimumQualityStandards2015, illustrativeNationalStandard } from "./catalogs/index.js";
