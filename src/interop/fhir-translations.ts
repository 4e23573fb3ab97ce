/** Texts in several languages as FHIR's translation extension on a string element (`_text`, `_title`). */
import type { LocalizedText } from "../standards/index.js";
import { TRANSLATION_EXTENSION } from "./fhir-canonical.js";
import type { FhirElement } from "./fhir-types.js";

const LANGUAGES = ["ru", "uz", "kk"] as const;

/** The element carrying the non-English texts, or nothing when there are none. */
export function translationsOf(text: LocalizedText | undefined): FhirElement | undefined {
  const extension = LANGUAGES.flatMap((language) => {
    const value = text?.[language];
    return value === undefined ? [] : [{ url: TRANSLATION_EXTENSION, extension: [{ url: "lang", valueCode: language }, { url: "content", valueString: value }] }];
  });
  return extension.length > 0 ? { extension } : undefined;
}

/** The English text and its translations read back. */
export function localizedFrom(english: string, element: FhirElement | undefined): LocalizedText {
  const text: Record<string, string> = { en: english };
  for (const each of element?.extension ?? []) {
    if (each.url !== TRANSLATION_EXTENSION) continue;
    const language = each.extension?.find((part) => part.url === "lang")?.valueCode;
    const content = each.extension?.find((part) => part.url === "content")?.valueString;
    if (language !== undefined && (LANGUAGES as readonly string[]).includes(language) && content !== undefined) text[language] = content;
  }
  return text as LocalizedText;
}
