import { afterEach, describe, expect, it } from "vitest";

const original = process.env["FAST_CHECK_MAX_RUNS"];
afterEach(() => {
  if (original === undefined) delete process.env["FAST_CHECK_MAX_RUNS"];
  else process.env["FAST_CHECK_MAX_RUNS"] = original;
});

describe("fast-check capped for the repeated runs (other time zones, mutation testing)", () => {
  it("runs a property at most FAST_CHECK_MAX_RUNS times, fewer when the test asks for fewer, and still finds failures", async () => {
    process.env["FAST_CHECK_MAX_RUNS"] = "7";
    const { default: fc } = await import("./support/fast-check-capped.js");
    let runs = 0;
    fc.assert(fc.property(fc.integer(), () => void (runs += 1)), { numRuns: 500 });
    expect(runs).toBe(7);
    runs = 0;
    fc.assert(fc.property(fc.integer(), () => void (runs += 1)), { numRuns: 3 });
    expect(runs).toBe(3);
    expect(() => fc.assert(fc.property(fc.integer({ min: 0, max: 9 }), (value) => value > 100), { numRuns: 500 })).toThrow(/Property failed/);
  });
});
