import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frameworkArb } from "../../test/framework-arbitraries.js";
import { defineFramework } from "./define-framework.js";
import type { Framework, FrameworkNode } from "./framework.js";
import { frameworkTree } from "./framework-tree.js";

const source = { document: "Test standard", edition: "1", verified: true };

function node(id: string, parentId?: string, extra: Partial<FrameworkNode> = {}): FrameworkNode {
  return { id, ...(parentId === undefined ? {} : { parentId }), code: id, kind: "standard", title: { en: `Node ${id}` }, source, ...extra };
}

function framework(nodes: FrameworkNode[], extra: Partial<Framework> = {}): Framework {
  return { id: "test", version: "1", title: { en: "Test" }, publisher: "Tests", year: 2024, source, status: "illustrative", nodes, ...extra };
}

function messages(input: unknown, options = {}) {
  const result = defineFramework(input, options);
  return result.ok ? [] : result.issues.map((each) => `${each.path.join(".")}: ${each.message}`);
}

function problems(input: unknown, options = {}) {
  const result = defineFramework(input, options);
  return result.ok ? [] : result.issues.map((each) => `${each.path.join(".")} ${each.code}`);
}

describe("defineFramework", () => {
  it("returns a frozen copy of a valid framework", () => {
    const input = framework([node("A"), node("A.1", "A", { kind: "criterion" })]);
    const result = defineFramework(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(input);
    expect(result.value).not.toBe(input);
    expect(Object.isFrozen(result.value.nodes[1]!.title)).toBe(true);
  });

  it("reports duplicate ids, unknown and self parents, each at its node", () => {
    expect(problems(framework([node("A"), node("A"), node("B", "Z"), node("C", "C")]))).toEqual(["nodes.1.id duplicate", "nodes.2.parentId unknown_reference", "nodes.3.parentId invalid_structure"]);
  });

  it("reports each cycle once, at its first node in the list", () => {
    const issues = defineFramework(framework([node("R"), node("X", "Y"), node("Y", "Z"), node("Z", "X"), node("P", "Q"), node("Q", "P")]));
    expect(issues.ok).toBe(false);
    if (issues.ok) return;
    expect(issues.issues.map((each) => each.path.join("."))).toEqual(["nodes.1.parentId", "nodes.4.parentId"]);
    expect(issues.issues[0]!.message).toContain('"X" -> "Y" -> "Z" -> "X"');
  });

  it("keeps criteria and indicators as leaves", () => {
    expect(problems(framework([node("C", undefined, { kind: "criterion" }), node("C.1", "C"), node("I", undefined, { kind: "indicator" }), node("I.1", "I")]))).toEqual([
      "nodes.1.parentId invalid_structure",
      "nodes.3.parentId invalid_structure",
    ]);
  });

  it("rejects a node whose applicability and its ancestors' admit no service", () => {
    const nodes = [node("A", undefined, { applicability: { modalities: ["outpatient"] } }), node("A.1", "A", { applicability: { modalities: ["long-term-residential"], settings: ["prison"] } })];
    expect(problems(framework(nodes))).toEqual(["nodes.1.applicability.modalities invalid_structure"]);
  });

  it("reports shape problems and tree problems together, in node order", () => {
    const input = { ...framework([node("A"), node("B", "Z")]), nodes: [node("A"), node("B", "Z"), { ...node("C"), weight: -1 }] };
    expect(problems(input)).toEqual(["nodes.1.parentId unknown_reference", "nodes.2.weight out_of_range"]);
    expect(problems({ id: "x" }).length).toBeGreaterThan(3);
    expect(problems(null)).toEqual([" missing"]);
  });

  it("checks derivedFrom links: not to itself, not twice, and resolvable when frameworks are given", () => {
    const base = framework([node("B1"), node("B1.1", "B1")], { id: "base", version: "2020" });
    const link = (nodeId: string, extra = {}) => ({ frameworkId: "base", nodeId, relation: "equivalent" as const, ...extra });
    const nodes = [
      node("A", undefined, { derivedFrom: [link("B1"), link("B1")] }),
      node("B", undefined, { derivedFrom: [{ frameworkId: "test", nodeId: "A", relation: "related" }] }),
      node("C", undefined, { derivedFrom: [link("NOPE")] }),
      node("D", undefined, { derivedFrom: [link("B1", { version: "2016" })] }),
      node("E", undefined, { derivedFrom: [{ frameworkId: "elsewhere", nodeId: "X", relation: "related" }] }),
      node("F", undefined, { derivedFrom: [link("B1.1", { version: "2020" })] }),
    ];
    expect(problems(framework(nodes))).toEqual(["nodes.0.derivedFrom.1 duplicate", "nodes.1.derivedFrom.0.frameworkId invalid_value"]);
    expect(problems(framework(nodes), { resolveAgainst: [base] })).toEqual([
      "nodes.0.derivedFrom.1 duplicate",
      "nodes.1.derivedFrom.0.frameworkId invalid_value",
      "nodes.2.derivedFrom.0.nodeId unknown_reference",
      "nodes.3.derivedFrom.0.version unknown_reference",
      "nodes.4.derivedFrom.0.frameworkId unknown_reference",
    ]);
  });

  it("accepts every random valid framework unchanged (property)", () => {
    fc.assert(
      fc.property(frameworkArb, (input) => {
        const result = defineFramework(input);
        expect(result.ok && result.value).toEqual(input);
      }),
      { numRuns: 150 },
    );
  });

  it("accepts random parent links exactly when they form a forest, as a naive walk says (property)", () => {
    const ids = ["a", "b", "c", "d", "e", "f"];
    const arb = fc.array(fc.record({ id: fc.constantFrom(...ids), parent: fc.option(fc.constantFrom(...ids, "zz"), { nil: undefined }) }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(arb, (rows) => {
        const unique = new Set(rows.map((row) => row.id)).size === rows.length;
        const parentOf = new Map(rows.map((row) => [row.id, row.parent]));
        const parentsExist = rows.every((row) => row.parent === undefined || parentOf.has(row.parent));
        // Oracle: from every node, walking up reaches a root within n steps.
        const terminates = rows.every((row) => {
          let current: string | undefined = row.id;
          for (let step = 0; step <= rows.length; step += 1) {
            if (current === undefined) return true;
            current = parentOf.get(current);
          }
          return false;
        });
        const result = defineFramework(framework(rows.map((row) => node(row.id, row.parent))));
        expect(result.ok).toBe(unique && parentsExist && terminates);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("frameworkTree", () => {
  const tree = frameworkTree(
    framework([
      node("B.1", "B", { kind: "criterion" }),
      node("A", undefined, { applicability: { modalities: ["outpatient", "long-term-residential"] } }),
      node("A.2", "A", { applicability: { modalities: ["outpatient"], settings: ["prison"] } }),
      node("B"),
      node("A.1", "A"),
      node("A.2.1", "A.2", { kind: "criterion", applicability: { populations: ["women"] } }),
    ]),
  );

  it("lists roots, children and leaves in reading order, siblings in list order", () => {
    expect(tree.children().map((each) => each.id)).toEqual(["A", "B"]);
    expect(tree.children("A").map((each) => each.id)).toEqual(["A.2", "A.1"]);
    expect(tree.depthFirst.map((each) => each.id)).toEqual(["A", "A.2", "A.2.1", "A.1", "B", "B.1"]);
    expect(tree.leaves.map((each) => each.id)).toEqual(["A.2.1", "A.1", "B.1"]);
    expect(tree.subtree("A.2").map((each) => each.id)).toEqual(["A.2", "A.2.1"]);
    expect(tree.subtree("nope")).toEqual([]);
    expect(tree.ancestors("A.2.1").map((each) => each.id)).toEqual(["A", "A.2"]);
    expect(tree.isLeaf("A.1")).toBe(true);
    expect(tree.isLeaf("A")).toBe(false);
    expect(tree.isLeaf("nope")).toBe(false);
  });

  it("narrows applicability down the tree", () => {
    expect(tree.applicability("A.2.1")).toEqual({ modalities: ["outpatient"], settings: ["prison"], populations: ["women"] });
    expect(tree.applicability("A.1")).toEqual({ modalities: ["outpatient", "long-term-residential"] });
    expect(tree.applicability("B.1")).toBeUndefined();
  });

  it("is built once per framework object", () => {
    expect(frameworkTree(tree.framework)).toBe(tree);
  });
});

describe("defineFramework defaults", () => {
  it("accepts the minimal input of the contract and fills code, sources and status", () => {
    const result = defineFramework({
      id: "minimal",
      version: "1",
      title: { en: "Minimal standard" },
      nodes: [
        { id: "P1", kind: "principle", title: { en: "Ethics" } },
        { id: "C1", parentId: "P1", kind: "criterion", title: { en: "Consent" }, weight: 2, critical: true },
      ],
    });
    expect(result.ok && result.value).toEqual({
      id: "minimal",
      version: "1",
      title: { en: "Minimal standard" },
      source: { document: "Minimal standard", edition: "1", verified: false },
      status: "illustrative",
      nodes: [
        { id: "P1", code: "P1", kind: "principle", title: { en: "Ethics" }, source: { document: "Minimal standard", edition: "1", verified: false } },
        { id: "C1", parentId: "P1", code: "C1", kind: "criterion", title: { en: "Consent" }, weight: 2, critical: true, source: { document: "Minimal standard", edition: "1", verified: false } },
      ],
    });
  });

  it("gives a node the framework's own source when it has none, and keeps a node's own", () => {
    const frameworkSource = { document: "Law 12", edition: "2021", verified: true };
    const result = defineFramework({ id: "x", version: "1", title: { en: "X" }, source: frameworkSource, nodes: [node("A"), { id: "B", kind: "criterion", title: { en: "B" } }] });
    expect(result.ok && result.value.nodes.map((each) => each.source)).toEqual([source, frameworkSource]);
  });
});

describe("defineFramework, rule by rule", () => {
  it("reports what is not a framework or not a node without throwing, each at its place", () => {
    expect(messages(null)).toEqual([": A value (an object) is required here."]);
    expect(problems(framework([null, { id: 5 }, node("A", 7 as never)] as never))).toEqual([
      "nodes.0 missing",
      "nodes.1.id invalid_type",
      "nodes.1.code missing",
      "nodes.1.kind missing",
      "nodes.1.title missing",
      "nodes.2.parentId invalid_type",
    ]);
    // Without an English title there is nothing to cite: the framework's source is missing, not half made.
    expect(problems({ id: "x", version: "1", nodes: [{ id: "A", kind: "standard", title: { en: "A" } }] })).toEqual(["title missing", "source missing", "nodes.0.source missing"]);
  });

  it("judges a node by the first node of its parent's id, and lists the framework's own problems first", () => {
    expect(messages(framework([node("A", undefined, { kind: "criterion" }), node("A"), node("C", "A")]))).toEqual([
      'nodes.1.id: The node id "A" is already used by node 0; node ids must be unique.',
      'nodes.2.parentId: The node "C" sits under "A", which is a criterion; criteria and indicators are rated, so they must be leaves (make "A" a standard, or move "C").',
    ]);
    expect(problems(framework([node("A"), node("A")], { year: 1800 }))).toEqual(["year out_of_range", "nodes.1.id duplicate"]);
    expect(messages(framework([node("B", "Z")]))).toEqual(['nodes.0.parentId: The parent "Z" of node "B" is not a node of this framework.']);
  });

  it("names only the nodes of a cycle, not a node that leads into it", () => {
    expect(messages(framework([node("T", "X"), node("X", "Y"), node("Y", "X")]))).toEqual(['nodes.1.parentId: The parent links form a cycle ("X" -> "Y" -> "X"); a framework must be a tree.']);
  });

  it("tells links apart by version, and resolves them against any version or framework given", () => {
    const versions = [{ frameworkId: "x", version: "1", nodeId: "A", relation: "related" }, { frameworkId: "x", version: "2", nodeId: "A", relation: "related" }, { frameworkId: "x", nodeId: "A", relation: "related" }] as const;
    expect(problems(framework([node("A", undefined, { derivedFrom: [...versions] })]))).toEqual([]);
    const x1 = framework([node("A")], { id: "x", version: "1" });
    const x2 = framework([node("B")], { id: "x", version: "2" });
    const y = framework([node("C")], { id: "y" });
    // "B" is in version 2 only: a link without a version resolves; "Z" is in no framework "y".
    const links = [{ frameworkId: "x", nodeId: "B", relation: "related" }, { frameworkId: "y", nodeId: "Z", relation: "related" }] as const;
    expect(messages(framework([node("A", undefined, { derivedFrom: [...links] })]), { resolveAgainst: [x1, x2, y] })).toEqual(['nodes.0.derivedFrom.1.nodeId: "y" has no node "Z".']);
    const unknown = [{ frameworkId: "z", nodeId: "B", relation: "related" }, { frameworkId: "x", version: "3", nodeId: "B", relation: "related" }] as const;
    expect(messages(framework([node("A", undefined, { derivedFrom: [...unknown] })]), { resolveAgainst: [x1, x2] })).toEqual([
      'nodes.0.derivedFrom.0.frameworkId: The linked framework "z" is not among the frameworks to resolve against ("x").',
      'nodes.0.derivedFrom.1.version: Version "3" of "x" is not among the frameworks to resolve against (versions given: "1", "2").',
    ]);
    expect(messages(framework([node("A", undefined, { derivedFrom: [unknown[0]] })]), { resolveAgainst: [] })).toEqual([
      'nodes.0.derivedFrom.0.frameworkId: The linked framework "z" is not among the frameworks to resolve against (none).',
    ]);
  });
});

describe("ApplicabilitySchema", () => {
  it("refuses an applicability that restricts nothing, and says to leave it out", () => {
    expect(messages(framework([node("A", undefined, { applicability: {} })]))).toEqual([
      "nodes.0.applicability: An applicability must restrict at least one of modalities, settings or populations; leave it out to apply to all services.",
    ]);
    expect(problems(framework([node("A", undefined, { applicability: {} })]))).toEqual(["nodes.0.applicability missing"]);
  });
});

describe("frameworkTree of a framework that was not checked", () => {
  // As a spreadsheet or an adaptation may give it before defineFramework: an orphan and a cycle.
  const tree = frameworkTree(framework([node("R"), node("O", "missing"), node("O.1", "O"), node("X", "Y"), node("Y", "X"), node("R.1", "R")]));

  it("leaves out what hangs from no root, and answers for unknown ids without throwing", () => {
    expect(tree.depthFirst.map((each) => each.id)).toEqual(["R", "R.1"]);
    expect(tree.children().map((each) => each.id)).toEqual(["R"]);
    expect([tree.children("nope"), tree.ancestors("nope"), tree.node("nope")]).toEqual([[], [], undefined]);
  });

  it("takes the first node of a repeated id, as defineFramework judges it", () => {
    const repeated = frameworkTree(framework([node("A", undefined, { title: { en: "First" } }), node("A", undefined, { title: { en: "Second" } })]));
    expect([repeated.node("A")?.title.en, repeated.depthFirst.map((each) => each.title.en)]).toEqual(["First", ["First"]]);
  });

  it("walks up to where the parent links stop: an unknown parent, or a node already met", () => {
    expect(tree.ancestors("O.1").map((each) => each.id)).toEqual(["O"]);
    expect(tree.ancestors("X").map((each) => each.id)).toEqual(["Y"]);
    expect(tree.ancestors("R.1").map((each) => each.id)).toEqual(["R"]);
  });
});

describe("defineFramework: the messages of the tree and link rules", () => {
  it("says a node is its own parent, applies to no service, or links to its own framework", () => {
    expect(messages(framework([node("C", "C")]))).toEqual(['nodes.0.parentId: The node "C" names itself as its parent.']);
    const narrowed = [node("A", undefined, { applicability: { modalities: ["outpatient"] } }), node("A.1", "A", { applicability: { modalities: ["long-term-residential"] } })];
    expect(messages(framework(narrowed))).toEqual(['nodes.1.applicability.modalities: The node "A.1" applies to no service: its modalities and those of its ancestors have no code in common.']);
    const own = node("B", undefined, { derivedFrom: [{ frameworkId: "test", nodeId: "A", relation: "related" }] });
    expect(messages(framework([own]))).toEqual(['nodes.0.derivedFrom.0.frameworkId: The node "B" links to its own framework "test"; derivedFrom links point to other frameworks.']);
  });

  it("lists every framework given, comma-separated, when a link's framework is not among them", () => {
    const elsewhere = node("E", undefined, { derivedFrom: [{ frameworkId: "elsewhere", nodeId: "X", relation: "related" }] });
    const resolveAgainst = [framework([node("B1")], { id: "base" }), framework([node("O1")], { id: "other" })];
    expect(messages(framework([elsewhere]), { resolveAgainst })).toEqual(['nodes.0.derivedFrom.0.frameworkId: The linked framework "elsewhere" is not among the frameworks to resolve against ("base", "other").']);
  });
});

describe("defineFramework: the duplicate-link message", () => {
  it("names the node, the target and its framework", () => {
    const link = { frameworkId: "base", nodeId: "B1", relation: "equivalent" as const };
    const result = defineFramework(framework([node("A", undefined, { derivedFrom: [link, link] })]));
    expect(result.ok ? [] : result.issues.map((each) => each.message)).toEqual(['The node "A" links to "B1" of "base" twice.']);
  });
});
