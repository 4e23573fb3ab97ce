// fast-check with every `fc.assert` capped at FAST_CHECK_MAX_RUNS runs: the same library otherwise.
// vitest.config.ts aliases "fast-check" here when that variable is set, for two runs that repeat the
// suite and need breadth more than depth:
//  - the gate's runs in the second to fourth time zones (test/tools/vitest-in-time-zones.mjs): the
//    first zone runs every property at full strength; the others prove that no result depends on TZ;
//  - mutation testing (test/mutation/), which runs the covering tests once per mutant: a property that
//    kills a mutant almost always does so in its first runs.
import * as fastCheck from "../../node_modules/fast-check/lib/fast-check.js";

const cap = Number(process.env["FAST_CHECK_MAX_RUNS"]);
if (!Number.isSafeInteger(cap) || cap < 1) throw new Error(`FAST_CHECK_MAX_RUNS must be a positive whole number; got ${process.env["FAST_CHECK_MAX_RUNS"]}`);

type AssertParameters = Parameters<typeof fastCheck.assert>[1];

function cappedAssert(property: Parameters<typeof fastCheck.assert>[0], parameters?: AssertParameters): ReturnType<typeof fastCheck.assert> {
  const numRuns = Math.min(parameters?.numRuns ?? cap, cap);
  return fastCheck.assert(property as never, { ...parameters, numRuns } as never) as never;
}

export * from "../../node_modules/fast-check/lib/fast-check.js";
export { cappedAssert as assert };
const cappedFastCheck: typeof fastCheck = { ...fastCheck, assert: cappedAssert as typeof fastCheck.assert };
export default cappedFastCheck;
