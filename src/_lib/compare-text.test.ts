import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareText } from "./compare-text.js";

describe("compareText", () => {
  it("orders by code units: upper case before lower, shorter prefix first, no locale", () => {
    expect(["b", "a", "B", "", "ab", "é", "e"].sort(compareText)).toEqual(["", "B", "a", "ab", "b", "e", "é"]);
    expect([compareText("a", "b"), compareText("b", "a"), compareText("a", "a")]).toEqual([-1, 1, 0]);
  });

  it("is a total order that agrees with < and ===", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(compareText(a, b)).toBe(a < b ? -1 : a === b ? 0 : 1);
        expect(compareText(a, b) + compareText(b, a)).toBe(0);
      }),
    );
  });
});
