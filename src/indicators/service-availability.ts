/** Availability of services: the share of facilities offering a modality that were open, period by period. */
import { describeValue } from "../_lib/describe-value.js";
import { issue, type Issue } from "../_lib/issue.js";
import { periodOption } from "../_lib/period-option.js";
import { wilsonInterval, type Proportion } from "../continuity/index.js";
import { isoDateToDayNumber, type Period } from "../days/index.js";
import { validateRecord, type Facility, type Service, type ServiceVolume } from "../services/index.js";
import { cellsOf, registerOf, reportedDays, type Window } from "./volume-cells.js";
import { compareText } from "../_lib/compare-text.js";

/**
 * Options of {@link computeServiceAvailability}.
 *
 * @example
 * ```ts
 * import type { ServiceAvailabilityOptions } from "treatment-quality";
 *
 * const covid: ServiceAvailabilityOptions = {
 *   periods: { before: { start: "2020-01-01", end: "2020-03-15" }, during: { start: "2020-03-16", end: "2020-05-31" }, after: { start: "2020-06-01", end: "2020-08-31" } },
 *   by: ["region"],
 * };
 * ```
 */
export interface ServiceAvailabilityOptions {
  /** Named periods, reported in this order (before, during and after a disruption, say). */
  readonly periods: Readonly<Record<string, Period>>;
  /** `["region"]` (default) or `[]` for the whole country. */
  readonly by?: readonly "region"[];
}

/**
 * The availability of one modality in one period (and region): of the facilities offering it (a
 * service of that modality open in the register during the period), those whose reports show it
 * delivered something (the numerator) among those whose status is known (the denominator), with a
 * Wilson interval; facilities with no volume and incomplete reports are unknown and listed.
 *
 * @example
 * ```ts
 * import type { ServiceAvailabilityRow } from "treatment-quality";
 *
 * const row: ServiceAvailabilityRow = { period: "during", region: "North", modality: "outpatient", offering: 3, numerator: 1, denominator: 2, value: 0.5, lower: 0.095, upper: 0.905, unknown: ["N3"] };
 * ```
 */
export interface ServiceAvailabilityRow extends Proportion {
  readonly period: string;
  readonly region: string | null;
  readonly modality: string;
  /** Facilities with a service of this modality open in the register during the period. */
  readonly offering: number;
  /** Facilities offering it whose status is unknown: no volume delivered, and reports incomplete. */
  readonly unknown: readonly string[];
}

/**
 * What {@link computeServiceAvailability} returns: the rows and the issues of the input records.
 *
 * @example
 * ```ts
 * import type { ServiceAvailabilityReport } from "treatment-quality";
 *
 * const closedSomewhere = (report: ServiceAvailabilityReport) => report.rows.filter((row) => row.numerator < row.denominator);
 * ```
 */
export interface ServiceAvailabilityReport {
  readonly rows: readonly ServiceAvailabilityRow[];
  readonly issues: readonly Issue[];
}

type Status = "open" | "closed" | "unknown";

/**
 * Availability of services period by period, from the service register (`Service` records: facility,
 * modality, opened and closed dates), the facility register (regions) and service volumes. A facility
 * offers a modality in a period when one of its services of that modality is open in the register
 * during it. It was **open** when its volumes show something delivered in the period (any unit, any
 * count above 0), **closed** when every such service reported every day of the period and delivered
 * nothing, and **unknown** otherwise: missing reports are not a closure. The share open among the
 * facilities whose status is known comes with a Wilson interval, per period, modality and region (or
 * the country). Invalid records are reported and left out.
 *
 * @param services - `Service` records
 * @param facilities - `Facility` records
 * @param volumes - `ServiceVolume` records
 * @param options - see {@link ServiceAvailabilityOptions}
 * @returns the rows, in period order then by region and modality, and the input issues
 *
 * @example
 * ```ts
 * import { computeServiceAvailability } from "treatment-quality";
 *
 * const facilities = [1, 2].map((n) => ({ id: `F${n}`, name: `Clinic ${n} (fictional)`, region: "North", ownership: "public" as const, modalities: ["outpatient" as const] }));
 * const services = facilities.map((facility) => ({ id: `${facility.id}-OP`, facilityId: facility.id, modality: "outpatient" as const, openedOn: "2015-01-01", deliveryForms: ["in-person" as const] }));
 * const volumes = [
 *   { facilityId: "F1", serviceId: "F1-OP", period: { start: "2020-04-01", end: "2020-04-30" }, unit: "contacts" as const, count: 120 },
 *   { facilityId: "F2", serviceId: "F2-OP", period: { start: "2020-04-01", end: "2020-04-30" }, unit: "contacts" as const, count: 0 },
 * ];
 * const { rows } = computeServiceAvailability(services, facilities, volumes, { periods: { april: { start: "2020-04-01", end: "2020-04-30" } } });
 * rows.map((row) => `${row.region} ${row.modality}: ${row.numerator} of ${row.denominator} open`); // => ["North outpatient: 1 of 2 open"]
 * ```
 */
