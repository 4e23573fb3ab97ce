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

describe("mergeIndicatorResults: sums", () => {
  /** One subject with a value k / 366 (a PDC over a leap year, say); the exact total is an integer over 366. */
  const subjectArb = fc.record({ region: fc.constantFrom("North", "South"), covered: fc.integer({ min: 0, max: 366 }) });
  const resultOf = (subjects: readonly { region: string; covered: number }[]): IndicatorResult => ({
    indicatorId: "oat-pdc-80",
    period,
    dimensions: ["region"],
    cells: subjects.map(({ region, covered }) => ({ key: { region }, numerator: covered >= 293 ? 1 : 0, denominator: 1, sum: covered / 366 })),
  });
  const total = (result: IndicatorResult, region: string) => {
    const cell = result.cells.find((each) => each.key["region"] === region);
    return cell === undefined ? 0 : cell.sum! + (cell.sumCompensation ?? 0);
  };

  it("merged in any grouping and order, equal the exact sum to 1e-12 relative", () => {
    fc.assert(
      fc.property(fc.array(fc.array(subjectArb, { maxLength: 30 }), { minLength: 1, maxLength: 6 }), fc.infiniteStream(fc.nat()), (parts, picks) => {
        // Merge the parts in a random order, each time two random results of those left.
        const pending = parts.map((part) => mergeIndicatorResults(resultOf([]), resultOf(part)));
        const iterator = picks[Symbol.iterator]();
        while (pending.length > 1) {
          const a = pending.splice(iterator.next().value % pending.length, 1)[0]!;
          const b = pending.splice(iterator.next().value % pending.length, 1)[0]!;
          pending.push(mergeIndicatorResults(b, a));
        }
        const everyone = parts.flat();
        for (const region of ["North", "South"]) {
          const exact = everyone.filter((subject) => subject.region === region).reduce((sum, subject) => sum + subject.covered, 0) / 366;
          expect(Math.abs(total(pending[0]!, region) - exact)).toBeLessThanOrEqual(1e-12 * exact);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("stay exact where a plain running sum drifts: 200,000 merges of 0.1", () => {
    let merged = resultOf([]);
    let plain = 0;
    const tenth = { ...resultOf([]), cells: [{ key: { region: "North" }, numerator: 0, denominator: 1, sum: 0.1 }] };
    for (let step = 0; step < 200_000; step += 1) {
      merged = mergeIndicatorResults(merged, tenth);
      plain += 0.1;
    }
    expect(Math.abs(plain - 20_000)).toBeGreaterThan(1e-9); // the plain running sum is off by about 1.05e-8
    // The double nearest 0.1 is 0.1 + 5.551115123125783e-18: 200,000 of them are 20,000 + 1.1102230246251565e-12, kept to the last bit.
    expect([merged.cells[0]?.sum, merged.cells[0]?.sumCompensation]).toEqual([20_000, 200_000 * 5.551115123125783e-18]);
    expect(indicatorProportions(merged)[0]?.mean).toBeCloseTo(0.1, 15);
  });

  it("rejects a sum that is not a finite number, and gives no mean for an empty denominator", () => {
    expect(() => mergeIndicatorResults(resultOf([]), { ...resultOf([]), cells: [{ key: { region: "North" }, numerator: 0, denominator: 1, sum: Number.NaN }] })).toThrow(/sum must be a finite number/);
    expect(indicatorProportions({ ...resultOf([]), cells: [{ key: { region: "North" }, numerator: 0, denominator: 0, sum: 0 }] })[0]?.mean).toBeNull();
  });
});
