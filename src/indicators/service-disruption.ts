/** Disruption of services against a baseline, from service volumes and the facility register, with reporting completeness. */
import { describeValue } from "../_lib/describe-value.js";
import { issue, type Issue } from "../_lib/issue.js";
import { periodOption } from "../_lib/period-option.js";
import { addYears, dayNumberToIsoDate, isoDateToDayNumber, type IsoDate, type Period } from "../days/index.js";
import type { Facility, ServiceVolume } from "../services/index.js";
import { cellsOf, registerOf, reportedDays, type Cell, type ReportingCell, type Window } from "./volume-cells.js";
import { bandOfDrop, checkBounds, type DisruptionBand, type DisruptionBounds } from "./classify-disruption.js";
import { compareText } from "../_lib/compare-text.js";

/**
 * What results are broken down by, besides the unit counted (always): the facility's region, the
 * facility, or the service of a facility. No dimension gives one row per unit for the whole country.
 *
 * @example
 * ```ts
 * import type { DisruptionDimension } from "treatment-quality";
 *
 * const perRegion: DisruptionDimension[] = ["region"];
 * ```
 */
export type DisruptionDimension = "region" | "facility" | "service";

/**
 * The baseline a period is compared with: the same days of one or more reference years (their mean),
 * or a given baseline period (its daily rate, scaled to the period's days).
 *
 * @example
 * ```ts
 * import type { DisruptionBaseline } from "treatment-quality";
 *
 * const before: DisruptionBaseline = { years: [2018, 2019] };
 * const lastQuarter: DisruptionBaseline = { period: { start: "2019-10-01", end: "2019-12-31" } };
 * ```
 */
export type DisruptionBaseline = { readonly years: readonly number[] } | { readonly period: Period };

/**
 * Options of {@link computeServiceDisruption}.
 *
 * @example
 * ```ts
 * import type { ServiceDisruptionOptions } from "treatment-quality";
 *
 * const spring2020: ServiceDisruptionOptions = { period: { start: "2020-04-01", end: "2020-06-30" }, baseline: { years: [2019] }, by: ["region"] };
 * ```
 */
export interface ServiceDisruptionOptions {
  /** The period looked at, both ends included. */
  readonly period: Period;
  readonly baseline: DisruptionBaseline;
  /** Default `["region"]`; `[]` for the whole country. */
  readonly by?: readonly DisruptionDimension[];
  readonly bounds?: DisruptionBounds;
}


/**
 * One result row: the volume in the period against the baseline, for the services that reported
 * every day of the period and of the baseline (the comparable ones); the others are listed and the
 * row says it rests on incomplete reporting.
 *
 * @example
 * ```ts
 * import type { ServiceDisruptionRow } from "treatment-quality";
 *
 * const row: ServiceDisruptionRow = {
 *   region: "Tashkent", facilityId: null, serviceId: null, unit: "patients", volume: 95, baseline: 100, change: 0.05,
 *   band: "partially-disrupted", increase: false, services: 2, comparable: 1, incomplete: [{ facilityId: "F2", serviceId: "S2", unit: "patients" }],
 *   restsOnIncompleteReporting: true, issues: [],
 * };
 * ```
 */
export interface ServiceDisruptionRow {
  /** The breakdown: null where not broken down by it. */
  readonly region: string | null;
  readonly facilityId: string | null;
  readonly serviceId: string | null;
  readonly unit: string;
  /** The volume in the period, of the comparable services. */
  readonly volume: number;
  /** The volume the baseline expects over the period, of the same services. */
  readonly baseline: number;
  /** The relative drop, 1 - volume / baseline (negative for an increase); null when there is no baseline. */
  readonly change: number | null;
  readonly band: DisruptionBand | null;
  /** The volume rose; an increase is never a disruption. */
  readonly increase: boolean | null;
  /** Services of this row seen in any window, and those that reported every day of every window. */
  readonly services: number;
  readonly comparable: number;
  readonly incomplete: readonly ReportingCell[];
  readonly restsOnIncompleteReporting: boolean;
  /** Why change is null: a zero baseline, or no comparable service. */
  readonly issues: readonly Issue[];
}

