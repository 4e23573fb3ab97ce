/** Indicator results as a DHIS2 data value set, through a mapping table the user provides. */
import { issue, type Issue } from "../_lib/issue.js";
import { dayNumberToIsoDate, isoDateToDayNumber, parseIsoDate } from "../days/index.js";
import type { IndicatorResult } from "../indicators/index.js";

/**
 * How an indicator result maps onto a DHIS2 instance: the data elements that receive the numerator
 * and (optionally) the denominator, the organisation unit of each value of one disaggregation (or
 * one unit for the whole result), the category option combo of each combination of the other
 * disaggregations, and optionally the attribute option combo and the period.
 *
 * @example
 * ```ts
 * import type { Dhis2Mapping } from "treatment-quality";
 *
 * const mapping: Dhis2Mapping = {
 *   dataElements: { numerator: "kVlD7cNmZ3a", denominator: "Qm2Xw8T6pLb" },
 *   orgUnit: { dimension: "region", units: { North: "O6uvpzGd5pu", South: "fdc6uOvgoji" } },
 *   categoryOptionCombos: { female: "Kk6yHt1nWqz", male: "Rm3oPq2sTuv" },
 * };
 * ```
 */
export interface Dhis2Mapping {
  readonly dataElements: { readonly numerator: string; readonly denominator?: string };
  /** One org unit UID for the whole result, or the disaggregation whose values are org units and their UIDs. */
  readonly orgUnit: string | { readonly dimension: string; readonly units: Readonly<Record<string, string>> };
  /** Category option combo UIDs by the values of the other disaggregations, joined with `|` in the result's order (absent: DHIS2's default combo). */
  readonly categoryOptionCombos?: Readonly<Record<string, string>>;
  readonly attributeOptionCombo?: string;
  /** The DHIS2 period id (default: from the result's period, when it is a day, a calendar month, quarter or year). */
  readonly period?: string;
}

/**
 * One DHIS2 data value, as the `dataValueSets` API takes it (the value a string).
 *
 * @example
 * ```ts
 * import type { Dhis2DataValue } from "treatment-quality";
 *
 * const value: Dhis2DataValue = { dataElement: "kVlD7cNmZ3a", period: "2020", orgUnit: "O6uvpzGd5pu", value: "42" };
 * ```
 */
export interface Dhis2DataValue {
  readonly dataElement: string;
  readonly period: string;
  readonly orgUnit: string;
  readonly categoryOptionCombo?: string;
  readonly attributeOptionCombo?: string;
  readonly value: string;
}

/**
 * The data value set, ready to POST to `/api/dataValueSets`, and the cells that could not be mapped.
 *
 * @example
 * ```ts
 * import type { Dhis2Export } from "treatment-quality";
 *
 * const count = (exported: Dhis2Export) => exported.dataValueSet.dataValues.length;
 * ```
 */
export interface Dhis2Export {
  readonly dataValueSet: { readonly dataValues: readonly Dhis2DataValue[] };
  readonly issues: readonly Issue[];
}

/** The DHIS2 period id of an inclusive period that is one day, calendar month, quarter or year. */
function dhis2Period(period: IndicatorResult["period"]): string | undefined {
  const start = parseIsoDate(period.start);
  const end = parseIsoDate(period.end);
  if (!start.ok || !end.ok) return undefined;
  const [year, month, day] = period.start.split("-").map(Number) as [number, number, number];
  if (start.value === end.value) return period.start.replaceAll("-", "");
  if (day !== 1) return undefined;
  const lastDayOfMonths = (months: number) => dayNumberToIsoDate(isoDateToDayNumber(`${year + Math.floor((month - 1 + months) / 12)}-${String(((month - 1 + months) % 12) + 1).padStart(2, "0")}-01`) - 1);
  if (period.end === lastDayOfMonths(1)) return `${year}${String(month).padStart(2, "0")}`;
  if ((month - 1) % 3 === 0 && period.end === lastDayOfMonths(3)) return `${year}Q${(month - 1) / 3 + 1}`;
  if (month === 1 && period.end === lastDayOfMonths(12)) return String(year);
  return undefined;
}

