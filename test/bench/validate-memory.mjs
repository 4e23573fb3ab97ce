// Not part of CI (it writes about 1.1 GB to the temporary directory and takes minutes): shows that
// `treatment-quality validate` keeps memory flat on NDJSON files of any size. It writes files of
// MedicationEvent records (one bad record in 100,000) of about 100 MB and 1 GB, validates each with
// the built command line, and prints the peak resident memory and the time of each run.
//
//   npm run build && node test/bench/validate-memory.mjs
import { spawnSync } from "node:child_process";
import { createWriteStream, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const cli = join(root, "dist/cli/main.js");

async function writeFile(path, bytes) {
  const out = createWriteStream(path);
  let written = 0;
  let line = 0;
  const day = (n) => new Date(Date.UTC(2019, 0, 1) + (n % 1000) * 86_400_000).toISOString().slice(0, 10);
  while (written < bytes) {
    let chunk = "";
    for (let i = 0; i < 10_000; i += 1, line += 1) {
      const bad = line % 100_000 === 99_999;
      chunk += JSON.stringify({ patientId: `P-${String(Math.floor(line / 400)).padStart(7, "0")}`, date: bad ? "2021-02-30" : day(line), duration: 1 + (line % 14), dailyDose: 60 + (line % 5) * 10, medication: "N07BC02", facilityId: `F-${line % 60}`, dispensingMode: line % 3 === 0 ? "take-home" : "supervised" }) + "\n";
    }
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  return line;
}

for (const megabytes of [100, 1024]) {
  const path = join(tmpdir(), `tq-validate-${megabytes}mb.ndjson`);
  const lines = await writeFile(path, megabytes * 1024 * 1024);
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["--import", join(root, "test/bench/peak-memory.mjs"), cli, "validate", "--schema", "MedicationEvent", "--format", "json", path], { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = Number(/peak-rss-kb (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  const summary = JSON.parse(run.stdout.trim().split("\n").at(-1)).summary;
  console.log(`${(statSync(path).size / 1024 / 1024).toFixed(0)} MB, ${lines.toLocaleString("en-US")} records (${summary.invalid} invalid, exit ${run.status}): peak RSS ${(peak / 1024).toFixed(0)} MB, ${seconds.toFixed(1)} s, ${Math.round(lines / seconds).toLocaleString("en-US")} records/s`);
  rmSync(path);
}
