/**
 * Labels for every code of every vocabulary in English, Russian, Uzbek (Latin) and Kazakh, with a
 * fallback to English. Labels are data: each locale is its own catalog export, and each label set
 * says whether it was checked against its source.
 *
 * @module i18n
 */
export type { Locale, LabelSet, LabelCatalog } from "./catalog.js";
export { type LabelInfo, type LabelLookup, type CreateLabelLookupOptions, createLabelLookup } from "./label-lookup.js";
export { RU_LABELS } from "./ru.js";
export { UZ_LABELS } from "./uz.js";
export { KK_LABELS } from "./kk.js";
export { getLabel, getLabelInfo } from "./get-label.js";
