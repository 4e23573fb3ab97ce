/**
 * Validate a facility register before loading it: every facility is checked against the Facility
 * schema, each problem comes with the path of the field, and the valid facilities are kept. The
 * register (examples/data/facility-register.json) is fictional; three of its six facilities have a
 * mistake a real register has: a code that is not in the vocabulary, a missing region, a negative
 * capacity. The same check on the command line, for JSON, NDJSON or CSV files of any size:
 *
 *   npx treatment-quality validate --schema Facility examples/data/facility-register.json
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { getLabel, validateRecords } from "treatment-quality";

const register: unknown[] = JSON.parse(readFileSync(new URL("data/facility-register.json", import.meta.url), "utf8"));
const checked = validateRecords("facility", register);

for (const problem of checked.issues) console.log(`facility ${problem.path[0]}: ${problem.path.slice(1).join(".")}: ${problem.code}: ${problem.message}`);
console.log(`\n${checked.records.length} of ${register.length} facilities are valid: ${checked.records.map((facility) => facility.id).join(", ")}`);

assert.deepEqual(
  checked.issues.map((problem) => `${problem.path.join(".")} ${problem.code}`),
  ["2.modalities.1 unknown_code", "3.region missing", "4.capacity.outpatientPlaces out_of_range"],
);
assert.deepEqual(checked.invalidIndexes, [2, 3, 4]);
assert.deepEqual(checked.records.map((facility) => facility.id), ["TAS-01", "TAS-02", "BUK-01"]);

// Valid records are typed: their codes have labels in every language the library has.
assert.equal(getLabel("modality", checked.records[0]!.modalities[1]!, "ru"), "Краткосрочное стационарное лечение (включая лечение синдрома отмены)");
