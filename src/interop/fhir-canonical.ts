/** Canonical URLs of the FHIR resources the library publishes, and the URLs of its extensions. */
import { LIBRARY_VERSION } from "../_lib/library-version.js";

/**
 * The default base of the canonical URLs of our resources (`<base>/CodeSystem/modality`, ...): a
 * namespace under the package's npm page, which the project controls. It identifies, it does not
 * resolve to a FHIR server; publish under your own base with the `canonicalBase` option.
 *
 * @example
 * ```ts
 * import { FHIR_CANONICAL_BASE } from "treatment-quality";
 *
 * FHIR_CANONICAL_BASE; // => "https://www.npmjs.com/package/treatment-quality/fhir"
 * ```
 */
export const FHIR_CANONICAL_BASE = "https://www.npmjs.com/package/treatment-quality/fhir";

/**
 * Options every FHIR export takes.
 *
 * @example
 * ```ts
 * import type { FhirExportOptions } from "treatment-quality";
 *
 * const ministry: FhirExportOptions = { canonicalBase: "https://fhir.health.example/fhir", version: "2024.1" };
 * ```
 */
export interface FhirExportOptions {
  /** The base of canonical URLs (default {@link FHIR_CANONICAL_BASE}); no trailing slash needed. */
  readonly canonicalBase?: string;
  /** The business version of the resource (default: the library's version, or the framework's). */
  readonly version?: string;
}

/** The base with no trailing slash, checked to be an absolute URL (an impossible option throws). */
export function canonicalBaseOf(options: FhirExportOptions | undefined): string {
  const base = (options?.canonicalBase ?? FHIR_CANONICAL_BASE).replace(/\/+$/, "");
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(base)) throw new Error(`canonicalBase must be an absolute URL; got ${JSON.stringify(options?.canonicalBase)}.`);
  return base;
}

/** The version written into a resource. */
export function versionOf(options: FhirExportOptions | undefined, fallback: string = LIBRARY_VERSION): string {
  return options?.version ?? fallback;
}

/** A computable name: an id in PascalCase (`tdi.route` -> `TdiRoute`, `icd10-to-icd11` -> `Icd10ToIcd11`). */
export function computableName(id: string): string {
  const name = id.replace(/(^|[^A-Za-z0-9])([A-Za-z0-9])/g, (_, __, letter: string) => letter.toUpperCase()).replace(/[^A-Za-z0-9]/g, "");
  // R4 names start with a capital letter (rule cnl-0): a name beginning with a digit gets a prefix.
  return /^[A-Z]/.test(name) ? name.slice(0, 255) : `N${name}`.slice(0, 255);
}

/** The metadata every conformance resource we publish starts with: id, canonical URL, version, names, status. */
export function publishedHeader(kind: "CodeSystem" | "ValueSet" | "ConceptMap" | "Measure", id: string, title: string, options: FhirExportOptions | undefined) {
  return {
    id: fhirIdOf(id),
    url: `${canonicalBaseOf(options)}/${kind}/${fhirIdOf(id)}`,
    version: versionOf(options),
    name: computableName(id),
    title,
    status: "active" as const,
    experimental: false,
    publisher: "treatment-quality",
  };
}

/** A FHIR id from a system or framework id: letters, digits, `-` and `.`, at most 64 characters. */
export function fhirIdOf(text: string): string {
  return text.replace(/[^A-Za-z0-9.-]/g, "-").slice(0, 64);
}

/** The URL of one of our extensions. */
export const extensionUrl = (name: string) => `${FHIR_CANONICAL_BASE}/StructureDefinition/${name}`;

/** FHIR's own translation extension (R4 core extension). */
export const TRANSLATION_EXTENSION = "http://hl7.org/fhir/StructureDefinition/translation";

/** Canonical URLs of the external code systems our vocabularies take codes from (R4 and HL7 terminology). */
export const EXTERNAL_SYSTEMS: Readonly<Record<string, string>> = {
  icd10: "http://hl7.org/fhir/sid/icd-10",
  icd11: "http://id.who.int/icd/release/11/mms",
  atc: "http://www.whocc.no/atc",
};
