import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundHalfToEven } from "./round-half-to-even.js";

describe("roundHalfToEven, R's round()", () => {
  it("rounds a half to the even neighbour and anything else to the nearest", () => {
    expect([0.5, 1.5, 2.5, 81.5, 80.5, -0.5, -1.5, -2.5].map(roundHalfToEven)).toEqual([0, 2, 2, 82, 80, 0, -2, -2]);
    expect([0.49, 0.51, 1.2, 1.8, 2, -1.2, -1.8].map(roundHalfToEven)).toEqual([0, 1, 1, 2, 2, -1, -2]);
  });

  it("is within a half of its input, whole, and even at every half", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 99 }), (whole, hundredths) => {
        const value = whole + hundredths / 100;
        const rounded = roundHalfToEven(value);
        expect(Number.isInteger(rounded)).toBe(true);
        expect(Math.abs(rounded - value)).toBeLessThanOrEqual(0.5);
        if (hundredths === 50) expect(Math.abs(rounded % 2)).toBe(0);
        else expect(rounded).toBe(Math.round(value) + 0); // + 0: Math.round gives -0 for -0.4
      }),
    );
  });
});
