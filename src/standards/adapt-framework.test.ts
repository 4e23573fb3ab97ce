import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frameworkArb } from "../../test/framework-arbitraries.js";
import { adaptFramework } from "./adapt-framework.js";
import { frameworkCoverage } from "./coverage.js";
import { diffFrameworks, sameContent } from "./diff-frameworks.js";
import type { Framework, FrameworkNode } from "./framework.js";
import { frameworkTree } from "./framework-tree.js";

const source = { document: "Base standard", edition: "2020", verified: true };
const national = { document: "National law", edition: "2021", verified: false };

function node(id: string, parentId: string | undefined, kind: FrameworkNode["kind"], extra: Partial<FrameworkNode> = {}): FrameworkNode {
  return { id, ...(parentId === undefined ? {} : { parentId }), code: id, kind, title: { en: `Node ${id}` }, source, ...extra };
}

const base: Framework = {
  id: "base",
  version: "2020",
  title: { en: "Base", ru: "База" },
  publisher: "WHO",
  year: 2020,
  source,
  status: "official",
  license: "CC",
  notice: "Paraphrase.",
  nodes: [
    node("P1", undefined, "principle"),
    node("P1.1", "P1", "standard"),
    node("P1.1.1", "P1.1", "criterion", { guidance: { en: "Look at consent forms." } }),
    node("P1.1.2", "P1.1", "criterion"),
    node("P1.2", "P1", "standard"),
    node("P1.2.1", "P1.2", "criterion"),
    node("P2", undefined, "principle"),
    node("P2.1", "P2", "standard"),
    node("P2.1.1", "P2.1", "criterion"),
    node("P2.1.2", "P2.1", "criterion"),
  ],
};

const adaptation = {
  id: "national",
  version: "1.0",
  title: { en: "National standard", ru: "Национальный стандарт" },
  publisher: "Ministry of Health",
  remove: ["P1.2", "P2.1.2"],
  add: [
    { id: "N1", parentId: "P2.1", code: "2.1.N1", kind: "criterion" as const, title: { en: "Licence is valid" }, source: national },
    { id: "N2", code: "3", kind: "section" as const, title: { en: "National registers" }, source: national },
    { id: "N2.1", parentId: "N2", code: "3.1", kind: "criterion" as const, title: { en: "Register entries are complete" }, source: national, derivedFrom: [{ frameworkId: "base", nodeId: "P2.1.2", relation: "narrower" as const }] },
  ],
  modify: { "P1.1.1": { weight: 2, critical: true } },
  translate: { ru: { "P1.1.1": { title: "Согласие", guidance: "Проверьте формы согласия." }, N1: { title: "Лицензия действует" } } },
};

