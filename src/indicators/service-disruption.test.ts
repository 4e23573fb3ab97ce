import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Facility, ServiceVolume } from "../services/index.js";
import { computeServiceDisruption } from "./service-disruption.js";

const facility = (id: string, region: string): Facility => ({ id, name: `${id} (fictional)`, region, ownership: "public", modalities: ["outpatient"] });
const facilities = [facility("N1", "North"), facility("N2", "North"), facility("S1", "South")];
const month = (facilityId: string, year: number, monthNumber: number, count: number, unit: ServiceVolume["unit"] = "patients"): ServiceVolume => {
  const last = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const mm = String(monthNumber).padStart(2, "0");
  return { facilityId, serviceId: `${facilityId}-OAT`, period: { start: `${year}-${mm}-01`, end: `${year}-${mm}-${last}` }, unit, count };
};
const quarter = { start: "2020-04-01", end: "2020-06-30" };
const spring = (facilityId: string, year: number, counts: [number, number, number], unit?: ServiceVolume["unit"]) => counts.map((count, index) => month(facilityId, year, 4 + index, count, unit));

describe("computeServiceDisruption, hand-worked", () => {
  it("bands each region against the same months of 2019, from complete reporting only", () => {
    const volumes = [
      ...spring("N1", 2019, [100, 100, 100]),
      ...spring("N1", 2020, [95, 95, 95]), // 285 of 300: exactly 5%
      ...spring("N2", 2019, [50, 50, 50]),
      ...spring("N2", 2020, [40, 40, 40]).slice(0, 2), // June 2020 not reported
      ...spring("S1", 2019, [80, 80, 80]),
      ...spring("S1", 2020, [30, 20, 10]), // 60 of 240: 75% less
    ];
    const report = computeServiceDisruption(volumes, facilities, { period: quarter, baseline: { years: [2019] } });
    expect(report.issues).toEqual([]);
    expect(report.rows.map(({ region, volume, baseline, change, band, services, comparable, restsOnIncompleteReporting }) => [region, volume, baseline, change, band, services, comparable, restsOnIncompleteReporting])).toEqual([
      ["North", 285, 300, 0.05, "partially-disrupted", 2, 1, true],
      ["South", 60, 240, 0.75, "severely-disrupted", 1, 1, false],
    ]);
    expect(report.rows[0]?.incomplete).toEqual([{ facilityId: "N2", serviceId: "N2-OAT", unit: "patients" }]);
    const n2 = report.completeness.filter((each) => each.facilityId === "N2").map(({ window, reportedDays, days }) => [window, reportedDays, days]);
    expect(n2).toEqual([
      ["period", 61, 91],
      ["baseline 2019", 91, 91],
    ]);
    // By facility and for the whole country.
    expect(computeServiceDisruption(volumes, facilities, { period: quarter, baseline: { years: [2019] }, by: ["facility"] }).rows.map((row) => [row.facilityId, row.band])).toEqual([
      ["N1", "partially-disrupted"],
      ["N2", null],
      ["S1", "severely-disrupted"],
    ]);
    const [country] = computeServiceDisruption(volumes, facilities, { period: quarter, baseline: { years: [2019] }, by: [] }).rows;
    expect([country?.region, country?.volume, country?.baseline, country?.change]).toEqual([null, 345, 540, 195 / 540]);
  });

  it("takes the mean of several reference years, or a baseline period scaled to the period's days", () => {
    const volumes = [...spring("S1", 2018, [90, 90, 90]), ...spring("S1", 2019, [110, 110, 110]), ...spring("S1", 2020, [120, 120, 120])];
    const [row] = computeServiceDisruption(volumes, facilities, { period: quarter, baseline: { years: [2018, 2019] } }).rows;
    expect([row?.baseline, row?.change, row?.band, row?.increase]).toEqual([300, -0.2, "not-disrupted", true]);
    // January-March 2020 (91 days, 2020 is a leap year) as the baseline for April-June (91 days).
    const q1 = [month("S1", 2020, 1, 100), month("S1", 2020, 2, 100), month("S1", 2020, 3, 100)];
    const [scaled] = computeServiceDisruption([...q1, ...spring("S1", 2020, [50, 50, 50])], facilities, { period: quarter, baseline: { period: { start: "2020-01-01", end: "2020-03-31" } } }).rows;
    expect([scaled?.baseline, scaled?.change, scaled?.band]).toEqual([300, 0.5, "partially-disrupted"]);
  });

  it("says why a change is missing: a zero baseline, or no comparable service", () => {
    const zero = computeServiceDisruption([...spring("S1", 2019, [0, 0, 0]), ...spring("S1", 2020, [5, 5, 5])], facilities, { period: quarter, baseline: { years: [2019] } }).rows[0];
    expect([zero?.change, zero?.band, zero?.issues[0]?.message]).toEqual([null, null, "The baseline volume is 0: a relative change is not defined."]);
    const none = computeServiceDisruption(spring("S1", 2020, [5, 5, 5]), facilities, { period: quarter, baseline: { years: [2019] } }).rows[0];
    expect([none?.change, none?.comparable, none?.issues[0]?.code]).toEqual([null, 0, "missing"]);
  });

  it("reports bad, straddling, repeated and unknown-facility volumes and bad facilities, and computes the rest", () => {
    const volumes = [
      ...spring("S1", 2019, [80, 80, 80]),
      ...spring("S1", 2020, [40, 40, 40]),
      { facilityId: "S1", serviceId: "S1-OAT", period: { start: "2020-06-15", end: "2020-07-15" }, unit: "patients", count: 10 }, // straddles the end
      month("S1", 2020, 5, 40), // May again
      month("X9", 2020, 5, 40), // not in the register
      { facilityId: "S1", serviceId: "S1-OAT", period: { start: "2020-05-01", end: "2020-05-31" }, unit: "patients", count: -1 },
    ] as ServiceVolume[];
    const report = computeServiceDisruption(volumes, [...facilities, facility("S1", "Elsewhere"), { id: "Z" } as Facility], { period: quarter, baseline: { years: [2019] } });
    expect(report.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual([
      "facilities.3.id duplicate",
      "facilities.4.name missing",
      "facilities.4.region missing",
      "facilities.4.ownership missing",
      "facilities.4.modalities missing",
      "volumes.6.period invalid_value",
      "volumes.7.period duplicate",
      "volumes.8.facilityId unknown_reference",
      "volumes.9.count out_of_range",
    ]);
    expect(report.rows.map((row) => [row.region, row.change])).toEqual([["South", 0.5]]);
    expect(report.issues.find((each) => each.path[1] === 8)?.message).toBe('Volume 8: facility "X9" is not in the facility register.');
  });

  it("throws for impossible options, naming them", () => {
    expect(() => computeServiceDisruption([], facilities, { period: { start: "2020-04-01", end: "2020-03-01" }, baseline: { years: [2019] } })).toThrow(/period/);
    expect(() => computeServiceDisruption([], facilities, { period: quarter, baseline: { years: [] } })).toThrow(/baseline/);
    expect(() => computeServiceDisruption([], facilities, { period: quarter, baseline: { years: [2019] }, by: ["district" as never] })).toThrow(/by/);
    expect(() => computeServiceDisruption([], facilities, { period: quarter, baseline: { years: [2019] }, bounds: { partial: 2 } })).toThrow(/bounds/);
  });
});

describe("computeServiceDisruption properties", () => {
  const countsArb = fc.array(fc.record({ facility: fc.constantFrom("N1", "N2", "S1"), year: fc.constantFrom(2019, 2020), month: fc.constantFrom(4, 5, 6), count: fc.integer({ min: 0, max: 500 }) }), { maxLength: 30 });
  const unique = (list: { facility: string; year: number; month: number; count: number }[]) => [...new Map(list.map((each) => [`${each.facility} ${each.year} ${each.month}`, each])).values()];

  it("gives the country the sums of its regions, and does not depend on the order of the volumes", () => {
    fc.assert(
      fc.property(countsArb, fc.integer(), (raw, seed) => {
        const volumes = unique(raw).map((each) => month(each.facility, each.year, each.month, each.count));
        const options = { period: quarter, baseline: { years: [2019] } };
        const regions = computeServiceDisruption(volumes, facilities, options);
        const country = computeServiceDisruption(volumes, facilities, { ...options, by: [] }).rows[0];
        expect(country?.volume ?? 0).toBe(regions.rows.reduce((sum, row) => sum + row.volume, 0));
        expect(country?.baseline ?? 0).toBeCloseTo(regions.rows.reduce((sum, row) => sum + row.baseline, 0), 9);
        const shuffled = volumes.map((volume, index) => ({ volume, key: (index * 7919 + seed) % 97 })).sort((a, b) => a.key - b.key).map(({ volume }) => volume);
        expect(computeServiceDisruption(shuffled, facilities, options).rows).toEqual(regions.rows);
        for (const row of regions.rows) {
          // Comparable means every day of both windows reported.
          expect(row.comparable + row.incomplete.length).toBe(row.services);
          if (row.change !== null) expect(row.change).toBeCloseTo(1 - row.volume / row.baseline, 12);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("computeServiceDisruption: a baseline must not overlap the period", () => {
  it("throws, naming the window", () => {
    expect(() => computeServiceDisruption([], facilities, { period: quarter, baseline: { years: [2020] } })).toThrow(/baseline 2020 window/);
    expect(() => computeServiceDisruption([], facilities, { period: quarter, baseline: { period: { start: "2020-06-01", end: "2020-08-31" } } })).toThrow(/overlaps the period/);
  });
});

describe("computeServiceDisruption at its edges", () => {
  const options = { period: quarter, baseline: { years: [2019] } };
  const day = (facilityId: string, start: string, end: string, count: number): ServiceVolume => ({ facilityId, serviceId: `${facilityId}-OAT`, period: { start, end }, unit: "patients", count });

  it("takes a baseline that ends the day before the period or starts the day after, not one that touches it", () => {
    const before = { start: "2020-01-01", end: "2020-03-31" };
    const after = { start: "2020-07-01", end: "2020-09-28" };
    for (const period of [before, after]) expect(computeServiceDisruption([], facilities, { period: quarter, baseline: { period } }).rows).toEqual([]);
    expect(() => computeServiceDisruption([], facilities, { period: quarter, baseline: { period: { start: "2020-01-01", end: "2020-04-01" } } })).toThrow(
      "The baseline window (2020-01-01 to 2020-04-01) overlaps the period; a baseline must not share days with it.",
    );
    expect(() => computeServiceDisruption([], facilities, { period: quarter, baseline: { period: { start: "2020-06-30", end: "2020-09-30" } } })).toThrow(/overlaps the period/);
  });

  it("names a baseline that is neither reference years nor a period", () => {
    const message = (got: string) => `baseline must be { years: [whole years, at least one] } or { period: { start, end } }; got ${got}.`;
    expect(() => computeServiceDisruption([], facilities, { period: quarter, baseline: { years: [2019, 2018.5] } })).toThrow(message("an object"));
    expect(() => computeServiceDisruption([], facilities, { period: quarter, baseline: { years: [2019], period: quarter } } as never)).toThrow(message("an object"));
    expect(() => computeServiceDisruption([], facilities, { period: quarter } as never)).toThrow(message("nothing"));
    expect(() => computeServiceDisruption([], facilities, { period: quarter, baseline: { period: { start: "2019-04-01" } } } as never)).toThrow(/^baseline\.period must be \{ start, end \}/);
  });

  it("rows come in the order of their breakdown, not of the facility ids; by facility or service keeps the levels above", () => {
    const register = [...facilities, facility("A1", "West")];
    const volumes = [...spring("A1", 2019, [10, 10, 10]), ...spring("A1", 2020, [10, 10, 10]), ...spring("N1", 2019, [10, 10, 10]), ...spring("N1", 2020, [10, 10, 10])];
    expect(computeServiceDisruption(volumes, register, options).rows.map((row) => row.region)).toEqual(["North", "West"]);
    const byService = computeServiceDisruption(volumes, register, { ...options, by: ["service"] }).rows;
    expect(byService.map((row) => [row.region, row.facilityId, row.serviceId, row.unit])).toEqual([
      ["North", "N1", "N1-OAT", "patients"],
      ["West", "A1", "A1-OAT", "patients"],
    ]);
    const byFacility = computeServiceDisruption(volumes, register, { ...options, by: ["facility"] }).rows;
    expect(byFacility.map((row) => [row.region, row.facilityId, row.serviceId, row.unit, row.issues])).toEqual([
      ["North", "N1", null, "patients", []],
      ["West", "A1", null, "patients", []],
    ]);
  });

  it("an unchanged volume is no change and no increase; completeness gives the share of days reported, in order", () => {
    const volumes = [...spring("S1", 2020, [80, 80, 80]), ...spring("S1", 2019, [80, 80, 80]), ...spring("N1", 2020, [1, 1, 1]).slice(1)];
    const report = computeServiceDisruption(volumes, facilities, options);
    const south = report.rows.find((row) => row.region === "South");
    expect([south?.change, south?.band, south?.increase]).toEqual([0, "not-disrupted", false]);
    expect(report.completeness.map(({ facilityId, window, share }) => [facilityId, window, share])).toEqual([
      ["N1", "period", 61 / 91],
      ["N1", "baseline 2019", 0],
      ["S1", "period", 1],
      ["S1", "baseline 2019", 1],
    ]);
    expect(report.rows.find((row) => row.region === "North")?.issues).toEqual([
      { path: [], code: "missing", message: "No service of this row reported every day of the period and the baseline, so there is nothing to compare." },
    ]);
  });

  it("counts a one-day volume on a window's first or last day, and leaves out one that straddles either end", () => {
    const volumes = [
      ...spring("S1", 2019, [80, 80, 80]),
      day("S1", "2020-04-01", "2020-04-01", 1),
      day("S1", "2020-04-02", "2020-06-29", 58),
      day("S1", "2020-06-30", "2020-06-30", 1),
      day("N1", "2020-03-31", "2020-04-30", 5), // straddles the start
    ];
    const report = computeServiceDisruption(volumes, facilities, options);
    expect(report.rows.map((row) => [row.region, row.volume, row.comparable])).toEqual([["South", 60, 1]]);
    expect(report.issues).toEqual([
      {
        path: ["volumes", 6, "period"],
        code: "invalid_value",
        message: "Volume 6 (2020-03-31 to 2020-04-30) straddles the period window (2020-04-01 to 2020-06-30); a volume cannot be split between days, so it is left out.",
      },
    ]);
  });

  it("reports a volume that shares even one day with one reported before, and takes the next day", () => {
    const volumes = [day("S1", "2020-04-01", "2020-04-30", 10), day("S1", "2020-04-30", "2020-05-31", 10), day("S1", "2020-03-15", "2020-04-01", 10), day("S1", "2020-05-01", "2020-06-30", 10)];
    const report = computeServiceDisruption(volumes, facilities, options);
    expect(report.issues.map((each) => [each.path.join("."), each.code, each.message])).toEqual([
      ["volumes.1.period", "duplicate", 'Volume 1 repeats days already reported for service "S1-OAT" of facility "S1" (patients); it is left out.'],
      ["volumes.2.period", "invalid_value", "Volume 2 (2020-03-15 to 2020-04-01) straddles the period window (2020-04-01 to 2020-06-30); a volume cannot be split between days, so it is left out."],
    ]);
    expect(report.completeness.find((each) => each.window === "period")?.reportedDays).toBe(91);
    // A volume that ends on the first day of one reported before it shares that day.
    const before = computeServiceDisruption([day("S1", "2020-05-01", "2020-05-31", 10), day("S1", "2020-04-01", "2020-05-01", 10)], facilities, options);
    expect(before.issues.map((each) => [each.path.join("."), each.code])).toEqual([["volumes.1.period", "duplicate"]]);
    const twice = computeServiceDisruption([], [...facilities, facility("S1", "Elsewhere")], options).issues;
    expect(twice).toEqual([{ path: ["facilities", 3, "id"], code: "duplicate", message: 'Facility "S1" is in the register twice; the first entry is used.' }]);
  });
});

describe("computeServiceDisruption: names and codes", () => {
  it("names the windows of a baseline given as a period in the reporting completeness", () => {
    const report = computeServiceDisruption([...spring("S1", 2019, [80, 80, 80]), ...spring("S1", 2020, [30, 20, 10])], facilities, { period: quarter, baseline: { period: { start: "2019-04-01", end: "2019-06-30" } } });
    expect(report.completeness.map((each) => [each.window, each.start, each.end])).toEqual([
      ["period", "2020-04-01", "2020-06-30"],
      ["baseline", "2019-04-01", "2019-06-30"],
    ]);
  });

  it("gives the zero-baseline reason as an invalid value of the row", () => {
    const [row] = computeServiceDisruption([...spring("S1", 2019, [0, 0, 0]), ...spring("S1", 2020, [5, 5, 5])], facilities, { period: quarter, baseline: { years: [2019] } }).rows;
    expect(row?.issues).toEqual([{ code: "invalid_value", path: [], message: "The baseline volume is 0: a relative change is not defined." }]);
  });
});
