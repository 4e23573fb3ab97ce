// Runs the vitest suite once per process time zone. The first run also measures coverage (with its
// thresholds) and runs the type tests, every property at full strength; the others prove that no result
// depends on TZ, with each property capped at 100 cases (FAST_CHECK_MAX_RUNS) to keep the gate short.
// Usage: node test/tools/vitest-in-time-zones.mjs [zone ...]   (default: the four zones below)
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

const DEFAULT_ZONES = ["Asia/Tashkent", "UTC", "Pacific/Kiritimati", "America/Santiago"];
const zones = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_ZONES;
const vitest = new URL("../../node_modules/vitest/vitest.mjs", import.meta.url).pathname;
mkdirSync(".gate", { recursive: true });

let passed = 0;
let failed = 0;
const rows = [];
for (const [index, zone] of zones.entries()) {
  const report = `.gate/vitest-${zone.replaceAll("/", "-")}.json`;
  const first = index === 0;
  const args = ["run", "--reporter=dot", "--reporter=json", `--outputFile.json=${report}`, ...(first ? ["--coverage", "--typecheck"] : [])];
  rmSync(report, { force: true }); // never count a report left by an earlier run
  console.log(`\n=== vitest under TZ=${zone}${first ? " (with coverage and type tests)" : " (properties capped at 100 cases)"}`);
  const env = { ...process.env, TZ: zone, ...(first ? {} : { FAST_CHECK_MAX_RUNS: "100" }) };
  const run = spawnSync(process.execPath, [vitest, ...args], { stdio: "inherit", env });
  let counts = { numPassedTests: 0, numFailedTests: 0 };
  try {
    counts = JSON.parse(readFileSync(report, "utf8"));
  } catch {
    // vitest died before writing its report; the exit status below counts it as a failure
  }
  // A failing exit (coverage thresholds, type errors, a crash) counts as at least one failure.
  const zoneFailed = run.status === 0 ? counts.numFailedTests : Math.max(1, counts.numFailedTests);
  passed += counts.numPassedTests;
  failed += zoneFailed;
  rows.push(`  TZ=${zone.padEnd(20)} ${counts.numPassedTests} passed, ${zoneFailed} failed`);
}
console.log(`\nvitest in ${zones.length} time zones:\n${rows.join("\n")}`);
console.log(`vitest: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