describe("adaptFramework", () => {
  const result = adaptFramework(base, adaptation);
  const adapted = result.ok ? result.value : undefined;

  it("removes subtrees, keeps base ids with an equivalent link, adds, modifies and translates", () => {
    expect(result.ok).toBe(true);
    expect(adapted!.nodes.map((each) => each.id)).toEqual(["P1", "P1.1", "P1.1.1", "P1.1.2", "P2", "P2.1", "P2.1.1", "N1", "N2", "N2.1"]);
    const consent = adapted!.nodes[2]!;
    expect(consent).toMatchObject({ weight: 2, critical: true, title: { en: "Node P1.1.1", ru: "Согласие" }, guidance: { en: "Look at consent forms.", ru: "Проверьте формы согласия." } });
    expect(consent.derivedFrom).toEqual([{ frameworkId: "base", version: "2020", nodeId: "P1.1.1", relation: "equivalent" }]);
    expect(adapted!.nodes[7]!.derivedFrom).toBeUndefined();
    expect(adapted!).toMatchObject({ publisher: "Ministry of Health", year: 2020, status: "official", license: "CC", notice: "Paraphrase." });
  });

  it("keeps a change log in order", () => {
    expect(adapted!.adaptedFrom).toEqual({
      frameworkId: "base",
      version: "2020",
      changes: [
        { action: "removed", nodeId: "P1.2" },
        { action: "removed", nodeId: "P1.2.1", via: "P1.2" },
        { action: "removed", nodeId: "P2.1.2" },
        { action: "modified", nodeId: "P1.1.1", fields: ["weight", "critical"] },
        { action: "added", nodeId: "N1" },
        { action: "added", nodeId: "N2" },
        { action: "added", nodeId: "N2.1" },
        { action: "translated", nodeId: "P1.1.1", locale: "ru", fields: ["title", "guidance"] },
        { action: "translated", nodeId: "N1", locale: "ru", fields: ["title"] },
      ],
    });
  });

  it("gives a coverage report that names exactly the removed and the unsourced leaves", () => {
    const coverage = frameworkCoverage(adapted!, base);
    expect(coverage).toMatchObject({ covered: 4, total: 5, ratio: 0.8, uncovered: ["P1.2.1"], relatedOnly: [], unsourced: ["N1"], unresolved: [] });
    expect(coverage.byRoot).toEqual([
      { nodeId: "P1", covered: 2, total: 3, ratio: 2 / 3 },
      { nodeId: "P2", covered: 2, total: 2, ratio: 1 },
    ]);
    expect(coverage.leaves.find((leaf) => leaf.nodeId === "P2.1.2")).toEqual({ nodeId: "P2.1.2", covered: true, linkedFrom: [{ nodeId: "N2.1", relation: "narrower" }] });
  });

  it("reports every problem at its place in the adaptation", () => {
    const bad = adaptFramework(base, {
      id: "national",
      version: "1",
      title: { en: "National" },
      remove: ["P9", "P1.1", "P1.1.1"],
      add: [
        { id: "P2", code: "x", kind: "criterion", title: { en: "Clash" }, source: national },
        { id: "N1", parentId: "P1.1", code: "x", kind: "criterion", title: { en: "Orphan" }, source: national },
      ],
      modify: { P1: { code: "1" }, "P1.1": { weight: 2 }, NOPE: { weight: 1 } },
      translate: { kk: { GHOST: { title: "Жоқ" } } },
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual([
      "remove.0 unknown_reference",
      "remove.2 duplicate",
      "modify.P1.1 unknown_reference",
      "modify.NOPE unknown_reference",
      "add.0.id duplicate",
      "add.1.parentId unknown_reference",
      "translate.kk.GHOST unknown_reference",
    ]);
    expect(bad.issues.map((each) => each.message)).toEqual([
      '"P9" is not a node of "base" 2020.',
      '"P1.1.1" is already removed (listed twice, or below another removed node).',
      'Cannot modify: "P1.1" is removed by this adaptation.',
      'Cannot modify: "NOPE" is not a node of "base" 2020.',
      '"P2" is already a node kept from "base"; give the new node another id.',
      'The parent "P1.1" is removed by this adaptation.',
      'Cannot translate "GHOST": it is not a node of the adapted framework.',
    ]);
  });

  it("logs a node removed once, though its parent is removed after it; keeps a description; takes a removed parent added anew", () => {
    const order = adaptFramework(base, { id: "n", version: "1", title: { en: "N" }, description: { en: "D" }, remove: ["P1.2.1", "P1.2"] });
    expect(order.ok && [order.value.adaptedFrom?.changes, order.value.description]).toEqual([
      [
        { action: "removed", nodeId: "P1.2.1" },
        { action: "removed", nodeId: "P1.2" },
      ],
      { en: "D" },
    ]);
    const plain = adaptFramework(base, { id: "n", version: "1", title: { en: "N" } });
    expect(plain.ok && "description" in plain.value).toBe(false);
    const readded = adaptFramework(base, { id: "n", version: "1", title: { en: "N" }, remove: ["P1.2"], add: [{ id: "N.1", parentId: "P1.2", kind: "criterion", title: { en: "x" } }, { id: "P1.2", parentId: "P1", kind: "standard", title: { en: "New P1.2" } }] });
    expect(readded.ok && readded.value.nodes.slice(-2).map((each) => [each.id, each.parentId])).toEqual([
      ["N.1", "P1.2"],
      ["P1.2", "P1"],
    ]);
  });

  it("locates structural problems of the result in add and modify", () => {
    const cyclic = adaptFramework(base, { id: "n", version: "1", title: { en: "N" }, modify: { P1: { parentId: "P1.1" } }, add: [{ id: "X", parentId: "P1.1.1", code: "x", kind: "criterion", title: { en: "Under a criterion" }, source: national }] });
    expect(cyclic.ok).toBe(false);
    if (cyclic.ok) return;
    expect(cyclic.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["modify.P1.parentId invalid_structure", "add.0.parentId invalid_structure"]);
    const noGuidance = adaptFramework(base, { id: "n", version: "1", title: { en: "N" }, translate: { ru: { "P1.1.2": { guidance: "Нет" } } } });
    expect(noGuidance.ok || noGuidance.issues.map((each) => [each.path.join("."), each.code, each.message])).toEqual([
      ["translate.ru.P1.1.2.guidance", "invalid_value", '"P1.1.2" has no guidance to translate; give it English guidance first (in modify or add).'],
    ]);
    const invalid = adaptFramework(base, { id: "n", version: "1", title: { en: "N" }, remove: "P1" } as never);
    expect(invalid.ok || invalid.issues[0]?.path).toEqual(["remove"]);
    for (const nothing of [null, undefined, "P1"]) {
      const adapted = adaptFramework(base, nothing as never);
      expect(adapted.ok || adapted.issues.map((each) => each.code), String(nothing)).toEqual([expect.stringMatching(/missing|invalid_type/)]);
    }
  });

  it("checks links to the base always, and links elsewhere when asked", () => {
    const linked = (frameworkId: string, nodeId: string) => ({ id: "n", version: "1", title: { en: "N" }, add: [{ id: "X", code: "x", kind: "criterion" as const, title: { en: "X" }, source: national, derivedFrom: [{ frameworkId, nodeId, relation: "related" as const }] }] });
    const toBase = adaptFramework(base, linked("base", "P7"));
    expect(toBase.ok || toBase.issues.map((each) => `${each.path.join(".")} ${each.code}`)).toEqual(["add.0.derivedFrom.0.nodeId unknown_reference"]);
    expect(adaptFramework(base, linked("eu-mqs-2015", "D3.1")).ok).toBe(true);
    const strict = adaptFramework(base, linked("eu-mqs-2015", "D3.1"), { resolveAgainst: [] });
    expect(strict.ok || strict.issues.map((each) => each.code)).toEqual(["unknown_reference"]);
  });

  it("covers exactly the base leaves that survive, for random removals and additions (property)", () => {
    const scenario = frameworkArb.chain((framework) =>
      fc.record({
        framework: fc.constant(framework),
        removed: fc.subarray(framework.nodes.map((each) => each.id)),
        added: fc.uniqueArray(fc.stringMatching(/^NEW-[a-z0-9]{1,4}$/), { maxLength: 4 }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ framework, removed, added }) => {
        const baseTree = frameworkTree(framework);
        // Remove only tops (nodes with no removed ancestor), as an adapter would write it.
        const tops = removed.filter((id) => !baseTree.ancestors(id).some((ancestor) => removed.includes(ancestor.id)));
        const gone = new Set(tops.flatMap((id) => baseTree.subtree(id).map((each) => each.id)));
        if (gone.size === framework.nodes.length) return;
        const result = adaptFramework(framework, {
          id: "adapted",
          version: "1",
          title: { en: "Adapted" },
          remove: tops,
          add: added.map((id) => ({ id, code: id, kind: "criterion" as const, title: { en: id }, source: national })),
        });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const coverage = frameworkCoverage(result.value, framework);
        // Oracle: the base leaves removed are uncovered; the added leaves are unsourced; nothing else.
        expect(coverage.uncovered).toEqual(baseTree.leaves.filter((leaf) => gone.has(leaf.id)).map((leaf) => leaf.id));
        expect(coverage.unsourced).toEqual(added);
        expect(coverage.covered + coverage.uncovered.length).toBe(coverage.total);
        expect(diffFrameworks(framework, result.value)).toMatchObject({ added, removed: framework.nodes.filter((each) => gone.has(each.id)).map((each) => each.id) });
      }),
      { numRuns: 150 },
    );
  });
});

describe("diffFrameworks", () => {
  it("lists added, removed and changed nodes, and changed metadata", () => {
    const newer: Framework = {
      ...base,
      version: "2021",
      nodes: [...base.nodes.filter((each) => each.id !== "P1.2.1").map((each) => (each.id === "P2.1.1" ? { ...each, parentId: "P1.1", title: { ru: "Новый", en: each.title.en } } : each)), node("P2.1.3", "P2.1", "criterion")],
    };
    expect(diffFrameworks(base, newer)).toEqual({ metadata: ["version"], added: ["P2.1.3"], removed: ["P1.2.1"], changed: [{ nodeId: "P2.1.1", fields: ["parentId", "title"] }] });
    expect(diffFrameworks(base, { ...base, nodes: base.nodes.map((each) => ({ ...each, title: { ...each.title } })) })).toEqual({ metadata: [], added: [], removed: [], changed: [] });
  });
});

describe("adaptFramework defaults", () => {
  it("gives added nodes their id as code and the adaptation's (else the base's) source", () => {
    const added = adaptFramework(base, { id: "n", version: "1", title: { en: "N" }, add: [{ id: "X", parentId: "P2.1", kind: "criterion", title: { en: "X" } }] });
    expect(added.ok && added.value.nodes.at(-1)).toEqual({ id: "X", parentId: "P2.1", code: "X", kind: "criterion", title: { en: "X" }, source });
    const withOwn = adaptFramework(base, { id: "n", version: "1", title: { en: "N" }, source: national, add: [{ id: "X", kind: "criterion", title: { en: "X" } }] });
    expect(withOwn.ok && withOwn.value.nodes.at(-1)?.source).toEqual(national);
  });
});

describe("sameContent", () => {
  it("compares JSON-like values by content, ignoring key order and undefined fields", () => {
    expect([sameContent(1, 1), sameContent({ a: 1, b: [2, { c: 3 }] }, { b: [2, { c: 3 }], a: 1 }), sameContent({ a: 1, b: undefined }, { a: 1 }), sameContent({ a: 1 }, { a: 1, b: undefined })]).toEqual([true, true, true, true]);
    const different: [unknown, unknown][] = [
      [null, {}],
      [{}, null],
      ["x", {}],
      [{}, "x"],
      [[], {}],
      [{ 0: 1 }, [1]],
      [[1, 2], [2, 1]],
      [{ a: 1 }, { a: 1, b: 2 }],
      [{ a: 1, b: 2 }, { a: 1, b: 3 }],
      [{ a: 1, b: 2 }, { a: 1, c: 2 }],
    ];
    for (const [left, right] of different) expect(sameContent(left, right), JSON.stringify([left, right])).toBe(false);
  });
});

describe("frameworkCoverage, link by link", () => {
  const leaf = (id: string, parentId: string, derivedFrom?: FrameworkNode["derivedFrom"]) => node(id, parentId, "criterion", derivedFrom === undefined ? {} : { derivedFrom });
  const link = (nodeId: string, relation: "equivalent" | "narrower" | "broader" | "related", frameworkId = "base", version?: string) => ({ frameworkId, ...(version === undefined ? {} : { version }), nodeId, relation });
  const adapted = (nodes: FrameworkNode[]): Framework => ({ ...base, id: "national", version: "1", nodes: [node("N", undefined, "principle"), ...nodes] });

  it("counts links to the base in any version they name, keeps every link to a leaf, and leaves other frameworks out", () => {
    const coverage = frameworkCoverage(
      adapted([
        leaf("N.1", "N", [link("P1.1.1", "related"), link("P1.1.1", "narrower", "base", "2020")]),
        leaf("N.2", "N", [link("P1.1.2", "equivalent", "base", "2019"), link("P1.2.1", "equivalent", "other")]),
        leaf("N.3", "N", [link("P9", "equivalent")]),
      ]),
      base,
    );
    expect(coverage.leaves.find((each) => each.nodeId === "P1.1.1")).toEqual({ nodeId: "P1.1.1", covered: true, linkedFrom: [{ nodeId: "N.1", relation: "related" }, { nodeId: "N.1", relation: "narrower" }] });
    expect([coverage.covered, coverage.uncovered, coverage.unresolved, coverage.unsourced]).toEqual([1, ["P1.1.2", "P1.2.1", "P2.1.1", "P2.1.2"], [{ nodeId: "N.3", targetNodeId: "P9" }], []]);
  });

  it("lists leaves linked only by a related link; a root without children is a leaf to cover", () => {
    const coverage = frameworkCoverage(adapted([leaf("N.1", "N", [link("P2.1.1", "related")])]), base);
    expect(coverage.relatedOnly).toEqual(["P2.1.1"]);
    const empty = frameworkCoverage(adapted([]), { ...base, nodes: [node("P1", undefined, "principle")] });
    expect([empty.ratio, empty.total, empty.byRoot]).toEqual([0, 1, [{ nodeId: "P1", covered: 0, total: 1, ratio: 0 }]]);
  });
});

describe("adaptFramework: translations given in part, and issues of the framework itself", () => {
  const plan = { id: "n", version: "1", title: { en: "N" } };

  it("translates only what is given: no locale without a title, no change for an empty translation", () => {
    const adapted = adaptFramework(base, { ...plan, translate: { uz: { "P1.1.1": { guidance: "Rozilik shakllari" }, "P1.2": {} } } });
    if (!adapted.ok) throw new Error(JSON.stringify(adapted.issues));
    const byId = new Map(adapted.value.nodes.map((each) => [each.id, each]));
    expect(byId.get("P1.1.1")?.guidance).toStrictEqual({ en: "Look at consent forms.", uz: "Rozilik shakllari" });
    expect(byId.get("P1.1.1")?.title).toStrictEqual({ en: "Node P1.1.1" });
    expect(byId.get("P1.2")?.title).toStrictEqual({ en: "Node P1.2" });
    expect(adapted.value.adaptedFrom?.changes.filter((change) => change.action === "translated")).toEqual([{ action: "translated", nodeId: "P1.1.1", locale: "uz", fields: ["guidance"] }]);
  });

  it("leaves out framework fields that neither the adaptation nor the base gives", () => {
    const { publisher: _p, year: _y, license: _l, notice: _n, ...bare } = base;
    const adapted = adaptFramework(bare, plan);
    if (!adapted.ok) throw new Error("expected an adapted framework");
    expect(["publisher", "year", "license", "notice"].filter((key) => key in adapted.value)).toEqual([]);
  });

  it("reports a problem of the adapted framework's own fields at its own path", () => {
    const adapted = adaptFramework(base, { ...plan, version: "" });
    expect(adapted.ok ? [] : adapted.issues.map((each) => each.path)).toEqual([["version"]]);
  });
});
