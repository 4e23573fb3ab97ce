// `npm run check:budgets`: the budgets and hygiene checks of the release gate, each a pure function
// (tested with deliberately broken inputs in test/budget-checks.test.ts) and run here on the package:
//  - no circular imports between the library's modules (type-only imports, erased at build, excepted);
//  - runtime dependencies exactly date-fns and ts-pattern, with zod the only peer;
//  - cold import of the main entry at most 50 ms over importing zod alone (median of 10 runs each,
//    interleaved; the budget scaled up by zod's own slowdown when zod is slower than when idle, and
//    measured up to three times before failing, since the machine is shared);
//  - size-limit itself fails a budget set below an entry's size (the size step's budgets are real);
//  - `npm audit --omit=dev` finds nothing.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createCheckList } from "./check-list.mjs";

/** Value imports (and re-exports) of a TypeScript source, relative specifiers only; `import type` and `export type` are erased at build. */
export function valueImports(text) {
  const found = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?([^;]*?)\s+from\s+"(\.[^"]+)"/gms)) {
    const [, , typeOnly, clause, specifier] = match;
    if (typeOnly !== undefined) continue;
    // `import { type A, type B } from` imports nothing at run time either.
    const names = /^\{([^}]*)\}$/.exec(clause.trim());
    if (names !== null && names[1].split(",").map((name) => name.trim()).filter(Boolean).every((name) => name.startsWith("type "))) continue;
    found.push(specifier);
  }
  for (const match of text.matchAll(/^\s*import\s+"(\.[^"]+)"/gm)) found.push(match[1]);
  return found;
}

/** The import cycles among files (path -> text), each as the list of files around it; empty when there are none. */
export function findCycles(files) {
  const graph = new Map();
  for (const [path, text] of files) {
    graph.set(
      path,
      valueImports(text).map((specifier) => resolve(dirname(path), specifier).replace(/\.js$/, ".ts")).filter((target) => files.has(target)),
    );
  }
  const cycles = [];
  const state = new Map(); // 1 on the stack, 2 done
  const stack = [];
  const visit = (node) => {
    state.set(node, 1);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 1) cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (state.get(next) === undefined) visit(next);
    }
    stack.pop();
    state.set(node, 2);
  };
  for (const node of [...graph.keys()].sort()) if (state.get(node) === undefined) visit(node);
  return cycles;
}

/** What is wrong with the package's dependencies: runtime exactly date-fns and ts-pattern, zod the only peer. */
export function dependencyProblems(pkg) {
  const problems = [];
  const runtime = Object.keys(pkg.dependencies ?? {}).sort();
  const peers = Object.keys(pkg.peerDependencies ?? {}).sort();
  if (JSON.stringify(runtime) !== JSON.stringify(["date-fns", "ts-pattern"])) problems.push(`runtime dependencies must be exactly date-fns and ts-pattern; got ${runtime.join(", ") || "none"}`);
  if (JSON.stringify(peers) !== JSON.stringify(["zod"])) problems.push(`the only peer dependency must be zod; got ${peers.join(", ") || "none"}`);
  if (Object.keys(pkg.optionalDependencies ?? {}).length > 0) problems.push(`no optional dependencies are allowed; got ${Object.keys(pkg.optionalDependencies).join(", ")}`);
  return problems;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** zod's cold import on this machine when idle (about 55 to 60 ms, 2026-12-05/06): the speed at which the budget is set. */
export const IDLE_ZOD_MS = 60;

/**
 * The import-time verdict: the median cost of the library over zod alone, against the limit in ms. A
 * machine slowed by other work slows both imports; the budget grows by zod's own slowdown over its
 * idle time (never shrinks), so the check compares like with like and a real regression still shows.
 */
export function importTimeVerdict(libraryMs, zodMs, limitMs = 50, idleZodMs = IDLE_ZOD_MS) {
  const zod = median(zodMs);
  const extra = median(libraryMs) - zod;
  const budget = limitMs * Math.max(1, zod / idleZodMs);
  return { extra, budget, ok: extra <= budget };
}

/** The vulnerabilities `npm audit --json` reports, as text; empty when there are none. */
export function auditProblems(report) {
  const counts = report?.metadata?.vulnerabilities ?? {};
  const total = Object.values(counts).reduce((sum, count) => sum + (typeof count === "number" ? count : 0), 0) - (counts.total ?? 0);
  if (total === 0) return [];
  return Object.entries(report.vulnerabilities ?? {}).map(([name, entry]) => `${name}: ${entry.severity}`);
}

function sourcesOf(directory) {
  const files = new Map();
  const walk = (path) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (full.endsWith(".ts") && !full.endsWith(".test.ts") && !full.endsWith(".test-d.ts")) files.set(full, readFileSync(full, "utf8"));
    }
  };
  walk(directory);
  return files;
}

