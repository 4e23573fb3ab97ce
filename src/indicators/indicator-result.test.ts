import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kaplanMeier } from "../continuity/index.js";
import { indicatorCountTable, indicatorProportions, indicatorSurvival, mergeIndicatorResults, rollUpIndicatorResult, type IndicatorResult } from "./indicator-result.js";

const period = { start: "2020-01-01", end: "2020-12-31" };
const dimensions = ["region", "sex"];

/** One person behind an indicator: where they count, whether in the numerator, and their time in treatment. */
interface Person {
  readonly region: string;
  readonly sex: string;
  readonly retained: boolean;
  readonly time: number;
  readonly event: boolean;
}
const personArb = fc.record({ region: fc.constantFrom("North", "South", "East"), sex: fc.constantFrom("female", "male"), retained: fc.boolean(), time: fc.integer({ min: 1, max: 40 }), event: fc.boolean() });

/** The independent "compute": count a list of people into a result, cell by cell, naively. */
function compute(people: readonly Person[]): IndicatorResult {
  const keys = [...new Set(people.map((person) => `${person.region}|${person.sex}`))].sort();
  const cells = keys.map((text) => {
    const [region, sex] = text.split("|") as [string, string];
    const inCell = people.filter((person) => person.region === region && person.sex === sex);
    const survival: Record<string, { events: number; censored: number }> = {};
    for (const time of [...new Set(inCell.map((person) => person.time))].sort((a, b) => a - b)) {
      const at = inCell.filter((person) => person.time === time);
      survival[String(time)] = { events: at.filter((person) => person.event).length, censored: at.filter((person) => !person.event).length };
    }
    return { key: { region, sex }, numerator: inCell.filter((person) => person.retained).length, denominator: inCell.length, survival };
  });
  return { indicatorId: "oat-retention-6m", period, dimensions, cells };
}

describe("mergeIndicatorResults: the merge laws", () => {
  const people = fc.array(personArb, { maxLength: 40 });

  it("merging the results of two disjoint parts equals the result of the whole", () => {
    fc.assert(
      fc.property(people, people, (a, b) => {
        expect(mergeIndicatorResults(compute(a), compute(b))).toEqual(compute([...a, ...b]));
      }),
      { numRuns: 300 },
    );
  });

  it("is commutative and associative, with the empty result as identity", () => {
    fc.assert(
      fc.property(people, people, people, (a, b, c) => {
        const [ra, rb, rc] = [compute(a), compute(b), compute(c)];
        expect(mergeIndicatorResults(ra, rb)).toEqual(mergeIndicatorResults(rb, ra));
        expect(mergeIndicatorResults(mergeIndicatorResults(ra, rb), rc)).toEqual(mergeIndicatorResults(ra, mergeIndicatorResults(rb, rc)));
        expect(mergeIndicatorResults(ra, compute([]))).toEqual(ra);
      }),
      { numRuns: 200 },
    );
  });

  it("rolls up the same before and after merging, and gives the curve of all the observations", () => {
    fc.assert(
      fc.property(people, people, (a, b) => {
        const merged = mergeIndicatorResults(compute(a), compute(b));
        expect(rollUpIndicatorResult(merged, ["region"])).toEqual(mergeIndicatorResults(rollUpIndicatorResult(compute(a), ["region"]), rollUpIndicatorResult(compute(b), ["region"])));
        const [country] = indicatorSurvival(rollUpIndicatorResult(merged, []));
        const everyone = [...a, ...b];
        if (everyone.length === 0) return;
        expect(country?.curve).toEqual(kaplanMeier(everyone.map(({ time, event }) => ({ time, event })))[0]?.curve);
        const [total] = indicatorProportions(rollUpIndicatorResult(merged, []));
        expect([total?.numerator, total?.denominator]).toEqual([everyone.filter((person) => person.retained).length, everyone.length]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("mergeIndicatorResults: what cannot merge", () => {
  const result = compute([{ region: "North", sex: "female", retained: true, time: 3, event: false }]);
  it("throws for results of different indicators, periods or disaggregations, and for impossible counts", () => {
    expect(() => mergeIndicatorResults(result, { ...result, indicatorId: "other" })).toThrow(/indicatorId differs/);
    expect(() => mergeIndicatorResults(result, { ...result, period: { start: "2021-01-01", end: "2021-12-31" } })).toThrow(/period differs/);
    expect(() => mergeIndicatorResults(result, { ...result, dimensions: ["region"] })).toThrow(/dimensions differs/);
    expect(() => mergeIndicatorResults(result, { ...result, cells: [{ key: { region: "North", sex: "female" }, numerator: 3, denominator: 2 }] })).toThrow(/b.cells\[0\]: the numerator/);
    expect(() => mergeIndicatorResults(result, { ...result, cells: [{ key: {}, numerator: 1.5, denominator: 2 }] })).toThrow(/numerator must be a whole number/);
    expect(() => rollUpIndicatorResult(result, ["facility"])).toThrow(/not disaggregated by facility/);
  });
});

describe("indicatorCountTable", () => {
  it("lays one count of a result out by two disaggregations, zeros where no one is, ready for suppression", () => {
    const result = compute([
      { region: "North", sex: "female", retained: true, time: 1, event: false },
      { region: "North", sex: "male", retained: true, time: 1, event: false },
      { region: "North", sex: "male", retained: false, time: 1, event: false },
      { region: "South", sex: "male", retained: true, time: 1, event: false },
    ]);
    expect(indicatorCountTable(result, { rows: "region", columns: "sex" })).toEqual({ rows: ["North", "South"], columns: ["female", "male"], cells: [[1, 1], [0, 1]] });
    expect(indicatorCountTable(result, { rows: "sex", columns: "region", count: "denominator" }).cells).toEqual([[1, 0], [2, 1]]);
    expect(() => indicatorCountTable(result, { rows: "sex", columns: "sex" })).toThrow(/two different/);
    expect(() => indicatorCountTable(result, { rows: "sex", columns: "facility" })).toThrow(/not disaggregated by facility/);
  });
});
