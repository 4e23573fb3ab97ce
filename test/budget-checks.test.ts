import { describe, expect, it } from "vitest";
// @ts-expect-error a plain .mjs script of the gate, without declarations
import { auditProblems, dependencyProblems, findCycles, importTimeVerdict, valueImports } from "./tools/budget-checks.mjs";
// @ts-expect-error a plain .mjs script, without declarations
import { mutationSummary, mutationVerdict } from "./tools/mutation.mjs";
// @ts-expect-error a plain .mjs script of the gate, without declarations
import { packedFileProblems, REQUIRED_FILES } from "./tools/packed-files.mjs";
// @ts-expect-error a plain .mjs script, without declarations
import { applyMutant, relocate } from "./tools/retest-survivors.mjs";

describe("the gate's budget checks fail on broken inputs", () => {
  it("finds an import cycle, and ignores imports erased at build", () => {
    const files = new Map([
      ["/p/a.ts", 'import { b } from "./b.js";\nimport type { C } from "./c.js";'],
      ["/p/b.ts", 'export { a } from "./a.js";'],
      ["/p/c.ts", 'import { type A, type B } from "./a.js";\nimport { x } from "./d.js";'],
      ["/p/d.ts", "export const x = 1;"],
    ]);
    expect(findCycles(files)).toEqual([["/p/a.ts", "/p/b.ts", "/p/a.ts"]]);
    files.set("/p/b.ts", "export const b = 2;");
    expect(findCycles(files)).toEqual([]);
    expect(valueImports('import "./side-effect.js";\nexport type { T } from "./t.js";\nimport {\n  one,\n  type Two,\n} from "./three.js";')).toEqual(["./three.js", "./side-effect.js"]);
  });

  it("refuses any runtime dependency beyond date-fns and ts-pattern, and any peer but zod", () => {
    const good = { dependencies: { "date-fns": "^4", "ts-pattern": "^5" }, peerDependencies: { zod: "^4" } };
    expect(dependencyProblems(good)).toEqual([]);
    expect(dependencyProblems({ ...good, dependencies: { ...good.dependencies, lodash: "^4" } })).toEqual([expect.stringContaining("got date-fns, lodash, ts-pattern")]);
    expect(dependencyProblems({ ...good, peerDependencies: {} })).toEqual([expect.stringContaining("the only peer dependency must be zod")]);
    expect(dependencyProblems({ ...good, optionalDependencies: { fsevents: "*" } })).toEqual([expect.stringContaining("no optional dependencies")]);
  });

  it("judges import time by medians, against the limit", () => {
    expect(importTimeVerdict([60, 61, 500, 62, 63], [20, 21, 22, 23, 24])).toEqual({ extra: 40, budget: 50, ok: true });
    expect(importTimeVerdict([90, 91, 92], [20, 21, 22]).ok).toBe(false);
    // On a machine slowed by half again (zod 90 ms against 60 idle) the budget is 75 ms: a cost that
    // scaled with it passes, a regression beyond it fails.
    expect(importTimeVerdict([160, 160, 160], [90, 90, 90])).toEqual({ extra: 70, budget: 75, ok: true });
    expect(importTimeVerdict([170, 170, 170], [90, 90, 90]).ok).toBe(false);
    expect(importTimeVerdict([100, 100, 100], [40, 40, 40]).ok).toBe(false); // a faster machine keeps the 50 ms budget
  });

  it("reports every vulnerability npm audit finds", () => {
    expect(auditProblems({ metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } }, vulnerabilities: {} })).toEqual([]);
    expect(auditProblems({ metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 0, critical: 0, total: 1 } }, vulnerabilities: { "date-fns": { severity: "moderate" } } })).toEqual(["date-fns: moderate"]);
  });

  it("refuses a tarball that misses a needed file or holds one a user does not need", () => {
    const good = [...(REQUIRED_FILES as string[]), "dist/chunk-ABC123.js", "dist/framework-CTxih61z.d.cts", "dist/schemas/Contact.schema.json"];
    expect(packedFileProblems(good)).toEqual([]);
    expect(packedFileProblems(good.filter((file) => file !== "dist/continuity/index.d.cts"))).toEqual(["missing dist/continuity/index.d.cts"]);
    expect(packedFileProblems([...good, "dist/index.js.map", "dist/cli/main.cjs", "dist/cli/main.d.ts", "src/index.ts", "test/fuzz.test.ts"])).toEqual([
      "not needed by a user: dist/index.js.map",
      "not needed by a user: dist/cli/main.cjs",
      "not needed by a user: dist/cli/main.d.ts",
      "not needed by a user: src/index.ts",
      "not needed by a user: test/fuzz.test.ts",
    ]);
  });

  it("scores a Stryker report as Stryker does, and fails a module under 80% or without a report", () => {
    const mutant = (status: string, line: number) => ({ id: String(line), mutatorName: "EqualityOperator", replacement: "a <= b", status, location: { start: { line, column: 3 }, end: { line, column: 9 } } });
    const report = {
      files: {
        "src/a.ts": { mutants: [mutant("Killed", 1), mutant("Killed", 2), mutant("Timeout", 3), mutant("Ignored", 4), mutant("CompileError", 5)] },
        "src/b.ts": { mutants: [mutant("Survived", 7), mutant("NoCoverage", 8), mutant("Killed", 9)] },
      },
    };
    const summary = mutationSummary(report);
    expect([summary.detected, summary.valid, summary.score]).toEqual([4, 6, (100 * 4) / 6]);
    expect(summary.survivors).toEqual(['src/b.ts:7:3 Survived EqualityOperator: "a <= b"', 'src/b.ts:8:3 NoCoverage EqualityOperator: "a <= b"']);
    expect(mutationVerdict([["assessment", summary]]).ok).toBe(false); // 66.7%
    const strong = mutationSummary({ files: { "src/a.ts": { mutants: [mutant("Killed", 1), mutant("Killed", 2), mutant("Killed", 3), mutant("Killed", 4), mutant("Survived", 5)] } } });
    expect(mutationVerdict([["assessment", strong]])).toMatchObject({ ok: true, table: expect.stringContaining("80.00%") });
    expect(mutationVerdict([["assessment", strong], ["standards", null]]).ok).toBe(false);
  });
});

