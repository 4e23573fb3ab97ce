import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bandOfDrop, checkBounds, classifyDisruption } from "./classify-disruption.js";

describe("classifyDisruption", () => {
  it("bands at and around 5% and 50% as the WHO pulse survey does", () => {
    expect([0, 0.0499999, 0.05, 0.0500001, 0.3, 0.4999999, 0.5, 0.5000001, 1].map((ratio) => classifyDisruption(ratio))).toEqual([
      "not-disrupted",
      "not-disrupted",
      "partially-disrupted",
      "partially-disrupted",
      "partially-disrupted",
      "partially-disrupted",
      "partially-disrupted",
      "severely-disrupted",
      "severely-disrupted",
    ]);
    expect(classifyDisruption(-0.6)).toBe("not-disrupted");
    expect(classifyDisruption(0.3, { partial: 0.1, severe: 0.25 })).toBe("severely-disrupted");
  });

  it("throws a RangeError for a ratio that is not a finite number, and for impossible bounds", () => {
    expect(() => classifyDisruption(Number.NaN)).toThrow(RangeError);
    expect(() => classifyDisruption(Number.NaN)).toThrow(/zero baseline/);
    expect(() => classifyDisruption(Number.POSITIVE_INFINITY)).toThrow(/finite/);
    expect(() => classifyDisruption("0.1" as never)).toThrow(RangeError);
    expect(() => classifyDisruption(0.1, { partial: 0 })).toThrow(/bounds.partial/);
    expect(() => classifyDisruption(0.1, { partial: 0.2, severe: 0.1 })).toThrow(/bounds.severe/);
    expect(() => classifyDisruption(Number.NEGATIVE_INFINITY)).toThrow("changeRatio must be a finite number (the relative drop, 1 - volume / baseline); got -Infinity.");
    expect(() => classifyDisruption(0.1, { partial: 1.5 })).toThrow("bounds.partial must be a number above 0 and at most 1; got 1.5.");
    expect(() => classifyDisruption(0.1, { severe: 1.01 })).toThrow("bounds.severe must be a number from bounds.partial (0.05) to 1; got 1.01.");
  });

  it("takes bounds at their limits: a partial bound of 1, and a severe bound equal to the partial one", () => {
    expect([classifyDisruption(0.99, { partial: 1, severe: 1 }), classifyDisruption(1, { partial: 1, severe: 1 })]).toEqual(["not-disrupted", "partially-disrupted"]);
    expect([0.19, 0.2, 0.21].map((ratio) => classifyDisruption(ratio, { partial: 0.2, severe: 0.2 }))).toEqual(["not-disrupted", "partially-disrupted", "severely-disrupted"]);
  });
});

describe("bandOfDrop: exact bands from counts", () => {
  const bounds = checkBounds();
  const fromCounts = (current: number, baseline: number) => bandOfDrop(BigInt(baseline - current), BigInt(baseline), bounds);

  it("puts 95 of 100 exactly at a 5% drop and 50 of 100 exactly at 50%", () => {
    expect([96, 95, 51, 50, 49, 120].map((current) => fromCounts(current, 100))).toEqual(["not-disrupted", "partially-disrupted", "partially-disrupted", "partially-disrupted", "severely-disrupted", "not-disrupted"]);
    expect(fromCounts(19, 20)).toBe("partially-disrupted"); // 1 of 20 is exactly 5%
    // A bound is read as its shortest decimal: 1 / 3 is 0.3333333333333333, just below one third.
    expect(bandOfDrop(1n, 3n, checkBounds({ partial: 1 / 3, severe: 0.5 }))).toBe("partially-disrupted");
    expect(bandOfDrop(3333333333333332n, 10n ** 16n, checkBounds({ partial: 1 / 3, severe: 0.5 }))).toBe("not-disrupted");
  });

  it("agrees with integer arithmetic on the percentages for any counts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 2_000_000 }), (baseline, current) => {
        const drop = baseline - current;
        const expected = 100 * drop < 5 * baseline ? "not-disrupted" : 100 * drop <= 50 * baseline ? "partially-disrupted" : "severely-disrupted";
        expect(fromCounts(current, baseline)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
