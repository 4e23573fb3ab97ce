// `npm test`: the release gate. Runs each step (an npm script of its own) in order, stops at the first
// failure, and ends with one line that counts every test and check run.
import { spawn } from "node:child_process";

const STEPS = [
  ["build", "ESM + CJS bundles, .d.ts + .d.cts, JSON Schema files"],
  // after the build: examples import "treatment-quality", which resolves to dist/ like a user's code
  ["typecheck", "type checks, including *.test-d.ts, examples and the library without Node types"],
  ["test:vitest", "unit and property tests in four time zones, coverage thresholds"],
  ["check:package", "publint and attw on the packed package"],
  ["size", "size-limit budgets per entry point"],
  ["check:budgets", "no circular imports, runtime dependencies, npm audit, import time within 50 ms of zod"],
  ["docs", "TypeDoc site, warnings as errors"],
  ["examples", "every script in examples/"],
  ["test:consumer", "packed tarball loaded by require, import and tsc (node16, bundler)"],
  ["test:site", "docs site in headless Chromium: render, navigation, search"],
];
const COUNT_LINE = /^[\w-]+: (\d+) passed, (\d+) failed$/gm;

function runStep(script) {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const forward = (stream, sink) =>
      stream.on("data", (chunk) => {
        output += chunk;
        sink.write(chunk);
      });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on("close", (code) => resolve({ code, output }));
  });
}

const started = Date.now();
const summary = [];
let passed = 0;
let failed = 0;
for (const [script, what] of STEPS) {
  console.log(`\n##### ${script}: ${what}`);
  const stepStarted = Date.now();
  const { code, output } = await runStep(script);
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  for (const [, stepPassed, stepFailed] of output.matchAll(COUNT_LINE)) {
    passed += Number(stepPassed);
    failed += Number(stepFailed);
  }
  summary.push(`  ${code === 0 ? "ok  " : "FAIL"} ${script.padEnd(14)} ${seconds.padStart(6)} s  ${what}`);
  if (code !== 0) {
    failed = Math.max(failed, 1);
    break;
  }
}
console.log(`\n##### release gate, ${((Date.now() - started) / 1000).toFixed(0)} s\n${summary.join("\n")}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && summary.length === STEPS.length ? 0 : 1);
