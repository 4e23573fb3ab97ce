/**
 * Cumulative incidence against R (test/fixtures/cumulative-incidence, see its README): every row of
 * survfit's Aalen-Johansen estimate, infinitesimal-jackknife standard errors and log limits, to
 * 1e-12 relative, on three data sets; the estimates against cmprsk's cuminc; and properties against
 * Kaplan-Meier and a brute-force jackknife.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFixtureCsv } from "./read-fixture-csv.js";
import { cumulativeIncidence, kaplanMeier, type CompetingRiskObservation } from "../src/index.js";

const read = (file: string) => readFixtureCsv("cumulative-incidence", file);
const CAUSES = ["1", "2", "3"];
const observationsOf = (dataset: string): CompetingRiskObservation[] =>
  read(`${dataset}.csv`).map((row) => ({ time: Number(row["time"]), cause: row["status"] === "0" ? null : row["status"]!, group: row["group"]! }));
const close = (got: number | null | undefined, want: string | undefined, label: string) => {
  if (want === "NA") return expect(got, label).toBeNull();
  const expected = Number(want);
  expect(Math.abs((got as number) - expected), `${label}: ${got} vs ${expected}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
};

describe("cumulativeIncidence: parity with R survfit (Aalen-Johansen, infinitesimal jackknife, log limits)", () => {
  it.each(["small", "groups", "edge"])("%s", (dataset) => {
    const fits = cumulativeIncidence(observationsOf(dataset), { causes: CAUSES });
    const want = read(`${dataset}-aalen-johansen.csv`);
    expect(fits.flatMap((fit) => fit.curve.map((row) => `${fit.group} ${row.time}`))).toEqual(want.map((row) => `${row["group"]} ${row["time"]}`));
    const rows = fits.flatMap((fit) => fit.curve);
    want.forEach((expected, index) => {
      const got = rows[index]!;
      const label = `${dataset} ${expected["group"]} day ${expected["time"]}`;
      expect([got.atRisk, ...CAUSES.map((cause) => got.events[cause]), got.censored], label).toEqual(["n_risk", "n_event_1", "n_event_2", "n_event_3", "n_censor"].map((column) => Number(expected[column])));
      close(got.eventFree, expected["state_free"], `${label} event-free`);
      for (const cause of CAUSES) {
        const incidence = got.incidence[cause]!;
        close(incidence.value, expected[`cif_${cause}`], `${label} cif ${cause}`);
        close(incidence.standardError, expected[`std_err_${cause}`], `${label} se ${cause}`);
        close(incidence.lower, expected[`lower_${cause}`], `${label} lower ${cause}`);
        close(incidence.upper, expected[`upper_${cause}`], `${label} upper ${cause}`);
      }
    });
  });

  it.each(["small", "groups", "edge"])("%s: the estimates equal cmprsk's cuminc after each step", (dataset) => {
    const fits = cumulativeIncidence(observationsOf(dataset), { causes: CAUSES });
    // cuminc lists each step twice (the value before the jump, then after): keep the last row of each time.
    const after = new Map(read(`${dataset}-cuminc.csv`).map((row) => [`${row["group"]} ${row["cause"]} ${row["time"]}`, row]));
    for (const row of after.values()) {
      const fit = fits.find((each) => each.group === row["group"])!;
      const time = Number(row["time"]);
      const at = fit.curve.filter((each) => each.time <= time).at(-1);
      close(at?.incidence[row["cause"]!]?.value ?? 0, row["est"], `${dataset} ${row["group"]} cause ${row["cause"]} day ${time}`);
    }
  });
});

describe("cumulativeIncidence: input and options", () => {
  it("reports invalid observations in their group and computes the rest", () => {
    const [fit] = cumulativeIncidence([{ time: 5, cause: "death" }, { time: -1, cause: null }, { time: 7, cause: "" }, { time: 9 } as never]);
    expect(fit?.issues.map((each) => [each.path.join("."), each.code])).toEqual([["1.time", "out_of_range"], ["2.cause", "invalid_type"], ["3.cause", "missing"]]);
    expect(fit?.curve.map((row) => row.incidence.death?.value)).toEqual([1]);
    const [listed] = cumulativeIncidence([{ time: 5, cause: "death" }, { time: 6, cause: "moved" }], { causes: ["death", "discontinuation"] });
    expect(listed?.issues[0]?.code).toBe("unknown_code");
    expect(listed?.curve[0]?.incidence.discontinuation).toEqual({ value: 0, standardError: 0, lower: null, upper: null });
    expect(() => cumulativeIncidence([], { confidenceLevel: 1 })).toThrow(/confidenceLevel/);
  });
});

describe("cumulativeIncidence properties", () => {
  const observationArb = fc.array(fc.record({ time: fc.integer({ min: 1, max: 30 }), cause: fc.constantFrom(null, "a", "b") }), { minLength: 1, maxLength: 40 });

  it("with one cause, the incidence is 1 - Kaplan-Meier; event-free plus incidences is 1; incidences never fall", () => {
    fc.assert(
      fc.property(observationArb, (observations) => {
        const [fit] = cumulativeIncidence(observations, { causes: ["a", "b"] });
        const [km] = kaplanMeier(observations.map(({ time, cause }) => ({ time, event: cause !== null })));
        fit!.curve.forEach((row, index) => {
          expect(row.eventFree).toBeCloseTo(km!.curve[index]!.survival, 12);
          expect(row.eventFree + row.incidence.a!.value + row.incidence.b!.value).toBeCloseTo(1, 12);
          if (index > 0) for (const cause of ["a", "b"]) expect(row.incidence[cause]!.value).toBeGreaterThanOrEqual(fit!.curve[index - 1]!.incidence[cause]!.value - 1e-15);
        });
        const [single] = cumulativeIncidence(observations.map(({ time, cause }) => ({ time, cause: cause === null ? null : "any" })));
        single?.curve.forEach((row, index) => expect(row.incidence.any?.value ?? 0).toBeCloseTo(1 - km!.curve[index]!.survival, 12));
      }),
      { numRuns: 300 },
    );
  });

  it("has the standard error of a numerical infinitesimal jackknife (weights nudged one person at a time)", () => {
    // A weighted Aalen-Johansen written out directly, differentiated numerically per person.
    const weighted = (observations: readonly CompetingRiskObservation[], weights: readonly number[], at: number, cause: string) => {
      const times = [...new Set(observations.map((each) => each.time))].sort((a, b) => a - b).filter((time) => time <= at);
      let survival = 1;
      let incidence = 0;
      for (const time of times) {
        let n = 0;
        let d = 0;
        let dk = 0;
        observations.forEach((each, index) => {
          if (each.time >= time) n += weights[index]!;
          if (each.time === time && each.cause !== null) {
            d += weights[index]!;
            if (each.cause === cause) dk += weights[index]!;
          }
        });
        incidence += (survival * dk) / n;
        survival *= 1 - d / n;
      }
      return incidence;
    };
    fc.assert(
      fc.property(observationArb, (observations) => {
        const [fit] = cumulativeIncidence(observations, { causes: ["a", "b"] });
        const h = 1e-6;
        for (const row of fit!.curve) {
          const ones = observations.map(() => 1);
          const base = weighted(observations, ones, row.time, "a");
          let variance = 0;
          observations.forEach((_, index) => {
            const nudged = ones.map((weight, other) => (other === index ? weight + h : weight));
            variance += ((weighted(observations, nudged, row.time, "a") - base) / h) ** 2;
          });
          expect(row.incidence.a!.standardError).toBeCloseTo(Math.sqrt(variance), 4);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("cumulativeIncidence: causes listed twice", () => {
  it("throws instead of computing with a repeated cause", () => {
    expect(() => cumulativeIncidence([{ time: 1, cause: "death" }], { causes: ["death", "death"] })).toThrow(/distinct/);
  });
});
