// Packs the package as npm would publish it, installs the tarball into a fresh temporary project, and
// loads it the four ways users do: require (CommonJS), import (ES module), and TypeScript under
// moduleResolution node16 and bundler. Run after `npm run build`.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCheckList } from "./check-list.mjs";
import { packedFileProblems } from "./packed-files.mjs";

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), "treatment-quality-consumer-"));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const { check, done } = createCheckList("consumer");

try {
  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], root));
  const tarball = join(work, packed.filename);
  const files = packed.files.map((file) => file.path);
  check(`tarball ${packed.filename} (${files.length} files, ${(packed.unpackedSize / 1e6).toFixed(1)} MB unpacked) holds what a user needs and nothing else`, () => {
    const problems = packedFileProblems(files);
    if (problems.length > 0) throw new Error(problems.join("\n"));
  });

  const app = join(work, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer-app", private: true, version: "1.0.0" }));
  const zodVersion = JSON.parse(readFileSync(join(root, "node_modules/zod/package.json"), "utf8")).version;
  check("npm install of the tarball (with zod as the peer) succeeds", () =>
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, `zod@${zodVersion}`], app),
  );

  writeFileSync(
    join(app, "use.cjs"),
    `const assert = require("node:assert/strict");
const tq = require("treatment-quality");
const days = require("treatment-quality/days");
assert.equal(tq.addMonths("2021-01-31", 1), "2021-02-28");
assert.equal(days.countDaysInPeriod({ start: "2020-01-01", end: "2020-12-31" }), 366);
assert.equal(tq.parseIsoDate("2021-02-29").issues[0].code, "invalid_date");
assert.equal(tq.PeriodSchema.safeParse({ start: "2020-01-01", end: "2020-12-31" }).success, true);
assert.match(require.resolve("treatment-quality"), /dist[\\\\/]index\\.cjs$/);
const schema = require("treatment-quality/schemas/Period.schema.json");
assert.equal(schema.title, "Period");
assert.equal(require("treatment-quality/package.json").name, "treatment-quality");
assert.deepEqual(require("treatment-quality/codes").mapIcd10ToIcd11("F11.2"), ["6C43.2"]);
assert.equal(require("treatment-quality/i18n").getLabel("modality", "outpatient", "ru"), "Амбулаторное лечение");
assert.equal(require("treatment-quality/services").validateRecord("contact", { patientId: "P1", date: "2020-04-03", providerId: "D1" }).ok, true);
assert.equal(require("treatment-quality/schemas/TreatmentEpisode.schema.json").additionalProperties, false);
assert.equal(require("treatment-quality/standards").internationalStandards2020.nodes.filter((node) => node.parentId === undefined).length, 7);
assert.equal(require("treatment-quality/schemas/Framework.schema.json").title, "Framework");
assert.deepEqual(require("treatment-quality/assessment").DEFAULT_RATING_SCALE.levels.map((level) => level.value), [1, 0.5, 0]);
assert.equal(require("treatment-quality/indicators").classifyDisruption(0.05), "partially-disrupted");
assert.equal(require("treatment-quality/interop").toFhirCodeSystem(require("treatment-quality/codes").MODALITY).resourceType, "CodeSystem");
assert.equal(require("treatment-quality/sample").generateSampleRegistry({ patients: 1 }).facilities.length, 60);
assert.equal(require("treatment-quality/continuity").computeCma([{ patientId: "P", date: "2020-01-01", duration: 50 }], { method: "CMA7", followUpWindow: { start: "2020-01-01", durationDays: 100 }, observationWindow: { start: "2020-01-01", durationDays: 100 } })[0].value, 0.5);
`,
  );
  check("require() from a CommonJS script", () => run(process.execPath, ["use.cjs"], app));
  check("the installed treatment-quality command runs (npx, from the tarball's bin)", () => {
    const help = run("npx", ["--no-install", "treatment-quality", "--help"], app);
    if (!help.includes("Commands:")) throw new Error(`unexpected help: ${help.slice(0, 200)}`);
    writeFileSync(join(app, "events.csv"), "patientId,date,duration\nP1,2020-01-01,14\n");
    const summary = execFileSync("npx", ["--no-install", "treatment-quality", "validate", "--schema", "MedicationEvent", "events.csv"], { cwd: app, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    void summary;
  });

  writeFileSync(
    join(app, "use.mjs"),
    `import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { addMonths, parsePeriod } from "treatment-quality";
import { isDateInWindow } from "treatment-quality/days";
assert.equal(addMonths("2021-01-31", 1, { endOfMonth: "roll-to-first" }), "2021-03-01");
assert.equal(parsePeriod({ start: "2020-02-01", end: "2020-01-01" }).issues[0].path.join("."), "end");
assert.equal(isDateInWindow("2022-01-01", { start: "2021-01-01", durationDays: 365 }), true);
assert.match(import.meta.resolve("treatment-quality"), /dist\\/index\\.js$/);
const schema = JSON.parse(readFileSync(new URL(import.meta.resolve("treatment-quality/schemas/IsoDate.schema.json")), "utf8"));
assert.equal(new RegExp(schema.pattern).test("2100-02-29"), false);
const { lookupAtc } = await import("treatment-quality/codes");
const { validateRecords } = await import("treatment-quality/services");
const { createLabelLookup, KK_LABELS } = await import("treatment-quality/i18n");
assert.equal(lookupAtc("N07BC02").name, "Methadone");
assert.deepEqual((await validateRecords("contact", (async function* () { yield { patientId: "P1", date: "2020-04-31", providerId: "D1" }; })())).invalidIndexes, [0]);
assert.equal(createLabelLookup([KK_LABELS]).getLabelInfo("teds.reason", "1", "kk").locale, "en");
const { adaptFramework, frameworkCoverage, internationalStandards2020 } = await import("treatment-quality/standards");
const adapted = adaptFramework(internationalStandards2020, { id: "national", version: "1", title: { en: "National" }, remove: ["P3"] });
assert.equal(frameworkCoverage(adapted.value, internationalStandards2020).byRoot.find((root) => root.nodeId === "P3").ratio, 0);
const { safeScoreAssessment } = await import("treatment-quality/assessment");
const scored = safeScoreAssessment(internationalStandards2020, { id: "A", frameworkId: "unodc-who-is-2020", frameworkVersion: "2020", facilityId: "F", mode: "self", assessors: [{ id: "H", role: "lead" }], visitDate: "2024-01-01", status: "draft", ratings: [{ criterionId: "P2.1.1", level: "MET" }] });
assert.equal(scored.value.nodes["P2.1.1"].score, 1);
`,
  );
  check("import from an ES module script", () => run(process.execPath, ["use.mjs"], app));

  const typed = `import { addMonths, parseIsoDate, type Issue, type Period, type Result } from "treatment-quality";
import { countDaysInPeriod } from "treatment-quality/days";
import { validateRecord, type MedicationEvent } from "treatment-quality/services";
import { getLabel, type Locale } from "treatment-quality/i18n";
import { mapIcd11ToIcd10, type CodeOf, type MODALITY } from "treatment-quality/codes";
import { defineFramework, type Framework, type FrameworkCoverage } from "treatment-quality/standards";
import { scoreAssessment, type AssessmentReport, type ScoringPolicyInput } from "treatment-quality/assessment";
import { classifyDisruption, type DisruptionBand } from "treatment-quality/indicators";
import { generateSampleRegistry, type SampleRegistry } from "treatment-quality/sample";
import { toFhirQuestionnaire, type FhirQuestionnaire } from "treatment-quality/interop";
const registry: SampleRegistry = generateSampleRegistry({ seed: 2, patients: 1 });
void registry;
const band: DisruptionBand = classifyDisruption(0.1);
const policy: ScoringPolicyInput = { aggregation: "pooled" };
const overallOf = (report: AssessmentReport): number | null => report.overall;
// @ts-expect-error aggregation is a closed union
const wrongPolicy: ScoringPolicyInput = { aggregation: "average" };
void scoreAssessment;
const defined = defineFramework({});
const framework: Framework | undefined = defined.ok ? defined.value : undefined;
const coverageRatio = (coverage: FrameworkCoverage): number => coverage.ratio;
const form: FhirQuestionnaire | undefined = framework === undefined ? undefined : toFhirQuestionnaire(framework);
void form;
const checked = validateRecord("medicationEvent", { patientId: "P1", date: "2020-04-01", duration: 1 });
const event: MedicationEvent | undefined = checked.ok ? checked.value : undefined;
const locale: Locale = "kk";
const modality: CodeOf<typeof MODALITY> = "outpatient";
const label: string = getLabel("modality", modality, locale);
const icd10: readonly string[] = mapIcd11ToIcd10("6C43.2");
// @ts-expect-error a modality is a closed set of codes
const wrong: CodeOf<typeof MODALITY> = "inpatient";
const period: Period = { start: "2020-01-01", end: "2020-03-31" };
const days: number = countDaysInPeriod(period);
const next: string = addMonths(period.end, 1);
const parsed: Result<number> = parseIsoDate(next);
const issues: readonly Issue[] = parsed.ok ? [] : parsed.issues;
// @ts-expect-error endOfMonth is a closed union
addMonths("2020-01-31", 1, { endOfMonth: "last" });
export { days, issues, event, label, icd10, wrong, framework, coverageRatio, policy, overallOf, wrongPolicy, band };
`;
  writeFileSync(join(app, "use.mts"), typed);
  writeFileSync(join(app, "use.cts"), typed);
  writeFileSync(join(app, "bundled.ts"), typed);
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  // skipLibCheck false: our .d.ts files are checked in full. lib dom: zod's own .d.ts refers to URL.
  const common = ["--noEmit", "--strict", "--skipLibCheck", "false", "--target", "es2022", "--lib", "es2022,dom"];
  check("tsc, moduleResolution node16, .mts and .cts", () =>
    run(process.execPath, [tsc, ...common, "--module", "node16", "--moduleResolution", "node16", "use.mts", "use.cts"], app),
  );
  check("tsc, moduleResolution bundler", () =>
    run(process.execPath, [tsc, ...common, "--module", "preserve", "--moduleResolution", "bundler", "bundled.ts"], app),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
done();
