// What the published tarball may hold, as a pure check of `npm pack --json`'s file list (used by
// test/tools/consumer-test.mjs, tested with broken lists in test/budget-checks.test.ts).
// A user needs the bundles of each entry point (ESM .js, CommonJS .cjs), their types (.d.ts, .d.cts),
// the JSON Schema files, the command line (ESM only: the bin is dist/cli/main.js), the README, the
// changelog and the licence. Not source maps (the bundles are not minified), not sources or tests.

export const REQUIRED_FILES = [
  "package.json",
  "README.md",
  "LICENSE",
  "CHANGELOG.md",
  "dist/cli/main.js",
  ...["index", "days/index", "codes/index", "i18n/index", "services/index", "standards/index", "assessment/index", "continuity/index", "indicators/index", "interop/index", "sample/index"].flatMap(
    (entry) => [`dist/${entry}.js`, `dist/${entry}.cjs`, `dist/${entry}.d.ts`, `dist/${entry}.d.cts`],
  ),
  "dist/schemas/Period.schema.json",
  "dist/schemas/MedicationEvent.schema.json",
  "dist/schemas/Assessment.schema.json",
  "dist/schemas/Framework.schema.json",
];

const ALLOWED = [
  /^(package\.json|README\.md|LICENSE|CHANGELOG\.md)$/,
  /^dist\/cli\/main\.js$/,
  /^dist\/schemas\/[A-Za-z]+\.schema\.json$/,
  /^dist\/(?!cli\/)([a-z0-9-]+\/)?[A-Za-z0-9_-]+\.(js|cjs|d\.ts|d\.cts)$/,
];

/** The problems of a packed file list: every required file present, nothing a user does not need. */
export function packedFileProblems(files) {
  const problems = REQUIRED_FILES.filter((file) => !files.includes(file)).map((file) => `missing ${file}`);
  for (const file of files) if (!ALLOWED.some((pattern) => pattern.test(file))) problems.push(`not needed by a user: ${file}`);
  return problems;
}
