/** Indicator results as partial aggregates: integer counts that merge exactly, in any order, from facility to country. */
import { describeValue } from "../_lib/describe-value.js";
import type { Period } from "../days/index.js";
import { kaplanMeier, wilsonInterval, type Proportion, type SurvivalCurve } from "../continuity/index.js";
import { compareText } from "../_lib/compare-text.js";

/**
 * The counts of one cell of an indicator result: a combination of disaggregation values (`key`, e.g.
 * `{ region: "North", sex: "female" }`), the numerator and denominator, and, for time-to-event
 * indicators, the events and censorings at each time (what a Kaplan-Meier curve is computed from).
 *
 * @example
 * ```ts
 * import type { IndicatorCell } from "treatment-quality";
 *
 * const north: IndicatorCell = { key: { region: "North" }, numerator: 57, denominator: 100, survival: { "30": { events: 4, censored: 1 } } };
 * const pdc: IndicatorCell = { key: { region: "North" }, numerator: 61, denominator: 80, sum: 66.4, sumCompensation: 0 };
 * ```
 */
export interface IndicatorCell {
  readonly key: Readonly<Record<string, string>>;
  readonly numerator: number;
  readonly denominator: number;
  /** The sum of the subjects' values (the PDC, say), for a mean; `sum + sumCompensation` is the total, to far better than 1e-12 relative whatever the merge order. */
  readonly sum?: number;
  /** The rounding error of `sum`, kept so that merges stay exact to well within 1e-12 relative. */
  readonly sumCompensation?: number;
  /** Events and censorings by time (days, as a decimal string key), for time-to-event indicators. */
  readonly survival?: Readonly<Record<string, { readonly events: number; readonly censored: number }>>;
}

/**
 * An indicator's result for a period: cells of whole-number counts, one per combination of the
 * disaggregations, sorted by key. Results of disjoint data (two facilities, two partitions of a
 * registry) merge exactly with {@link mergeIndicatorResults}; proportions and curves are computed
 * from the counts only at the end ({@link indicatorProportions}, {@link indicatorSurvival}).
 *
 * @example
 * ```ts
 * import type { IndicatorResult } from "treatment-quality";
 *
 * const facility: IndicatorResult = { indicatorId: "oat-retention-6m", period: { start: "2020-01-01", end: "2020-12-31" }, dimensions: ["region"], cells: [{ key: { region: "North" }, numerator: 57, denominator: 100 }] };
 * ```
 */
export interface IndicatorResult {
  readonly indicatorId: string;
  readonly period: Period;
  readonly dimensions: readonly string[];
  readonly cells: readonly IndicatorCell[];
}

const keyText = (key: Readonly<Record<string, string>>, dimensions: readonly string[]) => JSON.stringify(dimensions.map((dimension) => key[dimension] ?? ""));

