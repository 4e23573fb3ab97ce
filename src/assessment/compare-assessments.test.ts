import { describe, expect, it } from "vitest";
import { defineFramework, type FrameworkNode } from "../standards/index.js";
import type { Assessment } from "./assessment-record.js";
import { compareAssessments } from "./compare-assessments.js";

const source = { document: "Std", edition: "1", verified: true };
const node = (id: string, parentId?: string): FrameworkNode => ({ id, ...(parentId === undefined ? {} : { parentId }), code: id, kind: parentId === undefined ? "standard" : "criterion", title: { en: id }, source });
const defined = defineFramework({ id: "f", version: "1", title: { en: "F" }, publisher: "P", year: 2024, source, status: "illustrative", nodes: [node("S"), node("C1", "S"), node("C2", "S"), node("C3", "S"), node("C4", "S")] });
if (!defined.ok) throw new Error("framework");

const assessment = (id: string, mode: Assessment["mode"], levels: Record<string, string>): Assessment => ({
  id,
  frameworkId: "f",
  frameworkVersion: "1",
  facilityId: "F1",
  mode,
  assessors: [{ id: "X", role: "lead" }],
  visitDate: "2024-03-04",
  status: "final",
  ratings: Object.entries(levels).map(([criterionId, level]) => ({ criterionId, level })),
});

describe("compareAssessments", () => {
  it("shows where the self-assessment rated higher or lower than the assessors, and how each node moved", () => {
    const self = assessment("self", "self", { C1: "MET", C2: "MET", C3: "NOT_MET", C4: "NOT_APPLICABLE" });
    const external = assessment("ext", "external", { C1: "MET", C2: "NOT_MET", C3: "PARTIALLY_MET", C4: "MET" });
    const comparison = compareAssessments(defined.value, self, external);
    expect(comparison.gaps).toEqual([
      { criterionId: "C2", before: "MET", after: "NOT_MET", difference: -1 },
      { criterionId: "C3", before: "NOT_MET", after: "PARTIALLY_MET", difference: 0.5 },
    ]);
    expect(comparison.improved).toEqual(["C3"]);
    expect(comparison.regressed).toEqual(["C2"]);
    // Self: (1 + 1 + 0) / 3 with C4 N/A left out; external: (1 + 0 + 0.5 + 1) / 4.
    expect(comparison.nodes["S"]).toEqual({ before: 2 / 3, after: 2.5 / 4, change: 2.5 / 4 - 2 / 3 });
    expect(comparison.overallChange).toBe(2.5 / 4 - 2 / 3);
    expect(comparison.nodes["C4"]).toEqual({ before: null, after: 1, change: null });
  });

  it("lists the largest gaps first; a criterion is a gap only when both sides rated it", () => {
    const self = assessment("self", "self", { C1: "PARTIALLY_MET", C2: "MET", C3: "MET" });
    const external = assessment("ext", "external", { C1: "MET", C2: "NOT_MET", C3: "NOT_APPLICABLE", C4: "MET" });
    const comparison = compareAssessments(defined.value, self, external);
    expect(comparison.gaps.map((gap) => [gap.criterionId, gap.difference])).toEqual([
      ["C2", -1],
      ["C1", 0.5],
    ]);
    // C3 not applicable after: no score, no change. C4 unrated before scores 0 under the default policy: a change, not a gap.
    expect([comparison.nodes["C3"], comparison.nodes["C4"]]).toEqual([
      { before: 1, after: null, change: null },
      { before: 0, after: 1, change: 1 },
    ]);
  });
});

