/**
 * Determinism: every engine, the FHIR and DHIS2 exports, scoring and the sample registry give
 * byte-identical output on the sample registry in every run and in every time zone. The suite runs
 * in four time zones (one with a DST switch at midnight); the fingerprints below are the same in each.
 * The demo summary, the HTML report and the outputs of validate, score, continuity and indicators are
 * pinned the same way in src/cli. After a deliberate change of output, recompute them with
 * `node --import ./test/tools/typescript-loader.mjs` on `fingerprints(determinismOutputs())` and say
 * why in the commit.
 */
import { describe, expect, it } from "vitest";
import { determinismOutputs, fingerprints } from "./determinism-outputs.js";

describe("determinism", () => {
  it("gives the same output, byte for byte, in every run and time zone", { timeout: 60_000 }, () => {
    expect(fingerprints(determinismOutputs())).toEqual({
      sample: "d34412393e656aa4",
      cma: "084be9ef7b9cb2a7",
      episodes: "f835f0750895ef3c",
      explain: "2c7a4874210b57e1",
      pdc: "b800cd9c8200b033",
      mpr: "67fb85e4b4d86bfc",
      persistence: "4dfd7795a4c63570",
      retention: "89c5429664d7f3a2",
      retentionAt: "8ca371b651642a51",
      kaplanMeier: "15bdd7b8cc1ed8c8",
      cumulativeIncidence: "526e383f5415bade",
      providerContinuity: "866a96edeaf72077",
      followUp: "b2c9867e1ec63526",
      initiation: "74f3a18cf5514e1f",
      disruption: "1b8eaa6e6927afab",
      availability: "2519fc00b1e9e7c1",
      indicators: "844b3557b23ea590",
      suppression: "bda1067c0c101ae2",
      scores: "c1b1c5a4622decec",
      fhir: "40d2eef71d20ac1e",
      dhis2: "b994cb252b7849d9",
    });
  });
});
