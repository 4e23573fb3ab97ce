import { describe, expect, it } from "vitest";
import { cumulativeIncidence } from "./cumulative-incidence.js";
import { kaplanMeier } from "./kaplan-meier.js";

const issuesOf = (curves: readonly { readonly group: string | null; readonly issues: readonly { code: string; path: readonly (string | number)[]; message: string }[] }[]) =>
  curves.map((curve) => [curve.group, curve.issues.map(({ code, path, message }) => ({ code, path, message }))]);

describe("survival observations: each checked, with its path, code and message", () => {
  it("reports a time that is missing, not a number, not finite or negative", () => {
    const observations = [{ event: true }, { time: "5", event: true }, { time: Number.NaN, event: true }, { time: Number.POSITIVE_INFINITY, event: true }, { time: -1, event: true }, { time: 0, event: true }];
    expect(issuesOf(kaplanMeier(observations as never))).toEqual([
      [
        null,
        [
          { code: "missing", path: [0, "time"], message: "Observation 0: time must be a number of at least 0; got nothing." },
          { code: "invalid_type", path: [1, "time"], message: 'Observation 1: time must be a number of at least 0; got "5".' },
          { code: "out_of_range", path: [2, "time"], message: "Observation 2: time must be a number of at least 0; got the number NaN." },
          { code: "out_of_range", path: [3, "time"], message: "Observation 3: time must be a number of at least 0; got the number Infinity." },
          { code: "out_of_range", path: [4, "time"], message: "Observation 4: time must be a number of at least 0; got the number -1." },
        ],
      ],
    ]);
  });

  it("reports an event that is not true or false, a group that is not text, and an observation that is not an object", () => {
    const curves = kaplanMeier([{ time: 1 }, { time: 1, event: "yes" }, { time: 1, event: true, group: 5 }, null] as never);
    expect(issuesOf(curves)).toEqual([
      [
        null,
        [
          { code: "missing", path: [0, "event"], message: "Observation 0: event must be true or false; got nothing." },
          { code: "invalid_type", path: [1, "event"], message: 'Observation 1: event must be true or false; got "yes".' },
          { code: "invalid_type", path: [2, "group"], message: "Observation 2: group must be a string; got the number 5." },
          { code: "missing", path: [3, "time"], message: "Observation 3: time must be a number of at least 0; got nothing." },
        ],
      ],
    ]);
  });

  it("reports a cause that is missing, empty or not listed, naming the causes given", () => {
    const curves = cumulativeIncidence([{ time: 1 }, { time: 1, cause: "" }, { time: 1, cause: "moved" }, { time: 2, cause: "death" }] as never, { causes: ["death", "discontinuation"] });
    expect(issuesOf(curves)).toEqual([
      [
        null,
        [
          { code: "missing", path: [0, "cause"], message: "Observation 0: cause must be a non-empty string, or null when censored; got nothing." },
          { code: "invalid_type", path: [1, "cause"], message: 'Observation 1: cause must be a non-empty string, or null when censored; got "".' },
          { code: "unknown_code", path: [2, "cause"], message: 'Observation 2: cause "moved" is not one of the causes given (death, discontinuation).' },
        ],
      ],
    ]);
  });

  it("throws for causes that are not a list of distinct strings, and for a confidence level outside (0, 1)", () => {
    for (const causes of ["death", ["death", 5], ["death", "death"]]) expect(() => cumulativeIncidence([], { causes: causes as never })).toThrow(/^causes must be an array of distinct strings/);
    for (const confidenceLevel of [0, 1, -0.5]) {
      expect(() => kaplanMeier([], { confidenceLevel })).toThrow(`confidenceLevel must be between 0 and 1, got ${confidenceLevel}.`);
      expect(() => cumulativeIncidence([], { confidenceLevel })).toThrow(/confidenceLevel/);
    }
  });
});

describe("survival groups", () => {
  it("gives one curve with no group for no observations", () => {
    expect(kaplanMeier([])).toEqual([{ group: null, curve: [], median: null, issues: [] }]);
  });

  it("sorts named groups, puts observations without a group in the group named by the empty string, and merges it with one so named", () => {
    const observations = [
      { time: 1, event: true, group: "c" },
      { time: 2, event: true },
      { time: 3, event: true, group: "a" },
      { time: 4, event: true, group: "" },
      { time: 5, event: true, group: "b" },
      { time: 6, event: "no", group: 7 },
    ];
    const curves = kaplanMeier(observations as never);
    expect(curves.map((curve) => [curve.group, curve.curve.map((row) => row.time), curve.issues.map((each) => each.path.join("."))])).toEqual([
      ["", [2, 4], ["5.group"]],
      ["a", [3], []],
      ["b", [5], []],
      ["c", [1], []],
    ]);
  });

  it("lists the causes seen, sorted, without the censored ones", () => {
    const [curve] = cumulativeIncidence([
      { time: 1, cause: "discontinuation" },
      { time: 2, cause: null },
      { time: 3, cause: "death" },
    ]);
    expect(curve?.causes).toEqual(["death", "discontinuation"]);
  });
});

describe("kaplanMeier: R's median where the curve sits at exactly one half", () => {
  it("takes the midpoint to the next time the curve drops, not to a censoring", () => {
    // Survival 3/4 at 1, 1/2 at 2, still 1/2 at 3 (a censoring), 0 at 4: R's median is (2 + 4) / 2.
    const [curve] = kaplanMeier([
      { time: 1, event: true },
      { time: 2, event: true },
      { time: 3, event: false },
      { time: 4, event: true },
    ]);
    expect(curve?.curve.map((row) => row.survival)).toEqual([0.75, 0.5, 0.5, 0]);
    expect(curve?.median).toBe(3);
  });
});
