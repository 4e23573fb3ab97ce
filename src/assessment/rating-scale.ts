/** Rating scales as data: ordered levels with values in [0, 1], and at most one not-applicable level. */
import * as z from "zod";
import { deepFreeze } from "../_lib/deep-freeze.js";
import { issue, type Issue } from "../_lib/issue.js";
import { fail, ok, type Result } from "../_lib/result.js";
import { parseWithSchema } from "../_lib/zod-issues.js";
import { LocalizedTextSchema } from "../standards/index.js";

/**
 * Schema of a rating scale. `levels` lists the scored levels from best to worst, each with a code, a
 * value in [0, 1] and a label; the best is worth 1 and values fall strictly down the list.
 * `notApplicable` is the optional level an assessor uses for a criterion that does not apply.
 *
 * @example
 * ```ts
 * import { RatingScaleSchema } from "treatment-quality";
 *
 * RatingScaleSchema.safeParse({ id: "yes-no", title: { en: "Yes/no" }, levels: [{ code: "YES", value: 1, label: { en: "Yes" } }, { code: "NO", value: 0, label: { en: "No" } }] }).success; // => true
 * ```
 */
export const RatingScaleSchema = /* @__PURE__ */ (() => {
  const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/).describe("The level's code, as assessors' ratings give it.");
  return z
    .strictObject({
      id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/).describe("The scale's id."),
      title: LocalizedTextSchema.describe("The scale's name."),
      levels: z
        .array(
          z.strictObject({
            code,
            value: z.number().min(0).max(1).describe("What the level is worth, in [0, 1]."),
            label: LocalizedTextSchema.describe("The level's label."),
          }),
        )
        .min(2)
        .describe("The scored levels, best first; the best is worth 1 and values fall strictly."),
      notApplicable: z.strictObject({ code, label: LocalizedTextSchema }).optional().describe("The level for a criterion that does not apply, if the scale has one."),
      note: z.string().regex(/\S/).optional().describe("Where the values come from."),
    })
    .meta({
      title: "RatingScale",
      description: "A rating scale: scored levels best first (the best worth 1, values strictly falling, all in [0, 1]) and an optional not-applicable level. Rules not in JSON Schema: codes are unique, the first value is 1, values fall strictly.",
      examples: [
        {
          id: "met-partial-not-met",
          title: { en: "Met / partially met / not met" },
          levels: [
            { code: "MET", value: 1, label: { en: "Met" } },
            { code: "PARTIALLY_MET", value: 0.5, label: { en: "Partially met" } },
            { code: "NOT_MET", value: 0, label: { en: "Not met" } },
          ],
          notApplicable: { code: "NOT_APPLICABLE", label: { en: "Not applicable" } },
        },
      ],
    });
})();

/**
 * A rating scale, as {@link RatingScaleSchema} checks it and {@link defineRatingScale} returns it.
 *
 * @example
 * ```ts
 * import type { RatingScale } from "treatment-quality";
 *
 * const yesNo: RatingScale = { id: "yes-no", title: { en: "Yes/no" }, levels: [{ code: "YES", value: 1, label: { en: "Yes" } }, { code: "NO", value: 0, label: { en: "No" } }] };
 * ```
 */
export type RatingScale = z.infer<typeof RatingScaleSchema>;

/**
 * Check a custom rating scale: its shape, unique codes (the not-applicable code included), a best
 * level worth exactly 1, and values that fall strictly from best to worst.
 *
 * @param input - the scale as authored
 * @returns the scale (frozen), or every problem found
 *
 * @example
 * ```ts
 * import { defineRatingScale } from "treatment-quality";
 *
 * const result = defineRatingScale({
 *   id: "three",
 *   title: { en: "Three levels" },
 *   levels: [{ code: "A", value: 1, label: { en: "A" } }, { code: "B", value: 0.7, label: { en: "B" } }, { code: "C", value: 0.8, label: { en: "C" } }],
 * });
 * if (!result.ok) result.issues.map((each) => each.path.join(".")); // => ["levels.2.value"]
 * ```
 */
export function defineRatingScale(input: unknown): Result<RatingScale> {
  const parsed = parseWithSchema(RatingScaleSchema, input);
  if (!parsed.ok) return parsed;
  const scale = parsed.value;
  const issues: Issue[] = [];
  const seen = new Set<string>();
  scale.levels.forEach((level, index) => {
    if (seen.has(level.code)) issues.push(issue("duplicate", ["levels", index, "code"], `The level code "${level.code}" is used twice.`));
    seen.add(level.code);
    if (index === 0 && level.value !== 1) issues.push(issue("invalid_value", ["levels", 0, "value"], `The best level must be worth 1 (so a perfect assessment scores 1), got ${level.value}.`));
    const better = scale.levels[index - 1];
    if (better !== undefined && level.value >= better.value) {
      issues.push(issue("invalid_value", ["levels", index, "value"], `Levels are listed best first with strictly falling values: "${level.code}" (${level.value}) is not below "${better.code}" (${better.value}).`));
    }
  });
  if (scale.notApplicable !== undefined && seen.has(scale.notApplicable.code)) {
    issues.push(issue("duplicate", ["notApplicable", "code"], `The not-applicable code "${scale.notApplicable.code}" is also a scored level.`));
  }
  return issues.length > 0 ? fail(issues) : ok(deepFreeze(scale));
}

