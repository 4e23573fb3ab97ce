import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frameworkArb } from "../../test/framework-arbitraries.js";
import { applicableCriteria, appliesTo, profileOfService, type ApplicabilityProfile } from "./applicability.js";
import type { Framework } from "./framework.js";
import { frameworkTree } from "./framework-tree.js";

const source = { document: "Std", edition: "1", verified: true };
const framework: Framework = {
  id: "std",
  version: "1",
  title: { en: "Std" },
  publisher: "P",
  year: 2024,
  source,
  status: "illustrative",
  nodes: [
    { id: "G", code: "1", kind: "standard", title: { en: "General" }, source },
    { id: "G.1", parentId: "G", code: "1.1", kind: "criterion", title: { en: "All services" }, source },
    { id: "G.2", parentId: "G", code: "1.2", kind: "criterion", title: { en: "Women" }, applicability: { populations: ["women", "pregnant-women"] }, source },
    { id: "O", code: "2", kind: "standard", title: { en: "OAT" }, applicability: { modalities: ["outpatient"] }, source },
    { id: "O.1", parentId: "O", code: "2.1", kind: "criterion", title: { en: "Dosing" }, source },
    { id: "O.2", parentId: "O", code: "2.2", kind: "criterion", title: { en: "OAT in prison" }, applicability: { settings: ["prison"] }, source },
  ],
};

const ids = (profile: ApplicabilityProfile) => applicableCriteria(framework, profile).map((node) => node.id);

describe("applicableCriteria", () => {
  it("keeps the leaves whose own and inherited restrictions admit the service", () => {
    expect(ids({})).toEqual(["G.1", "G.2", "O.1", "O.2"]);
    expect(ids({ modalities: ["long-term-residential"] })).toEqual(["G.1", "G.2"]);
    expect(ids({ modalities: ["outpatient"], settings: ["community"], populations: [] })).toEqual(["G.1", "O.1"]);
    expect(ids({ modalities: ["outpatient"], settings: ["prison"], populations: ["pregnant-women"] })).toEqual(["G.1", "G.2", "O.1", "O.2"]);
  });

  it("builds a profile from a service record", () => {
    const service = { modality: "outpatient" as const, setting: "prison" as const, populations: ["women" as const] };
    expect(profileOfService(service)).toEqual({ modalities: ["outpatient"], settings: ["prison"], populations: ["women"] });
    expect(ids(profileOfService({ modality: "outpatient" }))).toEqual(["G.1", "G.2", "O.1", "O.2"]);
    expect(profileOfService({ modality: "outpatient" })).toStrictEqual({ modalities: ["outpatient"] });
  });

  it("agrees with a node-by-node walk up the tree, and narrows as the profile grows (property)", () => {
    const codes = { modalities: ["outpatient", "community-outreach", "long-term-residential"], settings: ["prison", "community"], populations: ["women", "children-adolescents"] } as const;
    const profileArb = fc.record(
      { modalities: fc.subarray([...codes.modalities]), settings: fc.subarray([...codes.settings]), populations: fc.subarray([...codes.populations]) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(frameworkArb, profileArb, (random, profile) => {
        const tree = frameworkTree(random);
        // Oracle: a leaf applies when the leaf and every ancestor, each on its own, admit the profile.
        const expected = tree.leaves.filter((leaf) => [leaf, ...tree.ancestors(leaf.id)].every((node) => appliesTo(node.applicability, profile)));
        expect(applicableCriteria(random, profile)).toEqual(expected);
        // An unknown dimension never excludes: dropping one keeps at least the same leaves.
        const { populations: _dropped, ...wider } = profile;
        expect(applicableCriteria(random, wider).length).toBeGreaterThanOrEqual(expected.length);
      }),
      { numRuns: 200 },
    );
  });
});
