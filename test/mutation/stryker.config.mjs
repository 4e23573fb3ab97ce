// Stryker's configuration for `npm run mutation`. test/tools/mutation.mjs runs Stryker once per module,
// naming it in MUTATION_MODULE; each module gets its own report and incremental file, so a module can be
// re-run alone and a re-run reuses the results of unchanged code (not of changed tests: the Vitest
// runner gives Stryker no test locations; after changing tests, run with --force).
// Paths are relative to the project root, where the script runs Stryker.
const module = process.env["MUTATION_MODULE"] ?? "continuity";
const reports = `reports/mutation/${module}`;

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "test/mutation/vitest.config.ts", related: false },
  coverageAnalysis: "perTest",
  mutate: [
    `src/${module}/**/*.ts`,
    "!src/**/*.test.ts",
    "!src/**/*.test-d.ts",
    // Re-export lists: no logic to mutate.
    "!src/**/index.ts",
    // Data, not logic: the standards' text as published (see docs/quality.md, "What is not mutated").
    "!src/standards/catalogs/**",
  ],
  // Static mutants (in code that runs when a module loads, such as a Zod schema's descriptions) are
  // tested like the others: Vitest starts a fresh worker, with a fresh module graph, for every mutant;
  // one that stops a module from loading counts as killed through the reporter in vitest.config.ts.
  concurrency: 2,
  timeoutMS: 20_000,
  incremental: true,
  incrementalFile: `${reports}/incremental.json`,
  reporters: ["json", "html", "progress"],
  jsonReporter: { fileName: `${reports}/mutation.json` },
  htmlReporter: { fileName: `${reports}/mutation.html` },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  thresholds: { high: 90, low: 80, break: null },
};