/**
 * The default scale: `MET` 1, `PARTIALLY_MET` 0.5, `NOT_MET` 0, and `NOT_APPLICABLE`. The
 * three-level judgement is the one commonly described for UNODC quality-assurance work; the values are
 * ours.
 *
 * @example
 * ```ts
 * import { DEFAULT_RATING_SCALE } from "treatment-quality";
 *
 * DEFAULT_RATING_SCALE.levels.map((level) => `${level.code}=${level.value}`); // => ["MET=1", "PARTIALLY_MET=0.5", "NOT_MET=0"]
 * ```
 */
export const DEFAULT_RATING_SCALE: RatingScale = /* @__PURE__ */ deepFreeze({
  id: "met-partially-not-met",
  title: { en: "Met / partially met / not met", ru: "Выполнено / частично выполнено / не выполнено" },
  levels: [
    { code: "MET", value: 1, label: { en: "Met", ru: "Выполнено" } },
    { code: "PARTIALLY_MET", value: 0.5, label: { en: "Partially met", ru: "Частично выполнено" } },
    { code: "NOT_MET", value: 0, label: { en: "Not met", ru: "Не выполнено" } },
  ],
  notApplicable: { code: "NOT_APPLICABLE", label: { en: "Not applicable", ru: "Неприменимо" } },
  note: "Values are treatment-quality's; no public source gives the UNODC-WHO quality-assurance tool's scoring.",
});

/**
 * A four-level compliance scale in the style of accreditation bodies: full compliance 1,
 * substantial 2/3, partial 1/3, non-compliance 0, with no not-applicable level. Accreditation
 * bodies number such levels 1 to 4 (lower is better); the values in [0, 1] are ours.
 *
 * @example
 * ```ts
 * import { COMPLIANCE_RATING_SCALE } from "treatment-quality";
 *
 * COMPLIANCE_RATING_SCALE.levels[1]?.value; // => 0.6666666666666666
 * ```
 */
export const COMPLIANCE_RATING_SCALE: RatingScale = /* @__PURE__ */ deepFreeze({
  id: "four-level-compliance",
  title: { en: "Four-level compliance", ru: "Четыре уровня соответствия" },
  levels: [
    { code: "FULL", value: 1, label: { en: "Full compliance", ru: "Полное соответствие" } },
    { code: "SUBSTANTIAL", value: 2 / 3, label: { en: "Substantial compliance", ru: "Существенное соответствие" } },
    { code: "PARTIAL", value: 1 / 3, label: { en: "Partial compliance", ru: "Частичное соответствие" } },
    { code: "NON_COMPLIANCE", value: 0, label: { en: "Non-compliance", ru: "Несоответствие" } },
  ],
  note: "Levels as accreditation bodies such as COA rate standards (1 full to 4 non-compliance); the values in [0, 1] are treatment-quality's.",
});

/**
 * A scale in the style of the WHO QualityRights tool kit (2012): achieved in full 1, achieved
 * partially 2/3, achievement initiated 1/3, not initiated 0, and not applicable. The tool kit rates
 * by committee consensus, not arithmetic; these values are ours.
 *
 * @example
 * ```ts
 * import { QUALITY_RIGHTS_RATING_SCALE } from "treatment-quality";
 *
 * QUALITY_RIGHTS_RATING_SCALE.notApplicable?.code; // => "NOT_APPLICABLE"
 * ```
 */
export const QUALITY_RIGHTS_RATING_SCALE: RatingScale = /* @__PURE__ */ deepFreeze({
  id: "quality-rights",
  title: { en: "QualityRights-style achievement", ru: "Уровни достижения в стиле QualityRights" },
  levels: [
    { code: "ACHIEVED_IN_FULL", value: 1, label: { en: "Achieved in full", ru: "Достигнуто полностью" } },
    { code: "ACHIEVED_PARTIALLY", value: 2 / 3, label: { en: "Achieved partially", ru: "Достигнуто частично" } },
    { code: "ACHIEVEMENT_INITIATED", value: 1 / 3, label: { en: "Achievement initiated", ru: "Работа начата" } },
    { code: "NOT_INITIATED", value: 0, label: { en: "Not initiated", ru: "Работа не начата" } },
  ],
  notApplicable: { code: "NOT_APPLICABLE", label: { en: "Not applicable", ru: "Неприменимо" } },
  note: "Level names as recalled from the WHO QualityRights tool kit (2012), not checked against it; the tool kit combines ratings by consensus, and these values are treatment-quality's.",
});
