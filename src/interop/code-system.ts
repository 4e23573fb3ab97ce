/** Vocabularies as FHIR CodeSystem and ValueSet resources, with their labels in every locale we have. */
import type { Vocabulary } from "../codes/index.js";
import { getLabelInfo, type Locale } from "../i18n/index.js";
import { canonicalBaseOf, EXTERNAL_SYSTEMS, fhirIdOf, publishedHeader, versionOf, type FhirExportOptions } from "./fhir-canonical.js";
import type { FhirCodeSystem, FhirCodeSystemConcept, FhirValueSet } from "./fhir-types.js";

const OTHER_LOCALES: readonly Locale[] = ["ru", "uz", "kk"];

/**
 * The canonical URL of a vocabulary's code system: the official URL for the classifications we hold
 * a part of (ICD-10, ICD-11 MMS, ATC), ours otherwise.
 *
 * @param vocabulary - a vocabulary
 * @param options - see {@link FhirExportOptions}
 * @returns the URL codings of this vocabulary carry as `system`
 *
 * @example
 * ```ts
 * import { ATC, MODALITY, fhirCodeSystemUrl } from "treatment-quality";
 *
 * fhirCodeSystemUrl(ATC); // => "http://www.whocc.no/atc"
 * fhirCodeSystemUrl(MODALITY); // => "https://www.npmjs.com/package/treatment-quality/fhir/CodeSystem/modality"
 * ```
 */
export function fhirCodeSystemUrl(vocabulary: Pick<Vocabulary, "system">, options?: FhirExportOptions): string {
  return EXTERNAL_SYSTEMS[vocabulary.system] ?? `${canonicalBaseOf(options)}/CodeSystem/${fhirIdOf(vocabulary.system)}`;
}

/**
 * A vocabulary as a FHIR R4 `CodeSystem`: one concept per code in the documented order, with the
 * English name as `display`, designations in English and in each locale that has its own label
 * (Russian, Uzbek, Kazakh), and the properties `parent` (hierarchical vocabularies), `unverified` (true where the code
 * could not be checked against its source) and `note`. The classifications we hold only a part of
 * (ICD-10 F10-F19, ICD-11 6C40-6C4H, ATC) belong to WHO: for them we publish a `supplement` under our
 * own URL (`supplements` names the official one), which is how R4 adds designations and properties
 * to another publisher's code system; codings keep the official URL ({@link fhirCodeSystemUrl}). The
 * other vocabularies are ours and `complete`.
 *
 * @param vocabulary - a vocabulary (`MODALITY`, `TDI_ROUTE`, ..., or one of your own)
 * @param options - see {@link FhirExportOptions}
 * @returns the CodeSystem
 *
 * @example
 * ```ts
 * import { MODALITY, toFhirCodeSystem } from "treatment-quality";
 *
 * const system = toFhirCodeSystem(MODALITY);
 * system.concept?.find((concept) => concept.code === "outpatient")?.designation?.[1]; // => { language: "ru", value: "Амбулаторное лечение" }
 * ```
 */
export function toFhirCodeSystem(vocabulary: Vocabulary, options?: FhirExportOptions): FhirCodeSystem {
  const external = EXTERNAL_SYSTEMS[vocabulary.system] !== undefined;
  const hierarchical = vocabulary.entries.some((entry) => entry.parent !== undefined);
  const concept = vocabulary.entries.map((entry): FhirCodeSystemConcept => {
    const designation = [
      { language: "en", value: entry.name },
      ...OTHER_LOCALES.flatMap((locale) => {
        const label = getLabelInfo(vocabulary.system, entry.code, locale);
        return label.found && label.locale === locale ? [{ language: locale, value: label.text }] : [];
      }),
    ];
    const property = [
      ...(entry.parent === undefined ? [] : [{ code: "parent", valueCode: entry.parent }]),
      ...(entry.verified === false ? [{ code: "unverified", valueBoolean: true }] : []),
      ...(entry.note === undefined ? [] : [{ code: "note", valueString: entry.note }]),
    ];
    return { code: entry.code, display: entry.name, designation, ...(property.length > 0 ? { property } : {}) };
  });
  return {
    resourceType: "CodeSystem",
    ...publishedHeader("CodeSystem", vocabulary.system, vocabulary.title, options),
    ...(external ? {} : { url: fhirCodeSystemUrl(vocabulary, options) }),
    description: external ? `Labels in other languages and notes for the codes of ${vocabulary.title} that treatment-quality uses: a supplement to ${EXTERNAL_SYSTEMS[vocabulary.system]}, not the classification itself. Source: ${vocabulary.source}` : `${vocabulary.title}. Source: ${vocabulary.source}`,
    caseSensitive: true,
    ...(hierarchical ? { hierarchyMeaning: "is-a" as const } : {}),
    content: external ? "supplement" : "complete",
    ...(external ? { supplements: EXTERNAL_SYSTEMS[vocabulary.system]! } : {}),
    count: concept.length,
    property: [
      ...(hierarchical ? [{ code: "parent", uri: "http://hl7.org/fhir/concept-properties#parent", description: "The parent concept.", type: "code" as const }] : []),
      { code: "unverified", description: "True where the code or its meaning could not be checked against the source named by the code system; absent where it was checked.", type: "boolean" },
      { code: "note", description: "What a developer should know about the code: scope, an uncertainty, a mapping caveat.", type: "string" },
    ],
    concept,
  };
}

/**
 * The value set of every code of a vocabulary, as a FHIR R4 `ValueSet` over its code system (the
 * codes listed for WHO's classifications, of which we hold a part, so the value set is exactly ours).
 *
 * @param vocabulary - a vocabulary
 * @param options - see {@link FhirExportOptions}
 * @returns the ValueSet
 *
 * @example
 * ```ts
 * import { MODALITY, toFhirValueSet } from "treatment-quality";
 *
 * toFhirValueSet(MODALITY).compose?.include[0]?.system; // => "https://www.npmjs.com/package/treatment-quality/fhir/CodeSystem/modality"
 * ```
 */
export function toFhirValueSet(vocabulary: Vocabulary, options?: FhirExportOptions): FhirValueSet {
  const system = fhirCodeSystemUrl(vocabulary, options);
  const external = EXTERNAL_SYSTEMS[vocabulary.system] !== undefined;
  return {
    resourceType: "ValueSet",
    ...publishedHeader("ValueSet", vocabulary.system, vocabulary.title, options),
    description: `Every code of ${vocabulary.title}.`,
    compose: { include: [external ? { system, concept: vocabulary.entries.map((entry) => ({ code: entry.code, display: entry.name })) } : { system, version: versionOf(options) }] },
  };
}
