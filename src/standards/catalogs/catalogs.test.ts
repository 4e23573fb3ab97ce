import { describe, expect, it } from "vitest";
import { defineFramework } from "../define-framework.js";
import { frameworkCoverage } from "../coverage.js";
import { frameworkTree } from "../framework-tree.js";
import { MODALITY, POPULATION, codesOf } from "../../codes/index.js";
import { euMinimumQualityStandards2015, illustrativeNationalStandard, internationalStandards2020, unodcWhoPrinciples2008 } from "./index.js";

const catalogs = [internationalStandards2020, unodcWhoPrinciples2008, euMinimumQualityStandards2015, illustrativeNationalStandard];

describe.each(catalogs)("built-in catalog $id", (catalog) => {
  it("passes defineFramework with every link resolved, unchanged", () => {
    const result = defineFramework(JSON.parse(JSON.stringify(catalog)), { resolveAgainst: [internationalStandards2020] });
    expect(result.ok ? result.value : result.issues).toEqual(catalog);
  });

  it("has English and Russian titles, a notice, and a source citation on every node", () => {
    expect(catalog.title.ru).toBeTruthy();
    expect(catalog.description?.ru).toBeTruthy();
    expect(catalog.notice).toMatch(/not endorsed/i);
    for (const node of catalog.nodes) {
      expect(node.title.ru, node.id).toBeTruthy();
      expect(node.source.document.length, node.id).toBeGreaterThan(5);
      expect(node.source.edition.length, node.id).toBeGreaterThan(0);
    }
  });

  it("gives every leaf guidance in English and Russian and the evidence to look for", () => {
    for (const leaf of frameworkTree(catalog).leaves) {
      expect(leaf.guidance?.en, leaf.id).toBeTruthy();
      expect(leaf.guidance?.ru, leaf.id).toBeTruthy();
      expect(leaf.evidence?.length, leaf.id).toBeGreaterThan(0);
    }
  });

  it("is frozen, so no caller can change it for the others", () => {
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog.nodes[0]!.source)).toBe(true);
  });
});

describe("internationalStandards2020", () => {
  const tree = frameworkTree(internationalStandards2020);

  it("has exactly the seven key principles as roots and at least 60 rated criteria, each cited", () => {
    expect(tree.children().map((root) => [root.id, root.kind])).toEqual(["P1", "P2", "P3", "P4", "P5", "P6", "P7"].map((id) => [id, "principle"]));
    expect(tree.leaves.length).toBeGreaterThanOrEqual(60);
    for (const leaf of tree.leaves) {
      expect(leaf.kind).toBe("criterion");
      expect(leaf.illustrative, leaf.id).toBe(true);
      expect(leaf.source).toMatchObject({ document: "International Standards for the Treatment of Drug Use Disorders", verified: false });
      expect(leaf.source.section, leaf.id).toBeTruthy();
    }
  });

  it("has key standards for every treatment modality and standards for the special populations", () => {
    const restricted = (dimension: "modalities" | "populations") => new Set<string>(tree.depthFirst.flatMap((node) => node.applicability?.[dimension] ?? []));
    expect([...restricted("modalities")].sort()).toEqual([...codesOf(MODALITY)].sort());
    for (const population of ["women", "pregnant-women", "children-adolescents", "criminal-justice", "co-occurring-disorders"]) expect(restricted("populations").has(population)).toBe(true);
    for (const code of restricted("populations")) expect(codesOf(POPULATION) as readonly string[]).toContain(code);
  });
});

describe("linked catalogs", () => {
  it("link the 2008 principles and the EU standards to the 2020 principles", () => {
    for (const catalog of [unodcWhoPrinciples2008, euMinimumQualityStandards2015]) {
      const targets = catalog.nodes.flatMap((node) => node.derivedFrom ?? []);
      expect(targets.length).toBeGreaterThan(0);
      for (const link of targets) expect(link).toMatchObject({ frameworkId: "unodc-who-is-2020", nodeId: expect.stringMatching(/^P[1-7]$/) });
    }
    expect(unodcWhoPrinciples2008.nodes.filter((node) => node.parentId === undefined)).toHaveLength(9);
  });

  it("make the illustrative national standard a partial, sourced adaptation of the 2020 catalog", () => {
    expect(illustrativeNationalStandard.status).toBe("illustrative");
    expect(illustrativeNationalStandard.nodes.every((node) => node.illustrative === true)).toBe(true);
    const coverage = frameworkCoverage(illustrativeNationalStandard, internationalStandards2020);
    expect(coverage.ratio).toBeGreaterThan(0.6);
    expect(coverage.ratio).toBeLessThan(1);
    expect(coverage.unsourced.length).toBeGreaterThan(0);
    expect(coverage.unresolved).toEqual([]);
    const relations = new Set(illustrativeNationalStandard.nodes.flatMap((node) => node.derivedFrom?.map((link) => link.relation) ?? []));
    expect([...relations].sort()).toEqual(["broader", "equivalent", "narrower", "related"]);
    expect(illustrativeNationalStandard.nodes.some((node) => node.critical === true)).toBe(true);
  });
});
