// `node test/tools/retest-survivors.mjs <module> [file filter]`: tests the surviving mutants of a module's last
// Stryker report again, against today's tests, without a whole Stryker run (hours on two cores). Each
// survivor is applied, exactly as Stryker made it, to today's source: at the same place when the lines it
// spans are unchanged, or where those lines now are when they moved; a survivor whose lines changed is
// reported as such and not tested. The module's tests then run with the mutation configuration
// (properties capped at 25 cases), and a failing run kills it (a run over the time limit too, as a
// timeout). The file is put back after each mutant, and on interruption. Prints one line per survivor
// and the counts. A re-test, not a score: the score comes from `npm run mutation` (docs/quality.md).
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { MODULES, MUTATION_SUITES } from "./mutation.mjs";

/** How long one mutant's test run may take (`RETEST_TIMEOUT_SECONDS`, default 300) before it is stopped as a timeout. */
const TIMEOUT_SECONDS = Number(process.env["RETEST_TIMEOUT_SECONDS"] ?? 300);

/** The test files each module's mutants are re-tested with: its own tests and the suites that exercise it. */
export const RETEST_FILES = Object.fromEntries(MODULES.map((module) => [module, [`src/${module}`, ...MUTATION_SUITES[module]]]));

/**
 * The source with one mutant applied: the text between the report's start and end (lines and columns
 * counted from 1, the end excluded) replaced.
 */
export function applyMutant(source, { start, end }, replacement) {
  const lines = source.split("\n");
  const offset = ({ line, column }) => {
    if (line < 1 || line > lines.length || column < 1 || column > lines[line - 1].length + 1) throw new RangeError(`No position ${line}:${column} in a source of ${lines.length} lines.`);
    return lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
  };
  const from = offset(start);
  const to = offset(end);
  if (to < from) throw new RangeError(`The mutant ends (${end.line}:${end.column}) before it starts (${start.line}:${start.column}).`);
  return source.slice(0, from) + replacement + source.slice(to);
}

/**
 * The mutant's location in today's source: the same when the lines it spans are unchanged, else moved to
 * the one place where those lines now stand; undefined when they changed or stand in several places.
 */
export function relocate(source, today, location) {
  const before = source.split("\n");
  const now = today.split("\n");
  const { start, end } = location;
  const block = before.slice(start.line - 1, end.line);
  const matchesAt = (first) => block.every((line, index) => now[first + index] === line);
  let shift = 0;
  if (!matchesAt(start.line - 1)) {
    const places = now.map((_, first) => first).filter((first) => matchesAt(first));
    if (places.length !== 1) return undefined;
    shift = places[0] - (start.line - 1);
  }
  return { start: { line: start.line + shift, column: start.column }, end: { line: end.line + shift, column: end.column } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [module, filter = ""] = process.argv.slice(2);
  if (!(module in RETEST_FILES)) {
    console.error(`usage: node test/tools/retest-survivors.mjs <${Object.keys(RETEST_FILES).join("|")}> [file filter]`);
    process.exit(2);
  }
  const report = JSON.parse(readFileSync(`reports/mutation/${module}/mutation.json`, "utf8"));
  let restore = () => {};
  let stopRun = () => {};
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (stopRun(), restore(), process.exit(130)));
  let alive = 0;
  let tested = 0;
  let changed = 0;
  for (const [file, { source, mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    if (!file.includes(filter)) continue;
    const today = readFileSync(file, "utf8");
    restore = () => writeFileSync(file, today);
    try {
      for (const mutant of mutants.filter((each) => each.status === "Survived" || each.status === "NoCoverage")) {
        const location = relocate(source, today, mutant.location);
        if (location === undefined) {
          changed += 1;
          console.log(`changed  ${file}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName}: the lines it mutated are no longer in the source`);
          continue;
        }
        writeFileSync(file, applyMutant(today, location, mutant.replacement ?? ""));
        // Asynchronous, so that an interruption is handled (and the file put back) while the tests run; in
        // a process group of its own, so that a mutant that loops forever can be stopped whole.
        const { status, timedOut } = await new Promise((resolve) => {
          const run = spawn("npx", ["vitest", "run", "--config", "test/mutation/vitest.config.ts", ...RETEST_FILES[module]], { stdio: "ignore", detached: true, env: { ...process.env, FAST_CHECK_MAX_RUNS: process.env["FAST_CHECK_MAX_RUNS"] ?? "25" } });
          const stop = () => process.kill(-run.pid, "SIGKILL");
          stopRun = stop;
          let expired = false;
          const timer = setTimeout(() => ((expired = true), stop()), TIMEOUT_SECONDS * 1000);
          run.on("close", (code) => (clearTimeout(timer), (stopRun = () => {}), resolve({ status: code, timedOut: expired })));
        });
        // A run stopped for taking too long is a timeout, which Stryker counts as detected too.
        const killed = timedOut || status !== 0;
        tested += 1;
        if (!killed) alive += 1;
        console.log(`${timedOut ? "timeout " : killed ? "killed  " : "SURVIVED"} ${file}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName}: ${JSON.stringify(mutant.replacement ?? "")}`);
      }
    } finally {
      restore();
      restore = () => {};
    }
  }
  console.log(`${module}: ${tested} survivors of the report re-tested, ${tested - alive} now killed, ${alive} still survive; ${changed} not tested (their code changed).`);
}
