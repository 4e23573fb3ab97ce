/** Service volumes per service and window, with the days each service reported: what disruption and availability are computed from. */
import { issue, type Issue } from "../_lib/issue.js";
import { dayNumberToIsoDate, isoDateToDayNumber } from "../days/index.js";
import { validateRecord, type Facility, type ServiceVolume } from "../services/index.js";

/**
 * A service of a facility that counts a unit: the cell reporting is checked for.
 *
 * @example
 * ```ts
 * import type { ReportingCell } from "treatment-quality";
 *
 * const cell: ReportingCell = { facilityId: "UZ-TAS-01", serviceId: "UZ-TAS-01-OAT", unit: "patients" };
 * ```
 */
export interface ReportingCell {
  readonly facilityId: string;
  readonly serviceId: string;
  readonly unit: string;
}

/** A window of days, both ends included, with the name results use for it. */
export interface Window {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** One service (facility, service, unit): its region, and per window its volume and the day ranges it reported. */
export interface Cell extends ReportingCell {
  readonly region: string;
  /** Per window: the volume and the reported day ranges. */
  readonly counts: number[];
  readonly reported: [number, number][][];
}

/** The facility register by id; invalid and repeated facilities are reported. */
export function registerOf(facilities: readonly unknown[], issues: Issue[]): Map<string, Facility> {
  const register = new Map<string, Facility>();
  facilities.forEach((raw, index) => {
    const checked = validateRecord("facility", raw, ["facilities", index]);
    if (!checked.ok) return issues.push(...checked.issues);
    if (register.has(checked.value.id)) return issues.push(issue("duplicate", ["facilities", index, "id"], `Facility "${checked.value.id}" is in the register twice; the first entry is used.`));
    register.set(checked.value.id, checked.value);
  });
  return register;
}

/** Each service's volumes and reported days per window; records that straddle a window or repeat a reported day are reported and left out. */
export function cellsOf(volumes: readonly unknown[], register: ReadonlyMap<string, Facility>, windows: readonly Window[], issues: Issue[]): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  volumes.forEach((raw, index) => {
    const checked = validateRecord("serviceVolume", raw, ["volumes", index]);
    if (!checked.ok) return issues.push(...checked.issues);
    const volume: ServiceVolume = checked.value;
    const facility = register.get(volume.facilityId);
    if (facility === undefined) return issues.push(issue("unknown_reference", ["volumes", index, "facilityId"], `Volume ${index}: facility "${volume.facilityId}" is not in the facility register.`));
    const start = isoDateToDayNumber(volume.period.start);
    const end = isoDateToDayNumber(volume.period.end);
    const key = JSON.stringify([volume.facilityId, volume.serviceId, volume.unit]);
    windows.forEach((window, at) => {
      if (end < window.start || start > window.end) return;
      if (start < window.start || end > window.end) {
        issues.push(issue("invalid_value", ["volumes", index, "period"], `Volume ${index} (${volume.period.start} to ${volume.period.end}) straddles the ${window.name} window (${dayNumberToIsoDate(window.start)} to ${dayNumberToIsoDate(window.end)}); a volume cannot be split between days, so it is left out.`));
        return;
      }
      let cell = cells.get(key);
      if (cell === undefined) {
        cell = { facilityId: volume.facilityId, serviceId: volume.serviceId, unit: volume.unit, region: facility.region, counts: windows.map(() => 0), reported: windows.map(() => []) };
        cells.set(key, cell);
      }
      if (cell.reported[at]!.some(([from, to]) => start <= to && end >= from)) {
        issues.push(issue("duplicate", ["volumes", index, "period"], `Volume ${index} repeats days already reported for service "${volume.serviceId}" of facility "${volume.facilityId}" (${volume.unit}); it is left out.`));
        return;
      }
      cell.counts[at]! += volume.count;
      cell.reported[at]!.push([start, end]);
    });
  });
  return cells;
}

/** The days covered by reported ranges (which never overlap). */
export const reportedDays = (ranges: readonly [number, number][]) => ranges.reduce((sum, [from, to]) => sum + to - from + 1, 0);

