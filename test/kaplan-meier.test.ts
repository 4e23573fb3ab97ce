/**
 * Kaplan-Meier against R's survival package 3.5.3 (test/fixtures/kaplan-meier, see its README):
 * every curve row, limit and median to 1e-9; and properties against a direct product-limit oracle.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFixtureCsv } from "./read-fixture-csv.js";
import { kaplanMeier, type SurvivalObservation } from "../src/index.js";

const readCsv = (file: string) => readFixtureCsv("kaplan-meier", file);

const observations: SurvivalObservation[] = readCsv("obs.csv").map((row) => ({ time: Number(row["time"]), event: row["event"] === "1", group: row["group"]! }));
const curves = readCsv("km_curve.csv");
const medians = readCsv("km_median.csv");
const number = (text: string | undefined) => (text === "NA" ? null : Number(text));

describe("kaplanMeier: parity with R survfit(conf.type = 'log-log')", () => {
  const ungrouped = kaplanMeier(observations.map(({ time, event }) => ({ time, event })));
  const grouped = kaplanMeier(observations);
  const entries = [{ name: "ALL", fit: ungrouped[0]! }, ...grouped.map((fit) => ({ name: fit.group!, fit }))];

  it.each(entries.map((entry) => entry.name))("%s", (name) => {
    const fit = entries.find((entry) => entry.name === name)!.fit;
    const want = curves.filter((row) => row["group"] === name);
    expect(fit.curve.length).toBe(want.length);
    want.forEach((row, index) => {
      const got = fit.curve[index]!;
      const label = `${name} time ${row["time"]}`;
      expect([got.time, got.atRisk, got.events, got.censored], label).toEqual([Number(row["time"]), Number(row["at_risk"]), Number(row["events"]), Number(row["censored"])]);
      expect(got.survival, label).toBeCloseTo(Number(row["survival"]), 9);
      for (const [value, text] of [
        [got.lower, row["lower"]],
        [got.upper, row["upper"]],
      ] as const) {
        if (number(text) === null) expect(value, label).toBeNull();
        else expect(value, label).toBeCloseTo(number(text)!, 9);
      }
    });
    expect(fit.median).toEqual(number(medians.find((row) => row["group"] === name)?.["median"]));
    expect(fit.issues).toEqual([]);
  });

  it("lists groups in sorted order and gives a single null group without groups", () => {
    expect(grouped.map((fit) => fit.group)).toEqual(["BUPRENORPHINE", "METHADONE"]);
    expect(ungrouped.map((fit) => fit.group)).toEqual([null]);
  });
});

describe("kaplanMeier, edge cases and properties", () => {
  it("takes R's midpoint where the survival is exactly 0.5 over an interval, and null when it never reaches it", () => {
    const [fit] = kaplanMeier([
      { time: 10, event: true },
      { time: 20, event: false },
      { time: 30, event: true },
      { time: 40, event: true },
    ]);
    // 10: 3/4; 20 censored; 30: 3/4 x 1/2 = 0.375, the first value at or below 0.5.
    expect(fit?.median).toBe(30);
    const [half] = kaplanMeier([
      { time: 10, event: true },
      { time: 20, event: true },
      { time: 30, event: true },
      { time: 40, event: true },
    ]);
    expect(half?.curve.map((row) => row.survival)).toEqual([0.75, 0.5, 0.25, 0]);
    expect(half?.median).toBe(25); // 0.5 from 20 until the next drop at 30
    expect(half?.curve.at(-1)).toMatchObject({ survival: 0, lower: null, upper: null });
    expect(kaplanMeier([{ time: 5, event: false }])[0]).toMatchObject({ median: null, curve: [{ time: 5, atRisk: 1, events: 0, censored: 1, survival: 1, lower: null, upper: null }] });
  });

  it("leaves out invalid observations and reports them in their group", () => {
    const fits = kaplanMeier([{ time: 10, event: true, group: "A" }, { time: -1, event: true, group: "A" }, { time: 5, event: "yes" as never, group: "B" }]);
    expect(fits.map((fit) => [fit.group, fit.curve.length, fit.issues.map((each) => `${each.path.join(".")} ${each.code}`)])).toEqual([
      ["A", 1, ["1.time out_of_range"]],
      ["B", 0, ["2.event invalid_type"]],
    ]);
    expect(() => kaplanMeier([], { confidenceLevel: 1 })).toThrow(/confidenceLevel/);
  });

  it("agrees with a direct product-limit computation, stays in [0, 1], never rises, and narrows at a lower level", () => {
    const arb = fc.array(fc.record({ time: fc.integer({ min: 0, max: 30 }), event: fc.boolean() }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(arb, (data) => {
        const [fit] = kaplanMeier(data);
        const [narrow] = kaplanMeier(data, { confidenceLevel: 0.8 });
        let previous = 1;
        fit!.curve.forEach((row, index) => {
          // Oracle: S(t) = product over event times u <= t of (1 - d(u) / n(u)).
          const times = [...new Set(data.filter((each) => each.event && each.time <= row.time).map((each) => each.time))];
          const expected = times.reduce((product, u) => product * (1 - data.filter((each) => each.event && each.time === u).length / data.filter((each) => each.time >= u).length), 1);
          expect(row.survival).toBeCloseTo(expected, 12);
          expect(row.atRisk).toBe(data.filter((each) => each.time >= row.time).length);
          expect(row.survival).toBeLessThanOrEqual(previous);
          previous = row.survival;
          if (row.lower !== null && row.upper !== null) {
            expect(row.lower).toBeLessThanOrEqual(row.survival + 1e-12);
            expect(row.upper).toBeGreaterThanOrEqual(row.survival - 1e-12);
            expect(narrow!.curve[index]!.lower!).toBeGreaterThanOrEqual(row.lower - 1e-12);
            expect(narrow!.curve[index]!.upper!).toBeLessThanOrEqual(row.upper + 1e-12);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
