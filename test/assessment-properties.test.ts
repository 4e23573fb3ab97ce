/**
 * Properties of scoring, checked on random frameworks and assessments, against a slow reference
 * scorer written here from the contract alone (recursion over the flat node list, no shared code).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_RATING_SCALE,
  DEFAULT_SCORING_POLICY,
  assessorAgreement,
  frameworkTree,
  scoreAssessment,
  type Assessment,
  type Framework,
  type FrameworkNode,
  type ScoringPolicyInput,
} from "../src/index.js";
import { frameworkArb } from "./framework-arbitraries.js";

type Policy = Required<Pick<ScoringPolicyInput, "notApplicable" | "unrated" | "aggregation">>;
const LEVELS = ["MET", "PARTIALLY_MET", "NOT_MET", "NOT_APPLICABLE", "UNRATED"] as const;
const VALUE: Record<string, number> = { MET: 1, PARTIALLY_MET: 0.5, NOT_MET: 0 };
const DIMENSIONS = ["modalities", "settings", "populations"] as const;

// ---- The reference scorer -------------------------------------------------------------------

function referenceScores(framework: Framework, assessment: Assessment, policy: Policy) {
  const nodes = framework.nodes;
  const childrenOf = (id: string | undefined) => nodes.filter((node) => node.parentId === id);
  const isLeaf = (node: FrameworkNode) => childrenOf(node.id).length === 0;
  const chain = (node: FrameworkNode): FrameworkNode[] => (node.parentId === undefined ? [node] : [...chain(nodes.find((each) => each.id === node.parentId)!), node]);
  const scope = assessment.scope ?? {};
  const inScope = (leaf: FrameworkNode) =>
    DIMENSIONS.every((dimension) => {
      const offered = scope[dimension] as readonly string[] | undefined;
      if (offered === undefined) return true;
      // Intersect the restrictions along the path, then ask whether the service offers one of them.
      let allowed: readonly string[] | undefined;
      for (const node of chain(leaf)) {
        const own = node.applicability?.[dimension] as readonly string[] | undefined;
        if (own !== undefined) allowed = allowed === undefined ? own : allowed.filter((code) => own.includes(code));
      }
      return allowed === undefined || allowed.some((code) => offered.includes(code));
    });
  const levelOf = (leaf: FrameworkNode) => assessment.ratings.find((rating) => rating.criterionId === leaf.id)?.level;
  const leafScore = (leaf: FrameworkNode): number | null => {
    if (!inScope(leaf)) return null;
    const level = levelOf(leaf);
    if (level === undefined) return policy.unrated === "count-as-zero" ? 0 : null;
    if (level === "NOT_APPLICABLE") return policy.notApplicable === "count-as-met" ? 1 : null;
    return VALUE[level]!;
  };
  const mean = (pairs: [number, number | null][]) => {
    const scoring = pairs.filter((pair): pair is [number, number] => pair[1] !== null);
    if (scoring.length === 0) return null;
    return scoring.reduce((sum, [weight, value]) => sum + weight * value, 0) / scoring.reduce((sum, [weight]) => sum + weight, 0);
  };
  const leavesUnder = (node: FrameworkNode): FrameworkNode[] => (isLeaf(node) ? [node] : childrenOf(node.id).flatMap(leavesUnder));
  const score = (node: FrameworkNode): number | null => {
    if (isLeaf(node)) return leafScore(node);
    if (policy.aggregation === "pooled") return mean(leavesUnder(node).map((leaf) => [leaf.weight ?? 1, leafScore(leaf)]));
    return mean(childrenOf(node.id).map((child) => [child.weight ?? 1, score(child)]));
  };
  const roots = childrenOf(undefined);
  const overall = policy.aggregation === "pooled" ? mean(roots.flatMap(leavesUnder).map((leaf) => [leaf.weight ?? 1, leafScore(leaf)])) : mean(roots.map((root) => [root.weight ?? 1, score(root)]));
  const leaves = roots.flatMap(leavesUnder);
  const applicable = leaves.filter(inScope);
  return {
    overall,
    nodes: Object.fromEntries(nodes.map((node) => [node.id, score(node)])),
    completeness: applicable.length === 0 ? null : applicable.filter((leaf) => levelOf(leaf) !== undefined).length / applicable.length,
    criticalFailures: leaves.filter((leaf) => leaf.critical === true && (leafScore(leaf) ?? 1) < 1).map((leaf) => leaf.id),
  };
}

// ---- Arbitraries ----------------------------------------------------------------------------

const policyArb: fc.Arbitrary<Policy> = fc.record({
  notApplicable: fc.constantFrom("exclude" as const, "count-as-met" as const),
  unrated: fc.constantFrom("count-as-zero" as const, "exclude" as const),
  aggregation: fc.constantFrom("hierarchical" as const, "pooled" as const),
});

const scopeArb = fc.record(
  {
    modalities: fc.subarray(["outpatient", "community-outreach", "long-term-residential"] as const),
    settings: fc.subarray(["prison", "community"] as const),
    populations: fc.subarray(["women", "children-adolescents"] as const),
  },
  { requiredKeys: [] },
);

function assessmentOf(framework: Framework, levels: readonly (typeof LEVELS)[number][], scope: Assessment["scope"]): Assessment {
  const leaves = frameworkTree(framework).leaves;
  return {
    id: "A",
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    facilityId: "F",
    ...(scope === undefined ? {} : { scope }),
    mode: "external",
    assessors: [{ id: "X", role: "lead" }],
    visitDate: "2024-01-01",
    status: "final",
    ratings: leaves.flatMap((leaf, index) => {
      const level = levels[index % levels.length]!;
      return level === "UNRATED" ? [] : [{ criterionId: leaf.id, level }];
    }),
  };
}

const scenarioArb = fc
  .tuple(frameworkArb, fc.array(fc.constantFrom(...LEVELS), { minLength: 1, maxLength: 30 }), fc.option(scopeArb, { nil: undefined }), policyArb)
  .map(([framework, levels, scope, policy]) => ({ framework, assessment: assessmentOf(framework, levels, scope), policy }));

const close = (actual: number | null, expected: number | null) => {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 12);
};

// ---- Properties -----------------------------------------------------------------------------

describe("scoreAssessment properties", () => {
  it("agrees with the reference scorer on random frameworks and assessments", () => {
    fc.assert(
      fc.property(scenarioArb, ({ framework, assessment, policy }) => {
        const report = scoreAssessment(framework, assessment, policy);
        const reference = referenceScores(framework, assessment, policy);
        close(report.overall, reference.overall);
        for (const [id, expected] of Object.entries(reference.nodes)) close(report.nodes[id]!.score, expected);
        close(report.completeness, reference.completeness);
        expect(report.criticalFailures).toEqual(frameworkTree(framework).leaves.map((leaf) => leaf.id).filter((id) => reference.criticalFailures.includes(id)));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every score in [0, 1]", () => {
    fc.assert(
      fc.property(scenarioArb, ({ framework, assessment, policy }) => {
        const report = scoreAssessment(framework, assessment, policy);
        for (const value of [report.overall, report.completeness, ...Object.values(report.nodes).map((node) => node.score)]) {
          if (value !== null) expect(value >= 0 && value <= 1).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never lowers any node's score when one rating is raised", () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), ({ framework, assessment, policy }, pick) => {
        const raisable = assessment.ratings.map((rating, index) => ({ rating, index })).filter(({ rating }) => rating.level === "PARTIALLY_MET" || rating.level === "NOT_MET");
        if (raisable.length === 0) return;
        const { rating, index } = raisable[pick % raisable.length]!;
        const raised = { ...assessment, ratings: assessment.ratings.map((each, position) => (position === index ? { ...each, level: rating.level === "NOT_MET" ? "PARTIALLY_MET" : "MET" } : each)) };
        const before = scoreAssessment(framework, assessment, policy);
        const after = scoreAssessment(framework, raised, policy);
        for (const [id, node] of Object.entries(before.nodes)) if (node.score !== null) expect(after.nodes[id]!.score!).toBeGreaterThanOrEqual(node.score - 1e-12);
        if (before.overall !== null) expect(after.overall!).toBeGreaterThanOrEqual(before.overall - 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same report whatever the order of the ratings", () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), ({ framework, assessment, policy }, seed) => {
        const shuffled = { ...assessment, ratings: [...assessment.ratings].sort((a, b) => ((a.criterionId.length * 31 + seed) % 7) - ((b.criterionId.length * 31 + seed) % 7) || b.criterionId.localeCompare(a.criterionId)) };
        const { issues: shuffledIssues, ...shuffledReport } = scoreAssessment(framework, shuffled, policy);
        const { issues, ...report } = scoreAssessment(framework, assessment, policy);
        expect(shuffledReport).toEqual(report);
        // Issues point at positions in the ratings list, which moved; the same problems are reported.
        const problems = (list: typeof issues) => list.map((each) => `${each.code} ${each.message}`).sort();
        expect(problems(shuffledIssues)).toEqual(problems(issues));
      }),
      { numRuns: 200 },
    );
  });

  it("scores a not-applicable leaf under exclude as if the leaf were not in the framework", () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), ({ framework, assessment, policy }, pick) => {
        const tree = frameworkTree(framework);
        // A leaf with a sibling, so that removing it leaves its parent an inner node.
        const candidates = tree.leaves.filter((leaf) => leaf.parentId !== undefined && tree.children(leaf.parentId).length > 1);
        if (candidates.length === 0) return;
        const leaf = candidates[pick % candidates.length]!;
        const withNa = { ...assessment, ratings: [...assessment.ratings.filter((rating) => rating.criterionId !== leaf.id), { criterionId: leaf.id, level: "NOT_APPLICABLE" }] };
        const without: Framework = { ...framework, nodes: framework.nodes.filter((node) => node.id !== leaf.id) };
        const rules = { ...policy, notApplicable: "exclude" as const };
        const a = scoreAssessment(framework, withNa, rules);
        const b = scoreAssessment(without, { ...assessment, ratings: assessment.ratings.filter((rating) => rating.criterionId !== leaf.id) }, rules);
        close(a.overall, b.overall);
        for (const [id, node] of Object.entries(b.nodes)) close(a.nodes[id]!.score, node.score);
      }),
      { numRuns: 200 },
    );
  });

  it("does not change when every weight is scaled by the same constant", () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(0.25, 2, 3, 10, 1e-3), ({ framework, assessment, policy }, factor) => {
        const scaled: Framework = { ...framework, nodes: framework.nodes.map((node) => ({ ...node, weight: (node.weight ?? 1) * factor })) };
        const a = scoreAssessment(framework, assessment, policy);
        const b = scoreAssessment(scaled, assessment, policy);
        close(b.overall, a.overall);
        for (const [id, node] of Object.entries(a.nodes)) close(b.nodes[id]!.score, node.score);
        expect(b.decision.outcome).toBe(a.decision.outcome);
      }),
      { numRuns: 200 },
    );
  });

  it("states the policy it used", () => {
    fc.assert(
      fc.property(scenarioArb, ({ framework, assessment, policy }) => {
        expect(scoreAssessment(framework, assessment, policy).policy).toEqual({ ...DEFAULT_SCORING_POLICY, ...policy });
      }),
      { numRuns: 50 },
    );
  });
});

describe("assessorAgreement properties", () => {
  const codes = [...DEFAULT_RATING_SCALE.levels.map((level) => level.code), "NOT_APPLICABLE"];
  const ratingsArb = fc.array(fc.constantFrom(...codes), { minLength: 1, maxLength: 40 });
  const assessment = (id: string, levels: readonly string[]): Assessment => ({
    id,
    frameworkId: "f",
    frameworkVersion: "1",
    facilityId: "F",
    mode: "external",
    assessors: [{ id: "X", role: "lead" }],
    visitDate: "2024-01-01",
    status: "final",
    ratings: levels.map((level, index) => ({ criterionId: `C${index}`, level })),
  });

  it("gives kappa 1 for identical ratings that use at least two categories, and stays in [-1, 1]", () => {
    fc.assert(
      fc.property(ratingsArb, ratingsArb, (levels, other) => {
        const same = assessorAgreement(assessment("a", levels), assessment("b", levels));
        expect(same.percentAgreement).toBe(1);
        if (new Set(levels).size >= 2) expect(same.kappa).toBeCloseTo(1, 12);
        else expect(same.kappa).toBeNull();
        const different = assessorAgreement(assessment("a", levels), assessment("b", other));
        expect(different.n).toBe(Math.min(levels.length, other.length));
        for (const value of [different.kappa, different.weightedKappa]) if (value !== null) expect(value >= -1 - 1e-12 && value <= 1 + 1e-12).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("is symmetric", () => {
    fc.assert(
      fc.property(ratingsArb, ratingsArb, (levels, other) => {
        const ab = assessorAgreement(assessment("a", levels), assessment("b", other));
        const ba = assessorAgreement(assessment("b", other), assessment("a", levels));
        close(ab.kappa, ba.kappa);
        close(ab.weightedKappa, ba.weightedKappa);
      }),
    );
  });
});
