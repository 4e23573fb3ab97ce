/** The label lookup over every catalog the library ships. */
import type { Locale } from "./catalog.js";
import { KK_LABELS } from "./kk.js";
import { createLabelLookup, type LabelInfo } from "./label-lookup.js";
import { RU_LABELS } from "./ru.js";
import { UZ_LABELS } from "./uz.js";

const ALL_CATALOGS = /* @__PURE__ */ createLabelLookup([RU_LABELS, UZ_LABELS, KK_LABELS]);

/**
 * The label of a code in a locale, falling back to the English name; an unknown system or code
 * gives the code itself. Never throws. It loads every catalog; to bundle only the locales you
 * use, build your own lookup with {@link createLabelLookup}.
 *
 * @param system - a vocabulary system id, as in {@link listVocabularies}
 * @param code - a code of that vocabulary
 * @param locale - `"en"`, `"ru"`, `"uz"` or `"kk"`
 * @returns the label
 * @example
 * ```ts
 * import { getLabel } from "treatment-quality";
 *
 * getLabel("modality", "outpatient", "ru"); // => "Амбулаторное лечение"
 * getLabel("modality", "outpatient", "en"); // => "Outpatient treatment"
 * getLabel("teds.reason", "1", "kk"); // => "Treatment completed"
 * getLabel("modality", "no-such-code", "ru"); // => "no-such-code"
 * ```
 */
export function getLabel(system: string, code: string, locale: Locale): string {
  return ALL_CATALOGS.getLabel(system, code, locale);
}

/**
 * Like {@link getLabel}, with the locale the label came from and whether it was checked against
 * its source, so a user interface can mark machine-unverified translations.
 *
 * @param system - a vocabulary system id
 * @param code - a code of that vocabulary
 * @param locale - the locale wanted
 * @example
 * ```ts
 * import { getLabelInfo } from "treatment-quality";
 *
 * getLabelInfo("icd10", "F11.2", "ru").verified; // => true
 * getLabelInfo("modality", "outpatient", "ru").verified; // => false
 * getLabelInfo("teds.reason", "1", "kk").locale; // => "en"
 * ```
 */
export function getLabelInfo(system: string, code: string, locale: Locale): LabelInfo {
  return ALL_CATALOGS.getLabelInfo(system, code, locale);
}
