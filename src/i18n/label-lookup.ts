/** Label lookup with a fallback chain that ends in the English name of the vocabulary. */
import { findVocabulary } from "../codes/index.js";
import type { LabelCatalog, Locale } from "./catalog.js";

/**
 * A label and where it came from.
 *
 * @example
 * ```ts
 * import { getLabelInfo, type LabelInfo } from "treatment-quality";
 *
 * const info: LabelInfo = getLabelInfo("dispensingMode", "take-home", "ru");
 * ```
 */
export interface LabelInfo {
  /** The label, or the code itself when neither the system nor the code is known. */
  readonly text: string;
  /** The locale the label is in: the one asked for, or one further down the fallback chain. */
  readonly locale: Locale;
  /** Whether the label was checked against its source (English names are the sources' own). */
  readonly verified: boolean;
  /** `false` when the system or the code is unknown and `text` is the code itself. */
  readonly found: boolean;
}

/**
 * Labels from a chosen set of catalogs.
 *
 * @example
 * ```ts
 * import { createLabelLookup, RU_LABELS, type LabelLookup } from "treatment-quality";
 *
 * const lookup: LabelLookup = createLabelLookup([RU_LABELS]);
 * lookup.getLabel("modality", "outpatient", "ru"); // => "Амбулаторное лечение"
 * ```
 */
export interface LabelLookup {
  /** The label of `code` in `locale`, falling back along the chain; the code itself if unknown. */
  getLabel(system: string, code: string, locale: Locale): string;
  /** The label with the locale it came from and whether it was checked. */
  getLabelInfo(system: string, code: string, locale: Locale): LabelInfo;
}

/**
 * Options of {@link createLabelLookup}.
 *
 * @example
 * ```ts
 * import type { CreateLabelLookupOptions } from "treatment-quality";
 *
 * // In Kazakhstan and Uzbekistan, Russian is a better fallback than English.
 * const options: CreateLabelLookupOptions = { fallback: ["ru"] };
 * ```
 */
export interface CreateLabelLookupOptions {
  /**
   * Locales tried, in order, after the requested one and before English. Default `[]`: straight
   * to English.
   */
  readonly fallback?: readonly Exclude<Locale, "en">[];
}

/**
 * A label lookup over the catalogs you pass: import only the catalogs you need and the others
 * stay out of your bundle. The chain is: the requested locale, then `options.fallback`, then the
 * English name from the vocabulary, then the code itself. It never throws.
 *
 * @param catalogs - the label catalogs to use (at most one per locale; a later one wins)
 * @param options - the fallback chain
 * @example
 * ```ts
 * import { createLabelLookup, KK_LABELS, RU_LABELS } from "treatment-quality";
 *
 * const labels = createLabelLookup([RU_LABELS, KK_LABELS], { fallback: ["ru"] });
 * labels.getLabel("dispensingMode", "supervised", "ru"); // => "Под наблюдением персонала"
 * labels.getLabelInfo("teds.reason", "1", "kk").locale; // => "ru"
 * labels.getLabel("modality", "nope", "ru"); // => "nope"
 * ```
 */
export function createLabelLookup(catalogs: readonly LabelCatalog[], options: CreateLabelLookupOptions = {}): LabelLookup {
  const byLocale = new Map(catalogs.map((catalog) => [catalog.locale, catalog]));
  const fallback = options.fallback ?? [];

  function getLabelInfo(system: string, code: string, locale: Locale): LabelInfo {
    const chain = locale === "en" ? [] : [locale, ...fallback.filter((each) => each !== locale)];
    for (const each of chain) {
      const systems = byLocale.get(each)?.systems;
      const set = systems !== undefined && Object.hasOwn(systems, system) ? systems[system] : undefined;
      const text = set !== undefined && Object.hasOwn(set.labels, code) ? set.labels[code] : undefined;
      if (set !== undefined && typeof text === "string") {
        return { text, locale: each, verified: set.verified && !(set.unverifiedCodes ?? []).includes(code), found: true };
      }
    }
    const entry = findVocabulary(system)?.entries.find((each) => each.code === code);
    return entry ? { text: entry.name, locale: "en", verified: entry.verified !== false, found: true } : { text: String(code), locale: "en", verified: false, found: false };
  }

  return {
    getLabelInfo,
    getLabel: (system, code, locale) => getLabelInfo(system, code, locale).text,
  };
}
