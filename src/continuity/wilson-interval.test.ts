import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wilsonInterval } from "./wilson-interval.js";

describe("wilsonInterval", () => {
  it("throws for counts that are not whole numbers from 0 up, the numerator at most the denominator", () => {
    expect(() => wilsonInterval(1, 1.5)).toThrow("denominator must be a whole number, at least 0; got 1.5.");
    expect(() => wilsonInterval(0, -1)).toThrow("denominator must be a whole number, at least 0; got -1.");
    expect(() => wilsonInterval(-1, 5)).toThrow("numerator must be a whole number from 0 to the denominator (5); got -1.");
    expect(() => wilsonInterval(0.5, 5)).toThrow("numerator must be a whole number from 0 to the denominator (5); got 0.5.");
    expect(() => wilsonInterval(6, 5)).toThrow(/^numerator/);
    expect(wilsonInterval(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null, lower: null, upper: null });
  });

  it("puts the lower limit at exactly 0 when none count and the upper at exactly 1 when all do", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(0.5, 0.8, 0.9, 0.95, 0.99, 0.999), (denominator, level) => {
        expect(wilsonInterval(0, denominator, level).lower).toBe(0);
        expect(wilsonInterval(denominator, denominator, level).upper).toBe(1);
      }),
    );
  });
});
