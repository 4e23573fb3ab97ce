// Runs every script in examples/ against the built package (each imports "treatment-quality", which
// resolves to dist/ through the package's own exports map). Each example asserts its hand-checked numbers.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const files = readdirSync("examples").filter((name) => name.endsWith(".ts")).sort();
let failed = 0;
for (const file of files) {
  const run = spawnSync(process.execPath, ["--import", "./test/tools/typescript-loader.mjs", `examples/${file}`], { encoding: "utf8" });
  const ok = run.status === 0;
  if (!ok) failed += 1;
  console.log(`${ok ? "ok  " : "FAIL"} examples/${file}`);
  if (!ok) console.log(run.stdout, run.stderr);
}
console.log(`examples: ${files.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