export function computeServiceAvailability(services: readonly Service[], facilities: readonly Facility[], volumes: readonly ServiceVolume[], options: ServiceAvailabilityOptions): ServiceAvailabilityReport {
  const periods = options?.periods;
  if (periods === null || typeof periods !== "object" || Object.keys(periods).length === 0) throw new Error(`periods must name at least one period; got ${describeValue(periods)}.`);
  const windows: Window[] = Object.entries(periods).map(([name, period]) => ({ name, ...periodOption(`periods.${name}`, period) }));
  const by = options.by ?? ["region"];
  if (!Array.isArray(by) || by.some((dimension) => dimension !== "region")) throw new Error(`by must be ["region"] or []; got ${describeValue(by)}.`);
  const issues: Issue[] = [];
  const register = registerOf(facilities, issues);
  const cells = [...cellsOf(volumes, register, windows, issues).values()];
  const registered: Service[] = [];
  services.forEach((raw, index) => {
    const checked = validateRecord("service", raw, ["services", index]);
    if (!checked.ok) return issues.push(...checked.issues);
    if (!register.has(checked.value.facilityId)) return issues.push(issue("unknown_reference", ["services", index, "facilityId"], `Service ${index}: facility "${checked.value.facilityId}" is not in the facility register.`));
    registered.push(checked.value);
  });

  const rows: ServiceAvailabilityRow[] = [];
  windows.forEach((window, at) => {
    // Each facility's status per modality: open beats unknown beats closed across its services.
    const statuses = new Map<string, { region: string | null; modality: string; facilityId: string; status: Status }>();
    for (const service of registered) {
      const opened = isoDateToDayNumber(service.openedOn);
      const closed = service.closedOn === undefined ? Infinity : isoDateToDayNumber(service.closedOn);
      if (opened > window.end || closed < window.start) continue;
      const own = cells.filter((cell) => cell.facilityId === service.facilityId && cell.serviceId === service.id);
      const delivered = own.some((cell) => cell.counts[at]! > 0);
      const complete = own.some((cell) => reportedDays(cell.reported[at]!) === window.end - window.start + 1);
      const status: Status = delivered ? "open" : complete ? "closed" : "unknown";
      const key = JSON.stringify([service.facilityId, service.modality]);
      const before = statuses.get(key);
      const rank = { closed: 0, unknown: 1, open: 2 } as const;
      if (before === undefined || rank[status] > rank[before.status]) {
        statuses.set(key, { region: by.length > 0 ? register.get(service.facilityId)!.region : null, modality: service.modality, facilityId: service.facilityId, status });
      }
    }
    const groups = new Map<string, { region: string | null; modality: string; members: Status[]; unknown: string[] }>();
    for (const entry of statuses.values()) {
      const key = JSON.stringify([entry.region, entry.modality]);
      let group = groups.get(key);
      if (group === undefined) groups.set(key, (group = { region: entry.region, modality: entry.modality, members: [], unknown: [] }));
      group.members.push(entry.status);
      if (entry.status === "unknown") group.unknown.push(entry.facilityId);
    }
    for (const [, group] of [...groups].sort(([a], [b]) => compareText(a, b))) {
      const open = group.members.filter((status) => status === "open").length;
      const known = group.members.filter((status) => status !== "unknown").length;
      rows.push({ period: window.name, region: group.region, modality: group.modality, offering: group.members.length, ...wilsonInterval(open, known), unknown: group.unknown.sort() });
    }
  });
  return { rows, issues };
}