/**
 * An indicator result as a DHIS2 data value set (the JSON of the `dataValueSets` API): for each cell,
 * the numerator (and the denominator, if the mapping names a data element for it) in the cell's org
 * unit and category option combo; cells the mapping puts in the same place (two facilities of one
 * org unit, say) are added up, since DHIS2 keeps one value per place. DHIS2 stores counts, not shares, so the counts travel and DHIS2's
 * own indicator (numerator over denominator) gives the proportion. A cell whose org unit or combo
 * the mapping does not name is reported in `issues` (path `cells.<i>`) and left out, never guessed;
 * a period DHIS2 cannot name without help (not a day, calendar month, quarter or year) needs
 * `mapping.period` and is an issue otherwise. Apply small-cell suppression first if the instance
 * publishes the values.
 *
 * @param result - an indicator result (after the last merge)
 * @param mapping - see {@link Dhis2Mapping}
 * @returns the data value set and the issues
 *
 * @example
 * ```ts
 * import { toDhis2DataValueSet } from "treatment-quality";
 *
 * const result = { indicatorId: "oat-pdc-80", period: { start: "2020-04-01", end: "2020-06-30" }, dimensions: ["region"], cells: [{ key: { region: "North" }, numerator: 42, denominator: 60 }] };
 * const { dataValueSet } = toDhis2DataValueSet(result, { dataElements: { numerator: "kVlD7cNmZ3a" }, orgUnit: { dimension: "region", units: { North: "O6uvpzGd5pu" } } });
 * dataValueSet.dataValues; // => [{ dataElement: "kVlD7cNmZ3a", period: "2020Q2", orgUnit: "O6uvpzGd5pu", value: "42" }]
 * ```
 */
export function toDhis2DataValueSet(result: IndicatorResult, mapping: Dhis2Mapping): Dhis2Export {
  const issues: Issue[] = [];
  const orgDimension = typeof mapping.orgUnit === "string" ? undefined : mapping.orgUnit.dimension;
  if (orgDimension !== undefined && !result.dimensions.includes(orgDimension)) throw new Error(`mapping.orgUnit.dimension: the result is not disaggregated by ${orgDimension}; it has ${result.dimensions.join(", ") || "no disaggregation"}.`);
  const others = result.dimensions.filter((dimension) => dimension !== orgDimension);
  if (others.length > 0 && mapping.categoryOptionCombos === undefined) throw new Error(`mapping.categoryOptionCombos is needed for the disaggregations ${others.join(", ")} (or roll the result up first).`);
  const period = mapping.period ?? dhis2Period(result.period);
  if (period === undefined) return { dataValueSet: { dataValues: [] }, issues: [issue("invalid_value", ["period"], `DHIS2 names days, calendar months, quarters and years; ${result.period.start} to ${result.period.end} is none of them. Give mapping.period.`)] };
  // Cells mapped to the same data element, period, org unit and combos add up: DHIS2 would keep only the last value.
  const byTarget = new Map<string, { value: Omit<Dhis2DataValue, "value">; count: number }>();
  const add = (value: Omit<Dhis2DataValue, "value">, count: number) => {
    const target = JSON.stringify([value.dataElement, value.period, value.orgUnit, value.categoryOptionCombo ?? "", value.attributeOptionCombo ?? ""]);
    const before = byTarget.get(target);
    if (before === undefined) byTarget.set(target, { value, count });
    else before.count += count;
  };
  result.cells.forEach((cell, index) => {
    const orgUnit = typeof mapping.orgUnit === "string" ? mapping.orgUnit : mapping.orgUnit.units[cell.key[orgDimension!] ?? ""];
    if (orgUnit === undefined) {
      issues.push(issue("unknown_reference", ["cells", index, "key", orgDimension!], `No org unit is mapped for ${orgDimension} "${cell.key[orgDimension!]}"; the cell is left out.`));
      return;
    }
    const comboKey = others.map((dimension) => cell.key[dimension] ?? "").join("|");
    const combo = others.length === 0 ? undefined : mapping.categoryOptionCombos![comboKey];
    if (others.length > 0 && combo === undefined) {
      issues.push(issue("unknown_reference", ["cells", index, "key"], `No category option combo is mapped for "${comboKey}" (${others.join(" | ")}); the cell is left out.`));
      return;
    }
    const common = { period, orgUnit, ...(combo === undefined ? {} : { categoryOptionCombo: combo }), ...(mapping.attributeOptionCombo === undefined ? {} : { attributeOptionCombo: mapping.attributeOptionCombo }) };
    add({ dataElement: mapping.dataElements.numerator, ...common }, cell.numerator);
    if (mapping.dataElements.denominator !== undefined) add({ dataElement: mapping.dataElements.denominator, ...common }, cell.denominator);
  });
  return { dataValueSet: { dataValues: [...byTarget.values()].map(({ value, count }) => ({ ...value, value: String(count) })) }, issues };
}