/**
 * How much of a window a service reported: days covered by its reports over the window's days.
 *
 * @example
 * ```ts
 * import type { ReportingCompleteness } from "treatment-quality";
 *
 * const april: ReportingCompleteness = { facilityId: "F1", serviceId: "S1", unit: "patients", window: "period", start: "2020-04-01", end: "2020-06-30", reportedDays: 61, days: 91, share: 0.6703296703296703 };
 * ```
 */
export interface ReportingCompleteness extends ReportingCell {
  /** `"period"`, `"baseline"` (a given baseline period) or `"baseline 2019"` (a reference year). */
  readonly window: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly reportedDays: number;
  readonly days: number;
  readonly share: number;
}

/**
 * What {@link computeServiceDisruption} returns: the rows, the completeness of every service in every
 * window, and the issues of the input records (path: `volumes.<i>...` or `facilities.<i>...`).
 *
 * @example
 * ```ts
 * import type { ServiceDisruptionReport } from "treatment-quality";
 *
 * const severe = (report: ServiceDisruptionReport) => report.rows.filter((row) => row.band === "severely-disrupted");
 * ```
 */
export interface ServiceDisruptionReport {
  readonly rows: readonly ServiceDisruptionRow[];
  readonly completeness: readonly ReportingCompleteness[];
  readonly issues: readonly Issue[];
}

function windowsOf(options: ServiceDisruptionOptions): Window[] {
  const windows = baselineWindows(options);
  const [period, ...baselines] = windows;
  for (const baseline of baselines) {
    if (baseline.start <= period!.end && baseline.end >= period!.start) throw new Error(`The ${baseline.name} window (${dayNumberToIsoDate(baseline.start)} to ${dayNumberToIsoDate(baseline.end)}) overlaps the period; a baseline must not share days with it.`);
  }
  return windows;
}

function baselineWindows(options: ServiceDisruptionOptions): Window[] {
  const period = periodOption("period", options.period);
  const baseline = options.baseline as { years?: readonly number[]; period?: Period } | undefined;
  if (baseline?.period !== undefined && baseline.years === undefined) return [{ name: "period", ...period }, { name: "baseline", ...periodOption("baseline.period", baseline.period) }];
  const years = baseline?.years;
  if (!Array.isArray(years) || years.length === 0 || years.some((year) => !Number.isInteger(year)) || baseline?.period !== undefined) {
    throw new Error(`baseline must be { years: [whole years, at least one] } or { period: { start, end } }; got ${describeValue(options.baseline)}.`);
  }
  const periodYear = Number(options.period.start.slice(0, 4));
  return [
    { name: "period", ...period },
    ...years.map((year) => {
      const shift = year - periodYear;
      // The same days of the reference year (29 February becomes 28 February).
      return { name: `baseline ${year}`, start: isoDateToDayNumber(addYears(options.period.start, shift)), end: isoDateToDayNumber(addYears(options.period.end, shift)) };
    }),
  ];
}

/**
 * Disruption of services in a period against a baseline, from service volumes (`ServiceVolume`
 * records) and the facility register (`Facility` records, for the region), per region, facility or
 * service and per unit counted. The relative drop is computed from the integer counts and banded
 * exactly (95 of 100 is a drop of exactly 5%, partially disrupted), with the WHO bounds or others;
 * an increase is not a disruption and is flagged. Missing reports are not zero volume: each service
 * (facility, service, unit) is checked for reports covering every day of the period and of the
 * baseline; only the services complete in every window are compared, the others are listed in their
 * row, which then says it rests on incomplete reporting, and the completeness of every service in
 * every window is returned. A zero baseline gives an issue, not a number. A volume that straddles a
 * window's boundary, repeats reported days, names an unknown facility or is invalid is reported and
 * left out; the rest is computed.
 *
 * @param volumes - `ServiceVolume` records
 * @param facilities - `Facility` records (the register)
 * @param options - see {@link ServiceDisruptionOptions}
 * @returns the rows, sorted by their breakdown, the completeness and the input issues
 *
 * @example
 * ```ts
 * import { computeServiceDisruption } from "treatment-quality";
 *
 * const facilities = [{ id: "F1", name: "Clinic 1 (fictional)", region: "North", ownership: "public" as const, modalities: ["outpatient" as const] }];
 * const volumes = [
 *   { facilityId: "F1", serviceId: "F1-OAT", period: { start: "2019-04-01", end: "2019-04-30" }, unit: "contacts" as const, count: 100 },
 *   { facilityId: "F1", serviceId: "F1-OAT", period: { start: "2020-04-01", end: "2020-04-30" }, unit: "contacts" as const, count: 95 },
 * ];
 * const { rows } = computeServiceDisruption(volumes, facilities, { period: { start: "2020-04-01", end: "2020-04-30" }, baseline: { years: [2019] } });
 * rows.map((row) => [row.region, row.change, row.band]); // => [["North", 0.05, "partially-disrupted"]]
 * ```
 */
