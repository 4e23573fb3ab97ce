import { describe, expect, it } from "vitest";
import type { Facility, Service, ServiceVolume } from "../services/index.js";
import { computeServiceAvailability } from "./service-availability.js";

const facility = (id: string, region: string): Facility => ({ id, name: `${id} (fictional)`, region, ownership: "public", modalities: ["outpatient"] });
const facilities = [facility("N1", "North"), facility("N2", "North"), facility("N3", "North"), facility("S1", "South")];
const service = (facilityId: string, extra: Partial<Service> = {}): Service => ({ id: `${facilityId}-OP`, facilityId, modality: "outpatient", openedOn: "2010-01-01", deliveryForms: ["in-person"], ...extra });
const month = (facilityId: string, mm: string, last: string, count: number): ServiceVolume => ({ facilityId, serviceId: `${facilityId}-OP`, period: { start: `2020-${mm}-01`, end: `2020-${mm}-${last}` }, unit: "contacts", count });
const periods = { before: { start: "2020-02-01", end: "2020-02-29" }, during: { start: "2020-04-01", end: "2020-04-30" } };

describe("computeServiceAvailability", () => {
  it("counts open, closed and unknown facilities per period and region; missing reports are not closures", () => {
    const services = [service("N1"), service("N2"), service("N3"), service("S1"), service("S1", { id: "S1-RES", modality: "long-term-residential", closedOn: "2020-03-01" })];
    const volumes = [
      month("N1", "02", "29", 100), month("N2", "02", "29", 50), month("N3", "02", "29", 10), month("S1", "02", "29", 80),
      month("N1", "04", "30", 60), // open
      month("N2", "04", "30", 0), // reported zero all month: closed
      { ...month("N3", "04", "30", 0), period: { start: "2020-04-01", end: "2020-04-15" } }, // half a month of zero: unknown
      { ...month("S1", "04", "30", 3), period: { start: "2020-04-20", end: "2020-04-30" } }, // part of the month, but it delivered: open
    ];
    const { rows, issues } = computeServiceAvailability(services, facilities, volumes, { periods });
    expect(issues).toEqual([]);
    expect(rows.map(({ period, region, modality, offering, numerator, denominator, unknown }) => [period, region, modality, offering, numerator, denominator, unknown])).toEqual([
      ["before", "North", "outpatient", 3, 3, 3, []],
      ["before", "South", "long-term-residential", 1, 0, 0, ["S1"]], // no volumes at all
      ["before", "South", "outpatient", 1, 1, 1, []],
      ["during", "North", "outpatient", 3, 1, 2, ["N3"]],
      ["during", "South", "outpatient", 1, 1, 1, []], // the residential service closed in the register on 1 March
    ]);
    const [country] = computeServiceAvailability(services, facilities, volumes, { periods: { during: periods.during }, by: [] }).rows;
    expect([country?.region, country?.numerator, country?.denominator, country?.value]).toEqual([null, 2, 3, 2 / 3]);
  });

  it("reports bad services and services of unknown facilities, and throws for impossible options", () => {
    const report = computeServiceAvailability([service("X9"), { ...service("N1"), modality: "detox" } as never], facilities, [], { periods });
    expect(report.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["services.0.facilityId unknown_reference", "services.1.modality unknown_code"]);
    expect(() => computeServiceAvailability([], facilities, [], { periods: {} })).toThrow(/periods/);
    expect(() => computeServiceAvailability([], facilities, [], { periods: { bad: { start: "2020-05-01", end: "2020-04-01" } } })).toThrow(/periods.bad/);
    expect(() => computeServiceAvailability([], facilities, [], { periods, by: ["facility" as never] })).toThrow(/by/);
  });

  it("names options that are not periods, and a service's unknown facility", () => {
    const message = (got: string) => `periods must name at least one period; got ${got}.`;
    expect(() => computeServiceAvailability([], facilities, [], { periods: null } as never)).toThrow(message("null"));
    expect(() => computeServiceAvailability([], facilities, [], { periods: "April" } as never)).toThrow(message('"April"'));
    expect(() => computeServiceAvailability([], facilities, [], undefined as never)).toThrow(message("nothing"));
    const report = computeServiceAvailability([service("X9")], facilities, [], { periods });
    expect(report.issues[0]?.message).toBe('Service 0: facility "X9" is not in the facility register.');
  });

  it("offers a service opened on a period's last day or closed on its first, and none closed the day before or opened the day after", () => {
    const april = { april: periods.during };
    const services = [service("N1", { openedOn: "2020-04-30" }), service("N2", { closedOn: "2020-04-01" }), service("N3", { closedOn: "2020-03-31" }), service("S1", { openedOn: "2020-05-01" })];
    const rows = computeServiceAvailability(services, facilities, [], { periods: april }).rows;
    // No row for the South: its only service opened the day after April.
    expect(rows.map(({ region, offering, unknown }) => [region, offering, unknown])).toEqual([["North", 2, ["N1", "N2"]]]);
  });

  it("takes a facility as open if any of its services of the modality is, else unknown if any is, whatever their order", () => {
    const april = { april: periods.during };
    const second = (facilityId: string) => service(facilityId, { id: `${facilityId}-OP2` });
    const volumes = [month("N1", "04", "30", 5), { ...month("N2", "04", "30", 0), serviceId: "N2-OP2" }, month("S1", "04", "30", 0)];
    // N1: open then unknown; N2: unknown then closed; N3: unknown alone; S1: closed then unknown.
    const services = [service("S1"), second("S1"), second("N3"), service("N2"), second("N2"), service("N1"), second("N1")];
    const rows = computeServiceAvailability(services, facilities, volumes, { periods: april }).rows;
    expect(rows.map(({ region, offering, numerator, denominator, unknown }) => [region, offering, numerator, denominator, unknown])).toEqual([
      ["North", 3, 1, 1, ["N2", "N3"]],
      ["South", 1, 0, 0, ["S1"]],
    ]);
    const reversed = computeServiceAvailability([...services].reverse(), facilities, volumes, { periods: april }).rows;
    expect(reversed).toEqual(rows);
  });

});