function checkCounts(cell: IndicatorCell, where: string): void {
  for (const [name, value] of [
    ["numerator", cell.numerator],
    ["denominator", cell.denominator],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${where}.${name} must be a whole number of at least 0; got ${describeValue(value)}.`);
  }
  for (const name of ["sum", "sumCompensation"] as const) {
    if (cell[name] !== undefined && !Number.isFinite(cell[name])) throw new Error(`${where}.${name} must be a finite number; got ${describeValue(cell[name])}.`);
  }
  if (cell.numerator > cell.denominator) throw new Error(`${where}: the numerator (${cell.numerator}) is larger than the denominator (${cell.denominator}).`);
}

function addSurvival(into: Map<string, { events: number; censored: number }>, survival: IndicatorCell["survival"]): void {
  for (const [time, counts] of Object.entries(survival ?? {})) {
    const before = into.get(time) ?? { events: 0, censored: 0 };
    into.set(time, { events: before.events + counts.events, censored: before.censored + counts.censored });
  }
}

/** A sum as the pair (rounded value, its error), added without loss (Knuth's TwoSum, then renormalised). */
interface CompensatedSum {
  value: number;
  compensation: number;
}

function addCompensated(into: CompensatedSum, value: number, compensation: number): void {
  const sum = into.value + value;
  const virtual = sum - value;
  const error = into.value - virtual + (value - (sum - virtual));
  const low = into.compensation + compensation + error;
  into.value = sum + low;
  into.compensation = low - (into.value - sum);
}

/** The cells added up by key, in key order: the one way results are combined, so every grouping gives the same cells. */
function sumCells(cells: Iterable<IndicatorCell>, dimensions: readonly string[]): IndicatorCell[] {
  const sums = new Map<string, { key: Record<string, string>; numerator: number; denominator: number; sum?: CompensatedSum; survival?: Map<string, { events: number; censored: number }> }>();
  for (const cell of cells) {
    const text = keyText(cell.key, dimensions);
    let sum = sums.get(text);
    if (sum === undefined) sums.set(text, (sum = { key: Object.fromEntries(dimensions.map((dimension) => [dimension, cell.key[dimension] ?? ""])), numerator: 0, denominator: 0 }));
    sum.numerator += cell.numerator;
    sum.denominator += cell.denominator;
    if (cell.sum !== undefined || cell.sumCompensation !== undefined) addCompensated((sum.sum ??= { value: 0, compensation: 0 }), cell.sum ?? 0, cell.sumCompensation ?? 0);
    if (cell.survival !== undefined) addSurvival((sum.survival ??= new Map()), cell.survival);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([, { key, numerator, denominator, sum, survival }]) => ({
      key,
      numerator,
      denominator,
      ...(sum === undefined ? {} : { sum: sum.value, sumCompensation: sum.compensation }),
      ...(survival === undefined ? {} : { survival: Object.fromEntries([...survival.entries()].sort(([a], [b]) => Number(a) - Number(b))) }),
    }));
}

/**
 * Merge two results of the same indicator, period and disaggregations, computed on disjoint data
 * (two facilities, two regions, two partitions of a registry): the counts of each cell are added.
 * Exact for any order and grouping: merging is associative and commutative, and merging the results
 * of the parts equals the result of the whole. Results of different indicators, periods or
 * disaggregations cannot be merged (that throws, naming the difference).
 *
 * @param a - a result
 * @param b - another result of the same indicator
 * @returns the merged result, cells sorted by key
 *
 * @example
 * ```ts
 * import { mergeIndicatorResults } from "treatment-quality";
 *
 * const period = { start: "2020-01-01", end: "2020-12-31" };
 * const one = { indicatorId: "pdc-80", period, dimensions: ["region"], cells: [{ key: { region: "North" }, numerator: 30, denominator: 40 }] };
 * const two = { indicatorId: "pdc-80", period, dimensions: ["region"], cells: [{ key: { region: "North" }, numerator: 12, denominator: 20 }, { key: { region: "South" }, numerator: 5, denominator: 9 }] };
 * mergeIndicatorResults(one, two).cells.map((cell) => `${cell.key["region"]}: ${cell.numerator}/${cell.denominator}`);
 * // => ["North: 42/60", "South: 5/9"]
 * ```
 */
export function mergeIndicatorResults(a: IndicatorResult, b: IndicatorResult): IndicatorResult {
  for (const [name, left, right] of [
    ["indicatorId", a.indicatorId, b.indicatorId],
    ["period", JSON.stringify(a.period), JSON.stringify(b.period)],
    ["dimensions", JSON.stringify(a.dimensions), JSON.stringify(b.dimensions)],
  ] as const) {
    if (left !== right) throw new Error(`Only results of the same indicator, period and disaggregations merge; the ${name} differs (${left} and ${right}).`);
  }
  [a, b].forEach((result, which) => result.cells.forEach((cell, index) => checkCounts(cell, `${which === 0 ? "a" : "b"}.cells[${index}]`)));
  return { indicatorId: a.indicatorId, period: a.period, dimensions: [...a.dimensions], cells: sumCells([...a.cells, ...b.cells], a.dimensions) };
}

/**
 * A result with fewer disaggregations: the cells that differ only in the dropped ones are added up
 * (facility and region to region alone, say).
 *
 * @param result - a result
 * @param dimensions - the disaggregations to keep, a subset of the result's
 * @returns the coarser result
 *
 * @example
 * ```ts
 * import { rollUpIndicatorResult } from "treatment-quality";
 *
 * const period = { start: "2020-01-01", end: "2020-12-31" };
 * const byFacility = { indicatorId: "pdc-80", period, dimensions: ["region", "facility"], cells: [
 *   { key: { region: "North", facility: "N1" }, numerator: 30, denominator: 40 },
 *   { key: { region: "North", facility: "N2" }, numerator: 12, denominator: 20 },
 * ] };
 * rollUpIndicatorResult(byFacility, ["region"]).cells; // => [{ key: { region: "North" }, numerator: 42, denominator: 60 }]
 * ```
 */
export function rollUpIndicatorResult(result: IndicatorResult, dimensions: readonly string[]): IndicatorResult {
  const unknown = dimensions.filter((dimension) => !result.dimensions.includes(dimension));
  if (unknown.length > 0) throw new Error(`The result is not disaggregated by ${unknown.join(", ")}; it has ${result.dimensions.join(", ") || "no disaggregation"}.`);
  return { ...result, dimensions: [...dimensions], cells: sumCells(result.cells, dimensions) };
}

/**
 * One cell of a result as a proportion with its Wilson interval.
 *
 * @example
 * ```ts
 * import type { IndicatorProportion } from "treatment-quality";
 *
 * const north: IndicatorProportion = { key: { region: "North" }, numerator: 42, denominator: 60, value: 0.7, lower: 0.575, upper: 0.801 };
 * ```
 */
export interface IndicatorProportion extends Proportion {
  readonly key: Readonly<Record<string, string>>;
  /** The mean of the subjects' values (sum over denominator) where the cell keeps a sum; null for an empty denominator. */
  readonly mean?: number | null;
}

/**
 * The proportions of a result, each with numerator, denominator and a Wilson interval, computed from
 * the counts (after the last merge), and the mean value where the cells keep a sum (the mean PDC).
 *
 * @param result - a result
 * @param confidenceLevel - default 0.95
 * @returns one proportion per cell
 *
 * @example
 * ```ts
 * import { indicatorProportions } from "treatment-quality";
 *
 * const result = { indicatorId: "pdc-80", period: { start: "2020-01-01", end: "2020-12-31" }, dimensions: [], cells: [{ key: {}, numerator: 42, denominator: 60 }] };
 * indicatorProportions(result)[0]?.value; // => 0.7
 * ```
 */
export function indicatorProportions(result: IndicatorResult, confidenceLevel = 0.95): IndicatorProportion[] {
  return result.cells.map((cell) => ({
    key: cell.key,
    ...wilsonInterval(cell.numerator, cell.denominator, confidenceLevel),
    ...(cell.sum === undefined ? {} : { mean: cell.denominator === 0 ? null : (cell.sum + (cell.sumCompensation ?? 0)) / cell.denominator }),
  }));
}

/**
 * The Kaplan-Meier curve of each cell of a time-to-event result, from its merged events and
 * censorings: the same curve as {@link kaplanMeier} on all the underlying observations.
 *
 * @param result - a result whose cells carry `survival` counts
 * @returns one curve per cell, `group` being the cell's key as JSON
 *
 * @example
 * ```ts
 * import { indicatorSurvival } from "treatment-quality";
 *
 * const result = { indicatorId: "oat-retention", period: { start: "2020-01-01", end: "2020-12-31" }, dimensions: [], cells: [
 *   { key: {}, numerator: 0, denominator: 0, survival: { "30": { events: 1, censored: 0 }, "90": { events: 1, censored: 2 } } },
 * ] };
 * indicatorSurvival(result)[0]?.curve.map((row) => row.survival); // => [0.75, 0.5]
 * ```
 */
export function indicatorSurvival(result: IndicatorResult): SurvivalCurve[] {
  return result.cells.map((cell) => {
    const observations = Object.entries(cell.survival ?? {}).flatMap(([time, { events, censored }]) => [
      ...Array.from({ length: events }, () => ({ time: Number(time), event: true })),
      ...Array.from({ length: censored }, () => ({ time: Number(time), event: false })),
    ]);
    return { ...kaplanMeier(observations)[0]!, group: JSON.stringify(cell.key) };
  });
}

/**
 * Options of {@link indicatorCountTable}.
 *
 * @example
 * ```ts
 * import type { IndicatorCountTableOptions } from "treatment-quality";
 *
 * const regionBySex: IndicatorCountTableOptions = { rows: "region", columns: "sex", count: "numerator" };
 * ```
 */
export interface IndicatorCountTableOptions {
  /** The disaggregation whose values are the rows. */
  readonly rows: string;
  /** The disaggregation whose values are the columns. */
  readonly columns: string;
  /** Which count fills the table (default `"numerator"`). */
  readonly count?: "numerator" | "denominator";
}

/**
 * A two-way table of one count of a result (after the last merge), ready for
 * {@link suppressSmallCells}: rows and columns are the values of two of its disaggregations, in sorted
 * order, and combinations with no subject are 0. Other disaggregations are added up.
 *
 * @param result - a result disaggregated by at least the two dimensions
 * @param options - see {@link IndicatorCountTableOptions}
 * @returns the table of counts
 *
 * @example
 * ```ts
 * import { indicatorCountTable, suppressSmallCells } from "treatment-quality";
 *
 * const result = { indicatorId: "oat-retention-6m", period: { start: "2020-01-01", end: "2020-12-31" }, dimensions: ["region", "sex"], cells: [
 *   { key: { region: "North", sex: "female" }, numerator: 3, denominator: 5 },
 *   { key: { region: "North", sex: "male" }, numerator: 40, denominator: 61 },
 *   { key: { region: "South", sex: "male" }, numerator: 25, denominator: 30 },
 * ] };
 * const table = indicatorCountTable(result, { rows: "region", columns: "sex" });
 * table.cells; // => [[3, 40], [0, 25]]
 * suppressSmallCells(table).cells; // => [[null, null], [0, 25]] (the female column total, 3, is hidden too)
 * ```
 */
export function indicatorCountTable(result: IndicatorResult, options: IndicatorCountTableOptions): { readonly rows: string[]; readonly columns: string[]; readonly cells: number[][] } {
  const { rows: rowDimension, columns: columnDimension } = options;
  if (rowDimension === columnDimension) throw new Error(`rows and columns must be two different disaggregations; got ${rowDimension} twice.`);
  const byBoth = rollUpIndicatorResult(result, [rowDimension, columnDimension]);
  const count = options.count ?? "numerator";
  const rows = [...new Set(byBoth.cells.map((cell) => cell.key[rowDimension]!))].sort();
  const columns = [...new Set(byBoth.cells.map((cell) => cell.key[columnDimension]!))].sort();
  const cells = rows.map(() => columns.map(() => 0));
  for (const cell of byBoth.cells) cells[rows.indexOf(cell.key[rowDimension]!)]![columns.indexOf(cell.key[columnDimension]!)] = cell[count];
  return { rows, columns, cells };
}
