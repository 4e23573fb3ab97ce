import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

// With FAST_CHECK_MAX_RUNS set, every property runs at most that many cases (test/support/fast-check-capped.ts).
const cappedFastCheck = process.env["FAST_CHECK_MAX_RUNS"] === undefined ? [] : [{ find: /^fast-check$/, replacement: fileURLToPath(new URL("./test/support/fast-check-capped.ts", import.meta.url)) }];

export default defineConfig({
  define: { __TREATMENT_QUALITY_VERSION__: JSON.stringify(version) },
  resolve: { alias: cappedFastCheck },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/**/*.test.ts", "src/**/*.test-d.ts"],
      reporter: ["text-summary", "json-summary"],
      thresholds: { lines: 90, branches: 85, functions: 90, statements: 90 },
    },
    typecheck: { include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"] },
    benchmark: { include: ["test/bench/**/*.bench.ts"] },
  },
});