describe("the re-test of surviving mutants", () => {
  it("applies a mutant exactly where the report puts it, on one line or across lines, and refuses a position the source has not", () => {
    const source = "const a = 1 < 2;\nif (a) {\n  run();\n}\n";
    expect(applyMutant(source, { start: { line: 1, column: 11 }, end: { line: 1, column: 16 } }, "1 <= 2")).toBe("const a = 1 <= 2;\nif (a) {\n  run();\n}\n");
    expect(applyMutant(source, { start: { line: 2, column: 8 }, end: { line: 4, column: 2 } }, "{}")).toBe("const a = 1 < 2;\nif (a) {}\n");
    expect(() => applyMutant(source, { start: { line: 9, column: 1 }, end: { line: 9, column: 2 } }, "")).toThrow(/No position 9:1/);
    expect(() => applyMutant(source, { start: { line: 1, column: 40 }, end: { line: 1, column: 41 } }, "")).toThrow(/No position 1:40/);
    expect(() => applyMutant(source, { start: { line: 2, column: 5 }, end: { line: 1, column: 2 } }, "")).toThrow(/ends \(1:2\) before it starts \(2:5\)/);
  });

  it("finds a survivor's lines in today's source: in place, moved, or gone", () => {
    const source = "a();\nif (x < 1) {\n  b();\n}\n";
    const at = (line: number, endLine = line) => ({ start: { line, column: 5 }, end: { line: endLine, column: 10 } });
    expect(relocate(source, source, at(2))).toEqual(at(2));
    expect(relocate(source, "// a comment\n" + source, at(2, 3))).toEqual(at(3, 4));
    expect(relocate(source, source.replace("x < 1", "x <= 1"), at(2))).toBeUndefined();
    expect(relocate(source, source + source, at(2))).toEqual(at(2)); // in place first
    expect(relocate(source, "// a comment\n" + source + source, at(2))).toBeUndefined(); // moved, to one of two places
  });
});
