/** Agreement between two assessors (or a self- and an external assessment) rating the same criteria. */
import type { Assessment } from "./assessment-record.js";
import { DEFAULT_RATING_SCALE, type RatingScale } from "./rating-scale.js";

/**
 * Options of {@link assessorAgreement}.
 *
 * @example
 * ```ts
 * import { COMPLIANCE_RATING_SCALE, type AssessorAgreementOptions } from "treatment-quality";
 *
 * const options: AssessorAgreementOptions = { scale: COMPLIANCE_RATING_SCALE };
 * ```
 */
export interface AssessorAgreementOptions {
  /** The scale both used (default {@link DEFAULT_RATING_SCALE}). */
  readonly scale?: RatingScale;
}

/**
 * Agreement statistics over the criteria both assessments rated.
 *
 * @example
 * ```ts
 * import type { AssessorAgreement } from "treatment-quality";
 *
 * const perfect: AssessorAgreement = { n: 2, agreements: 2, percentAgreement: 1, kappa: 1, kappaStandardError: 0, nOrdinal: 2, weightedKappa: 1, onlyInFirst: [], onlyInSecond: [], ignored: [] };
 * ```
 */
export interface AssessorAgreement {
  /** Criteria both rated with a level of the scale. */
  readonly n: number;
  /** Of those, how many got the same level. */
  readonly agreements: number;
  /** agreements / n, in [0, 1]; null when n is 0. */
  readonly percentAgreement: number | null;
  /** Cohen's kappa over the scale's levels, not-applicable included as a category; null when n is 0 or chance agreement is 1. */
  readonly kappa: number | null;
  /** Its large-sample standard error, sqrt(po (1 - po) / (n (1 - pe)^2)) (Cohen 1960); null with kappa. */
  readonly kappaStandardError: number | null;
  /** Criteria both rated at scored (ordinal) levels: those the weighted kappa uses. */
  readonly nOrdinal: number;
  /** Linearly weighted kappa over the ordinal levels, weights 1 - |rank difference| / (levels - 1); null when nOrdinal is 0 or chance agreement is 1. */
  readonly weightedKappa: number | null;
  /** Criteria only the first assessment rated, and only the second. */
  readonly onlyInFirst: readonly string[];
  readonly onlyInSecond: readonly string[];
  /** Ratings left out because their level is not on the scale, as "assessment id: criterion id". */
  readonly ignored: readonly string[];
}

/**
 * How far two assessments of the same facility agree, criterion by criterion: the share of equal
 * ratings, Cohen's kappa (chance-corrected) with its standard error, and the linearly weighted kappa
 * that gives partial credit to near misses on the ordinal levels.
 *
 * @param first - one assessment (for example the self-assessment)
 * @param second - the other (for example the external one)
 * @param options - see {@link AssessorAgreementOptions}
 * @returns the statistics
 *
 * @example
 * ```ts
 * import { assessorAgreement, type Assessment } from "treatment-quality";
 *
 * const base = { frameworkId: "f", frameworkVersion: "1", facilityId: "F1", assessors: [{ id: "X", role: "lead" as const }], visitDate: "2024-03-04", status: "final" as const };
 * const levels = (codes: string[]) => codes.map((level, index) => ({ criterionId: `C${index}`, level }));
 * const self: Assessment = { ...base, id: "S", mode: "self", ratings: levels(["MET", "MET", "PARTIALLY_MET", "NOT_MET"]) };
 * const external: Assessment = { ...base, id: "E", mode: "external", ratings: levels(["MET", "PARTIALLY_MET", "PARTIALLY_MET", "NOT_MET"]) };
 * const agreement = assessorAgreement(self, external);
 * agreement.percentAgreement; // => 0.75
 * agreement.kappa?.toFixed(3); // => "0.636"
 * ```
 */
export function assessorAgreement(first: Assessment, second: Assessment, options: AssessorAgreementOptions = {}): AssessorAgreement {
  const scale = options.scale ?? DEFAULT_RATING_SCALE;
  const ranks = new Map(scale.levels.map((level, index) => [level.code, index]));
  const categories = [...scale.levels.map((level) => level.code), ...(scale.notApplicable === undefined ? [] : [scale.notApplicable.code])];
  const ignored: string[] = [];
  const levelsOf = (assessment: Assessment) => {
    const levels = new Map<string, string>();
    for (const rating of assessment.ratings) {
      if (categories.includes(rating.level)) levels.set(rating.criterionId, rating.level);
      else ignored.push(`${assessment.id}: ${rating.criterionId}`);
    }
    return levels;
  };
  const a = levelsOf(first);
  const b = levelsOf(second);
  const both = [...a.keys()].filter((id) => b.has(id));
  const pairs = both.map((id) => [a.get(id)!, b.get(id)!] as const);
  const n = pairs.length;
  const agreements = pairs.filter(([x, y]) => x === y).length;

  let kappa: number | null = null;
  let kappaStandardError: number | null = null;
  if (n > 0) {
    const observed = agreements / n;
    const expected = categories.reduce((sum, category) => sum + (pairs.filter(([x]) => x === category).length / n) * (pairs.filter(([, y]) => y === category).length / n), 0);
    if (1 - expected > 1e-12) {
      kappa = (observed - expected) / (1 - expected);
      kappaStandardError = Math.sqrt((observed * (1 - observed)) / (n * (1 - expected) ** 2));
    }
  }

  const ordinal = pairs.filter(([x, y]) => ranks.has(x) && ranks.has(y)).map(([x, y]) => [ranks.get(x)!, ranks.get(y)!] as const);
  const nOrdinal = ordinal.length;
  let weightedKappa: number | null = null;
  if (nOrdinal > 0) {
    const k = scale.levels.length;
    const weight = (i: number, j: number) => 1 - Math.abs(i - j) / (k - 1);
    const observed = ordinal.reduce((sum, [i, j]) => sum + weight(i, j), 0) / nOrdinal;
    const shareA = scale.levels.map((_, i) => ordinal.filter(([x]) => x === i).length / nOrdinal);
    const shareB = scale.levels.map((_, j) => ordinal.filter(([, y]) => y === j).length / nOrdinal);
    let expected = 0;
    for (let i = 0; i < k; i += 1) for (let j = 0; j < k; j += 1) expected += weight(i, j) * shareA[i]! * shareB[j]!;
    if (1 - expected > 1e-12) weightedKappa = (observed - expected) / (1 - expected);
  }

  return {
    n,
    agreements,
    percentAgreement: n === 0 ? null : agreements / n,
    kappa,
    kappaStandardError,
    nOrdinal,
    weightedKappa,
    onlyInFirst: [...a.keys()].filter((id) => !b.has(id)),
    onlyInSecond: [...b.keys()].filter((id) => !a.has(id)),
    ignored,
  };
}
