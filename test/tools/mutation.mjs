// `npm run mutation [module ...]`: Stryker over continuity, assessment, indicators and standards (or the
// modules named), one module at a time (test/mutation/stryker.config.mjs), then one table of mutation
// scores. Fails when a module scores below 80%. Not part of `npm test`: the whole run takes hours on
// the 2-core CI machine (figures in docs/quality.md). Surviving mutants are listed, one per line, in
// test/mutation/survivors/<module>.txt, which is committed so that a review sees the list change. `npm run mutation -- --summary [module ...]` prints the table
// from the reports already written, without running Stryker. A run reuses the results of an earlier
// one (Stryker's incremental mode) for unchanged code, but the Vitest runner does not tell Stryker
// where tests are, so after changing tests give `--force` to test every mutant again.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";

export const MODULES = ["continuity", "assessment", "indicators", "standards"];

/**
 * The test suites outside a module's own directory that exercise it, run under Stryker (with the
 * module's own tests) and by the survivor re-test. The shipped JSON Schema files come from every module.
 */
export const MUTATION_SUITES = {
  continuity: ["test/adherer-parity.test.ts", "test/continuity-properties.test.ts", "test/cumulative-incidence.test.ts", "test/kaplan-meier.test.ts", "test/json-schema.test.ts"],
  assessment: ["test/assessment-properties.test.ts", "test/json-schema.test.ts"],
  indicators: ["test/json-schema.test.ts"],
  standards: ["test/json-schema.test.ts"],
};
export const MINIMUM_SCORE = 80;

/**
 * The counts and score of one Stryker JSON report (mutation-testing-report-schema), with Stryker's
 * definition: detected (killed or timed out) over detected and undetected (survived or not covered).
 * Ignored mutants and mutants that do not compile are outside the score and counted apart.
 */
export function mutationSummary(report) {
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, CompileError: 0, RuntimeError: 0, Pending: 0 };
  const survivors = [];
  for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    for (const mutant of mutants) {
      counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
      if (mutant.status === "Survived" || mutant.status === "NoCoverage") {
        const { line, column } = mutant.location.start;
        survivors.push(`${file}:${line}:${column} ${mutant.status} ${mutant.mutatorName}: ${JSON.stringify(mutant.replacement ?? "")}`);
      }
    }
  }
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  const score = valid === 0 ? null : (100 * detected) / valid;
  return { counts, detected, valid, score, survivors };
}

/** The table printed at the end of a run, one row per module, and whether every module reached the minimum. */
export function mutationVerdict(summaries) {
  const rows = [["module", "score", "killed", "timeout", "survived", "no cover", "ignored", "total"]];
  let ok = true;
  for (const [module, summary] of summaries) {
    if (summary === null) {
      rows.push([module, "no report", "", "", "", "", "", ""]);
      ok = false;
      continue;
    }
    const { counts, score } = summary;
    if (score === null || score < MINIMUM_SCORE) ok = false;
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    rows.push([module, score === null ? "n/a" : `${score.toFixed(2)}%`, counts.Killed, counts.Timeout, counts.Survived, counts.NoCoverage, counts.Ignored, total].map(String));
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  const table = rows.map((row) => row.map((cell, column) => String(cell).padStart(widths[column])).join("  ")).join("\n");
  return { ok, table };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const summaryOnly = process.argv.includes("--summary");
  const force = process.argv.includes("--force");
  const requested = process.argv.slice(2).filter((argument) => argument !== "--summary" && argument !== "--force");
  const unknown = requested.filter((module) => !MODULES.includes(module));
  if (unknown.length > 0) {
    console.error(`unknown module ${unknown.join(", ")}: choose from ${MODULES.join(", ")}`);
    process.exit(2);
  }
  const modules = requested.length > 0 ? requested : MODULES;
  for (const module of summaryOnly ? [] : modules) {
    const started = Date.now();
    console.log(`\n##### mutation testing: ${module}`);
    const run = spawnSync("npx", ["stryker", "run", "test/mutation/stryker.config.mjs", ...(force ? ["--force"] : [])], { stdio: "inherit", env: { ...process.env, MUTATION_MODULE: module } });
    console.log(`##### ${module}: Stryker exited ${run.status} after ${((Date.now() - started) / 60_000).toFixed(1)} min`);
  }
  const summaries = modules.map((module) => {
    const path = `reports/mutation/${module}/mutation.json`;
    if (!existsSync(path)) return [module, null];
    const summary = mutationSummary(JSON.parse(readFileSync(path, "utf8")));
    const day = statSync(path).mtime.toISOString().slice(0, 10);
    const header = [`# Surviving mutants of src/${module} (score ${summary.score?.toFixed(2)}%), from ${path} of ${day}.`, "# file:line:column status mutator: replacement. Reasons by group in docs/quality.md."];
    writeFileSync(`test/mutation/survivors/${module}.txt`, [...header, ...summary.survivors].join("\n") + "\n");
    return [module, summary];
  });
  const { ok, table } = mutationVerdict(summaries);
  console.log(`\n##### mutation scores (minimum ${MINIMUM_SCORE}% each)\n${table}`);
  process.exit(ok ? 0 : 1);
}
