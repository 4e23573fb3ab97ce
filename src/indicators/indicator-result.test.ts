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

  it("names the result, the cell and the count that is wrong", () => {
    const cell = (numerator: number, denominator: number) => ({ key: { region: "North", sex: "female" }, numerator, denominator });
    expect(() => mergeIndicatorResults({ ...result, cells: [cell(-1, 2)] }, result)).toThrow("a.cells[0].numerator must be a whole number of at least 0; got the number -1.");
    expect(() => mergeIndicatorResults(result, { ...result, cells: [cell(0, 1), cell(0, -2)] })).toThrow("b.cells[1].denominator must be a whole number of at least 0; got the number -2.");
    expect(() => mergeIndicatorResults(result, { ...result, cells: [{ ...cell(0, 1), sumCompensation: Infinity }] })).toThrow("b.cells[0].sumCompensation must be a finite number; got the number Infinity.");
    expect(() => rollUpIndicatorResult(result, ["facility", "sex"])).toThrow("The result is not disaggregated by facility; it has region, sex.");
    expect(() => rollUpIndicatorResult({ ...result, dimensions: [], cells: [] }, ["region"])).toThrow("The result is not disaggregated by region; it has no disaggregation.");
  });
});

describe("mergeIndicatorResults: cells", () => {
  const cell = (region: string, numerator: number) => ({ key: { region }, numerator, denominator: numerator + 1 });
  const resultOf = (...cells: ReturnType<typeof cell>[]): IndicatorResult => ({ indicatorId: "x", period, dimensions: ["region"], cells });

  it("sorts the merged cells by key, whatever order they came in", () => {
    const merged = mergeIndicatorResults(resultOf(cell("West", 1), cell("South", 2)), resultOf(cell("North", 3), cell("East", 4), cell("South", 5)));
    expect(merged.cells.map((each) => `${each.key["region"]} ${each.numerator}/${each.denominator}`)).toEqual(["East 4/5", "North 3/4", "South 7/9", "West 1/2"]);
  });

  it("files a cell that lacks a disaggregation under the empty value", () => {
    const merged = mergeIndicatorResults(resultOf(), { ...resultOf(), cells: [{ key: {}, numerator: 1, denominator: 1 }, { key: { region: "" }, numerator: 0, denominator: 1 }] });
    expect(merged.cells).toEqual([{ key: { region: "" }, numerator: 1, denominator: 2 }]);
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
    // Columns sorted too, though the cells come sorted by row first (North/male before South/female).
    const crossed = compute([
      { region: "North", sex: "male", retained: true, time: 1, event: false },
      { region: "South", sex: "female", retained: true, time: 1, event: false },
    ]);
    expect(indicatorCountTable(crossed, { rows: "region", columns: "sex" })).toEqual({ rows: ["North", "South"], columns: ["female", "male"], cells: [[0, 1], [1, 0]] });
    expect(indicatorCountTable(crossed, { rows: "sex", columns: "region" })).toEqual({ rows: ["female", "male"], columns: ["North", "South"], cells: [[0, 1], [1, 0]] });
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

  it("keep the rounding error when the value added is larger than the running sum", () => {
    const one = { ...resultOf([]), cells: [{ key: { region: "North" }, numerator: 0, denominator: 1, sum: 1 }] };
    const huge = { ...resultOf([]), cells: [{ key: { region: "North" }, numerator: 0, denominator: 1, sum: 1e16 }] };
    // 1e16 + 1 is not a double (the spacing there is 2): the sum keeps 1e16 and the 1 as its compensation, in either order.
    for (const merged of [mergeIndicatorResults(one, huge), mergeIndicatorResults(huge, one)]) expect([merged.cells[0]?.sum, merged.cells[0]?.sumCompensation]).toEqual([1e16, 1]);
    const tenths = (value: number) => ({ ...resultOf([]), cells: [{ key: { region: "North" }, numerator: 0, denominator: 1, sum: value }] });
    const threeTenths = mergeIndicatorResults(tenths(0.1), tenths(0.2)).cells[0]!;
    // 0.1 + 0.2 rounds to 0.30000000000000004; the exact sum of the two doubles is 2.7755575615628914e-17 below it.
    expect([threeTenths.sum, threeTenths.sumCompensation]).toEqual([0.30000000000000004, -2.7755575615628914e-17]);
    // The mean adds the compensation back: 1 + 2^-52 is the double after 1.
    expect(indicatorProportions({ ...resultOf([]), cells: [{ key: { region: "North" }, numerator: 0, denominator: 1, sum: 1, sumCompensation: 2 ** -52 }] })[0]?.mean).toBe(1 + Number.EPSILON);
  });

  it("rejects a sum that is not a finite number, and gives no mean for an empty denominator", () => {
    expect(() => mergeIndicatorResults(resultOf([]), { ...resultOf([]), cells: [{ key: { region: "North" }, numerator: 0, denominator: 1, sum: Number.NaN }] })).toThrow(/sum must be a finite number/);
    expect(indicatorProportions({ ...resultOf([]), cells: [{ key: { region: "North" }, numerator: 0, denominator: 0, sum: 0 }] })[0]?.mean).toBeNull();
  });
});

describe("indicator results: messages, means and table order", () => {
  const period = { start: "2020-01-01", end: "2020-12-31" };

  it("says a result has no disaggregation when asked to roll one up that it lacks, and names every one it lacks", () => {
    expect(() => rollUpIndicatorResult({ indicatorId: "x", period, dimensions: [], cells: [] }, ["sex"])).toThrow("The result is not disaggregated by sex; it has no disaggregation.");
    expect(() => rollUpIndicatorResult({ indicatorId: "x", period, dimensions: ["region"], cells: [] }, ["sex", "facility"])).toThrow("The result is not disaggregated by sex, facility; it has region.");
  });

  it("keeps a compensation that comes without a sum", () => {
    const cell = { key: { region: "North" }, numerator: 1, denominator: 1, sumCompensation: 1e-17 };
    const [rolled] = rollUpIndicatorResult({ indicatorId: "x", period, dimensions: ["region"], cells: [cell] }, []).cells;
    expect([rolled?.sum, rolled?.sumCompensation]).toEqual([1e-17, 0]); // folded into the sum, not lost
  });

  it("gives a mean only for cells with a sum", () => {
    const [proportion] = indicatorProportions({ indicatorId: "x", period, dimensions: [], cells: [{ key: {}, numerator: 1, denominator: 2 }] });
    expect(proportion !== undefined && "mean" in proportion).toBe(false);
  });

  it("orders a table's rows and columns by code units, whatever the order of the cells' keys", () => {
    // "North East" sorts after "North"; its key's JSON ('["North East"') would sort before ('["North"').
    const result: IndicatorResult = {
      indicatorId: "x",
      period,
      dimensions: ["region", "sex"],
      cells: [
        { key: { region: "North East", sex: "male" }, numerator: 1, denominator: 2 },
        { key: { region: "North", sex: "male" }, numerator: 3, denominator: 4 },
      ],
    };
    expect(indicatorCountTable(result, { rows: "region", columns: "sex" })).toEqual({ rows: ["North", "North East"], columns: ["male"], cells: [[3], [1]] });
  });
});
