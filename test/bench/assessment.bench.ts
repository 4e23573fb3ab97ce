/**
 * Scoring speed on a large standard, against the floor of the same work, in the same run:
 *   npm run bench
 * 20 sections x 10 standards x 25 criteria (5,000 rated criteria, weights and critical flags), one
 * rating each, default policy; the floor reads every rating's value and sums it, nothing more.
 */
import { bench, describe } from "vitest";
import { assessorAgreement, defineFramework, improvementPlan, scoreAssessment, type Assessment, type FrameworkNode } from "../../src/index.js";

const source = { document: "Large national standard", edition: "2024", verified: true };
const nodes: FrameworkNode[] = [];
const levels = ["MET", "MET", "MET", "PARTIALLY_MET", "NOT_MET", "NOT_APPLICABLE"];
for (let section = 1; section <= 20; section += 1) {
  nodes.push({ id: `S${section}`, code: `${section}`, kind: "section", title: { en: `Section ${section}` }, source });
  for (let standard = 1; standard <= 10; standard += 1) {
    const standardId = `S${section}.${standard}`;
    nodes.push({ id: standardId, parentId: `S${section}`, code: standardId, kind: "standard", title: { en: standardId }, weight: 1 + (standard % 2), source });
    for (let criterion = 1; criterion <= 25; criterion += 1) {
      const id = `${standardId}.${criterion}`;
      nodes.push({ id, parentId: standardId, code: id, kind: "criterion", title: { en: id }, weight: 1 + (criterion % 3), ...(criterion === 1 ? { critical: true } : {}), source });
    }
  }
}
const defined = defineFramework({ id: "large", version: "1", title: { en: "Large" }, publisher: "Bench", year: 2024, source, status: "illustrative", nodes });
if (!defined.ok) throw new Error("framework");
const framework = defined.value;
const criteria = nodes.filter((node) => node.kind === "criterion");
const assessment = (id: string, shift: number): Assessment => ({
  id,
  frameworkId: "large",
  frameworkVersion: "1",
  facilityId: "F",
  mode: "external",
  assessors: [{ id: "X", role: "lead" }],
  visitDate: "2024-03-04",
  status: "final",
  ratings: criteria.map((node, index) => ({ criterionId: node.id, level: levels[(index * 7 + shift) % levels.length]! })),
});
const external = assessment("E", 0);
const self = assessment("S", 1);
const VALUE: Record<string, number> = { MET: 1, PARTIALLY_MET: 0.5, NOT_MET: 0 };
let sink = 0;

describe(`score ${criteria.length} rated criteria`, () => {
  bench("scoreAssessment (scope, scores, counts, critical failures, decision, findings, evidence checks)", () => {
    sink += scoreAssessment(framework, external).overall ?? 0;
  });
  bench("baseline: sum the rating values in one loop", () => {
    for (const rating of external.ratings) sink += VALUE[rating.level] ?? 0;
  });
});

describe(`plan and agreement over ${criteria.length} criteria`, () => {
  const report = scoreAssessment(framework, external);
  bench("improvementPlan + assessorAgreement", () => {
    sink += improvementPlan(report).items.length + (assessorAgreement(self, external).kappa ?? 0);
  });
  bench("baseline: scoreAssessment", () => {
    sink += scoreAssessment(framework, external).overall ?? 0;
  });
});

export { sink };
