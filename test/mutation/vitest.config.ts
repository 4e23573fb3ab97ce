// The Vitest configuration Stryker runs (see stryker.config.mjs): the main configuration, narrowed to the
// tests of the four mutated modules and the property suites that exercise them, with every property
// capped at 25 runs (FAST_CHECK_MAX_RUNS, set here unless given; see test/support/fast-check-capped.ts),
// without coverage thresholds (Stryker measures its own coverage per test), and with a reporter that
// turns a test file that cannot load into a failed test.
import { defineConfig } from "vitest/config";

// @ts-expect-error a plain .mjs script, without declarations
import { MODULES, MUTATION_SUITES } from "../tools/mutation.mjs";
// @ts-expect-error a plain .mjs module, without declarations
import LoadFailuresAsTests from "./load-failures-as-tests.mjs";

process.env["FAST_CHECK_MAX_RUNS"] ??= "25";
const { default: base } = await import("../../vitest.config.js");

// Spread, not mergeConfig: mergeConfig concatenates `include` with the main list, which would bring back
// every test of the library.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      ...(MODULES as string[]).map((module) => `src/${module}/**/*.test.ts`),
      ...new Set(Object.values(MUTATION_SUITES as Record<string, string[]>).flat()),
    ],
    coverage: { enabled: false },
    // A test file that a mutant stops from loading counts as a failed test, so the mutant as killed
    // (Stryker's Vitest runner would report it as survived: see load-failures-as-tests.mjs).
    reporters: ["default", new LoadFailuresAsTests()],
    // No isolation between the test files of one run; each mutant's run still gets a fresh worker.
    isolate: false,
    // instrumented code runs several times slower; the 200,000-merge test needs more than the default 5 s
    testTimeout: 60_000,
  },
});
