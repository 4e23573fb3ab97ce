import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createVitest } from "vitest/node";
// @ts-expect-error a plain .mjs module, without declarations
import LoadFailuresAsTests, { failFilesThatDidNotLoad, LOAD_TEST_NAME } from "./mutation/load-failures-as-tests.mjs";

describe("the mutation runs' reporter of test files that fail to load", () => {
  it("adds one failed test, with the file's error, to a failed file without tests, and leaves other files alone", () => {
    const error = { message: "module refused to load" };
    const unloaded = { result: { state: "fail", errors: [error] }, tasks: [] as unknown[] };
    const failedTests = { result: { state: "fail", errors: [] }, tasks: [{ type: "test" }] };
    const passed = { result: { state: "pass" }, tasks: [] as unknown[] };
    const silent = { result: { state: "fail" }, tasks: [] as unknown[] };
    expect(failFilesThatDidNotLoad([unloaded, failedTests, passed, silent])).toBe(2);
    expect(unloaded.tasks).toEqual([expect.objectContaining({ type: "test", name: LOAD_TEST_NAME, file: unloaded, suite: unloaded, result: { state: "fail", errors: [error] } })]);
    expect([failedTests.tasks.length, passed.tasks.length]).toEqual([1, 0]);
    expect(silent.tasks).toEqual([expect.objectContaining({ result: { state: "fail", errors: [{ message: "The test file failed to load." }] } })]);
  });

  it("gives Vitest's state, which Stryker reads after a run, a failed test for a file whose import throws", async () => {
    const root = fileURLToPath(new URL("./fixtures/load-failure/", import.meta.url));
    const vitest = await createVitest("test", { config: false, root, include: ["*.fixture-test.ts"], watch: false, reporters: [new LoadFailuresAsTests()], coverage: { enabled: false } });
    try {
      await vitest.start();
      // What Stryker's runner does: every test of every file, and a failed one kills the mutant.
      const tests = vitest.state.getFiles().flatMap((file) => file.tasks.map((task) => [file.name, task.name, task.result?.state, task.result?.errors?.[0]?.message]));
      expect(tests).toEqual([
        ["imports-it.fixture-test.ts", LOAD_TEST_NAME, "fail", "module refused to load"],
        ["loads.fixture-test.ts", "passes", "pass", undefined],
      ]);
    } finally {
      await vitest.close();
    }
  }, 60_000);
});
