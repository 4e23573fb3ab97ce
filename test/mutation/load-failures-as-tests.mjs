// A Vitest reporter for mutation runs: a test file that fails to load becomes one failed test.
//
// Stryker's Vitest runner (9.x and 10.0) builds each run's result from the tests Vitest collected. A mutant
// that makes a module throw on import (a schema built at load from a helper that now returns undefined,
// say) leaves the test files that import it with no test at all, and Stryker reports it as survived,
// though the suite cannot even load (stryker-js#6150, open). This reporter adds, to each file that failed
// with no test collected, one failed test carrying the file's error, so that such a mutant counts as
// killed. It runs in mutation runs only (test/mutation/vitest.config.ts); everyday runs already fail on
// a file that does not load. It can only turn a false survivor into a kill: a file that loaded is left
// as it is.
import { experimental_getRunnerTask } from "vitest/node";

export const LOAD_TEST_NAME = "the test file loads";

/**
 * Adds one failed test to each runner file that failed without any test collected.
 *
 * @param {readonly { result?: { state?: string, errors?: readonly unknown[] }, tasks: unknown[] }[]} files Vitest runner files
 * @returns {number} how many files got the failed test
 */
export function failFilesThatDidNotLoad(files) {
  let changed = 0;
  for (const file of files) {
    if (file.result?.state !== "fail" || file.tasks.length > 0) continue;
    const errors = file.result.errors?.length ? file.result.errors : [{ message: "The test file failed to load." }];
    file.tasks.push({ type: "test", name: LOAD_TEST_NAME, mode: "run", file, suite: file, meta: {}, result: { state: "fail", errors } });
    changed += 1;
  }
  return changed;
}

/** The reporter: after each run, before Stryker reads the files from Vitest's state. */
export default class LoadFailuresAsTests {
  /** @param {readonly import("vitest/node").TestModule[]} testModules */
  onTestRunEnd(testModules) {
    failFilesThatDidNotLoad(testModules.map((module) => experimental_getRunnerTask(module)));
  }
}
