import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

/**
 * One bundle per public entry point; the exports map in package.json names the same files.
 * After a successful build, the JSON Schema files are written from the built bundle.
 */
export default defineConfig({
  entry: {
    index: "src/index.ts",
    "days/index": "src/days/index.ts",
    "codes/index": "src/codes/index.ts",
    "i18n/index": "src/i18n/index.ts",
    "services/index": "src/services/index.ts",
    "standards/index": "src/standards/index.ts",
    "assessment/index": "src/assessment/index.ts",
    "continuity/index": "src/continuity/index.ts",
    "indicators/index": "src/indicators/index.ts",
    "interop/index": "src/interop/index.ts",
    "sample/index": "src/sample/index.ts",
    "cli/main": "src/cli/main.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  // No source maps: the bundles are not minified, and maps would more than double the package (7.5 MB
  // of its 13 MB unpacked).
  sourcemap: false,
  clean: true,
  treeshake: true,
  target: "es2022",
  outDir: "dist",
  // The library's version, for the resources it publishes (FHIR CodeSystem.version, ...).
  define: { __TREATMENT_QUALITY_VERSION__: JSON.stringify(version) },
  onSuccess: "node test/tools/write-json-schemas.mjs",
});