export function computeServiceDisruption(volumes: readonly ServiceVolume[], facilities: readonly Facility[], options: ServiceDisruptionOptions): ServiceDisruptionReport {
  const bounds = checkBounds(options.bounds);
  const windows = windowsOf(options);
  const by = options.by ?? ["region"];
  const wrong = Array.isArray(by) ? by.find((dimension) => !["region", "facility", "service"].includes(dimension)) : by;
  if (!Array.isArray(by) || wrong !== undefined) throw new Error(`by must list "region", "facility" or "service" (the unit is always a breakdown); got ${Array.isArray(by) ? JSON.stringify(wrong) : describeValue(by)}.`);
  const issues: Issue[] = [];
  // Sorted, so that the order of the input never shows in the output.
  const cells = [...cellsOf(volumes, registerOf(facilities, issues), windows, issues)].sort(([a], [b]) => compareText(a, b)).map(([, cell]) => cell);

  const completeness: ReportingCompleteness[] = cells.flatMap((cell) =>
    windows.map((window, at) => {
      const days = window.end - window.start + 1;
      const reported = reportedDays(cell.reported[at]!);
      return { facilityId: cell.facilityId, serviceId: cell.serviceId, unit: cell.unit, window: window.name, start: dayNumberToIsoDate(window.start), end: dayNumberToIsoDate(window.end), reportedDays: reported, days, share: reported / days };
    }),
  );
  const complete = (cell: Cell) => windows.every((window, at) => reportedDays(cell.reported[at]!) === window.end - window.start + 1);

  const groups = new Map<string, Cell[]>();
  const keyOf = (cell: Cell) => ({
    region: by.includes("region") || by.includes("facility") || by.includes("service") ? cell.region : null,
    facilityId: by.includes("facility") || by.includes("service") ? cell.facilityId : null,
    serviceId: by.includes("service") ? cell.serviceId : null,
    unit: cell.unit,
  });
  for (const cell of cells) {
    const key = JSON.stringify(Object.values(keyOf(cell)));
    groups.set(key, [...(groups.get(key) ?? []), cell]);
  }
  const periodDays = BigInt(windows[0]!.end - windows[0]!.start + 1);
  const baselineDays = BigInt(windows.slice(1).reduce((sum, window) => sum + window.end - window.start + 1, 0));
  const rows = [...groups.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([, members]): ServiceDisruptionRow => {
      const comparable = members.filter(complete);
      const incomplete = members.filter((cell) => !complete(cell)).map(({ facilityId, serviceId, unit }) => ({ facilityId, serviceId, unit }));
      const current = comparable.reduce((sum, cell) => sum + cell.counts[0]!, 0);
      const reference = comparable.reduce((sum, cell) => sum + cell.counts.slice(1).reduce((total, count) => total + count, 0), 0);
      // Daily rates: volume / periodDays against reference / baselineDays, as exact integers.
      const base = BigInt(reference) * periodDays;
      const drop = base - BigInt(current) * baselineDays;
      const row = { ...keyOf(members[0]!), volume: current, baseline: Number(base) / Number(baselineDays), services: members.length, comparable: comparable.length, incomplete, restsOnIncompleteReporting: incomplete.length > 0 };
      if (comparable.length === 0) return { ...row, change: null, band: null, increase: null, issues: [issue("missing", [], "No service of this row reported every day of the period and the baseline, so there is nothing to compare.")] };
      if (reference === 0) return { ...row, change: null, band: null, increase: null, issues: [issue("invalid_value", [], "The baseline volume is 0: a relative change is not defined.")] };
      return { ...row, change: Number(drop) / Number(base), band: bandOfDrop(drop, base, bounds), increase: drop < 0n, issues: [] };
    });
  return { rows, completeness, issues };
}
