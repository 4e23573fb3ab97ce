/**
 * The ICD labels of a locale composed from small per-locale tables (internal): every catalog
 * builds its 110 ICD-10 and 323 ICD-11 labels the same way, from category titles, state titles
 * and course phrases.
 */
import { ICD10_CLINICAL_STATES, ICD10_SUBSTANCE_CATEGORIES, ICD11 } from "../codes/index.js";

/**
 * ICD-10 labels: each category's title, and "title: state" for its ten fourth characters.
 * Categories without a title are left out (they fall back along the lookup's chain).
 */
export function composeIcd10Labels(categoryTitles: Readonly<Record<string, string>>, stateTitles: readonly string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const category of ICD10_SUBSTANCE_CATEGORIES) {
    const title = categoryTitles[category.code];
    if (title === undefined) continue;
    labels[category.code] = title;
    ICD10_CLINICAL_STATES.forEach((state, index) => {
      const stateTitle = stateTitles[index];
      if (stateTitle !== undefined) labels[`${category.code}.${state.character}`] = `${title}: ${stateTitle}`;
    });
  }
  return labels;
}

/**
 * Add the ICD-11 fifth-character codes (courses such as "current use") to `labels`: the parent's
 * label, a comma, and the course phrase, found by the English words after the parent's English name.
 */
export function addIcd11CourseLabels(labels: Record<string, string>, coursePhrases: Readonly<Record<string, string>>): Record<string, string> {
  const englishNames = new Map(ICD11.entries.map((entry) => [entry.code, entry.name]));
  for (const entry of ICD11.entries) {
    if (entry.parent === undefined || labels[entry.code] !== undefined) continue;
    const parentName = englishNames.get(entry.parent) ?? "";
    const course = coursePhrases[entry.name.slice(parentName.length + 2)];
    const parentLabel = labels[entry.parent];
    if (course !== undefined && parentLabel !== undefined) labels[entry.code] = `${parentLabel}, ${course}`;
  }
  return labels;
}