/** Milliseconds a fresh Node process takes to import a module (measured inside it, start-up excluded). */
function importMs(specifier, cwd) {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  return Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd, encoding: "utf8" }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  const { pass, fail, done } = createCheckList("budgets");
  const cycles = findCycles(sourcesOf(join(root, "src")));
  if (cycles.length > 0) fail(`circular imports: ${cycles.map((cycle) => cycle.map((path) => relative(root, path)).join(" -> ")).join("; ")}`);
  else pass("no circular imports in src/ (value imports)");

  const problems = dependencyProblems(JSON.parse(readFileSync(join(root, "package.json"), "utf8")));
  if (problems.length > 0) fail(problems.join("; "));
  else pass("runtime dependencies are date-fns and ts-pattern, zod the only peer");

  // A shared machine is noisy: a median over the budget is measured again, up to three times, and the
  // budget fails only when all three medians of 10 exceed it (a real regression moves every one).
  const measureImportTime = () => {
    const library = [];
    const zod = [];
    for (let run = 0; run < 10; run += 1) {
      zod.push(importMs("zod", root));
      library.push(importMs("./dist/index.js", root));
    }
    return { verdict: importTimeVerdict(library, zod), library: median(library), zod: median(zod) };
  };
  let timing = measureImportTime();
  for (let attempt = 2; attempt <= 3 && !timing.verdict.ok; attempt += 1) timing = measureImportTime();
  const timingText = `${timing.verdict.extra.toFixed(1)} ms over zod alone (median of 10: library ${timing.library.toFixed(1)} ms, zod ${timing.zod.toFixed(1)} ms; budget ${timing.verdict.budget.toFixed(1)} ms: 50 ms, scaled by zod's slowdown over ${IDLE_ZOD_MS} ms when slower)`;
  if (timing.verdict.ok) pass(`cold import of the main entry: ${timingText}`);
  else fail(`cold import of the main entry: ${timingText}, three times in a row`);

  // The size step before this one passed; prove it would have failed: size-limit, run on one entry with
  // a budget below its size, must exit 1, and with a generous budget, 0 (so the failure is the budget's).
  const sizeLimitExit = (limit) => {
    const scratch = mkdtempSync(join(tmpdir(), "treatment-quality-size-"));
    try {
      symlinkSync(join(root, "node_modules"), join(scratch, "node_modules"), "dir");
      const budget = [{ name: `days within ${limit}`, path: join(root, "dist/days/index.js"), import: "*", limit }];
      writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "budget-probe", private: true, devDependencies: { "size-limit": "*", "@size-limit/preset-small-lib": "*" }, "size-limit": budget }));
      return spawnSync(process.execPath, [join(root, "node_modules/size-limit/bin.js")], { cwd: scratch, encoding: "utf8" }).status;
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  };
  const [broken, generous] = [sizeLimitExit("10 B"), sizeLimitExit("1 MB")];
  if (broken === 1 && generous === 0) pass("size-limit fails a budget set below an entry's size (exit 1) and passes a generous one");
  else fail(`size-limit does not enforce budgets: exit ${broken} for a 10 B budget, ${generous} for 1 MB`);

  const audit = spawnSync("npm", ["audit", "--omit=dev", "--json"], { cwd: root, encoding: "utf8" });
  let report;
  try {
    report = JSON.parse(audit.stdout);
  } catch {
    fail(`npm audit gave no report: ${audit.stderr.slice(0, 300)}`);
  }
  if (report !== undefined) {
    const found = auditProblems(report);
    if (found.length > 0) fail(`npm audit --omit=dev: ${found.join(", ")}`);
    else pass("npm audit --omit=dev finds no vulnerability");
  }
  done();
}
