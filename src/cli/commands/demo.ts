/** `treatment-quality demo`: the whole pipeline on the fictional sample registry, with a summary. */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { scoreAssessment } from "../../assessment/index.js";
import { BUILT_IN_INDICATORS, computeIndicator, computeIndicatorOverPeriods, computeServiceDisruption, indicatorProportions, type IndicatorDefinition } from "../../indicators/index.js";
import { generateSampleRegistry } from "../../sample/index.js";
import { validateRecords } from "../../services/index.js";
import { illustrativeNationalStandard } from "../../standards/index.js";
import { count, textTable } from "../output.js";
import { EXIT, UsageError, type Terminal } from "../terminal.js";

export const DEMO_HELP = `Usage: treatment-quality demo [--out <dir>] [--patients <n>] [--seed <n>]

Generate the fictional sample registry (13 regions, 60 facilities, three years of OAT dispensing
with a COVID-19-like disruption in spring 2020) and run the whole pipeline on it: validation of
every record, scoring of the facilities' assessments with accreditation decisions, continuity
(PDC and retention in OAT), disruption of OAT by region, and adaptations (take-home doses,
remote contacts) before, during and after the disruption. Prints a summary.

  --out <dir>      also write the registry's records there (JSON and NDJSON files), the input
                   of the other commands
  --patients <n>   how many patients, 1 to 100,000 (default 1,000)
  --seed <n>       the seed (default 1); the same seed gives the same registry

Every name in the registry is invented. Exit codes: 0 done, 1 a file could not be written, 2 usage error.
`;

function wholeNumber(values: Record<string, string | boolean | undefined>, name: string, fallback: number): number {
  const text = values[name];
  if (text === undefined) return fallback;
  if (typeof text !== "string" || !/^\d+$/.test(text)) throw new UsageError(`--${name} must be a whole number; got ${JSON.stringify(text)}.`);
  return Number(text);
}

/** Run `demo`. */
export function demoCommand(values: Record<string, string | boolean | undefined>, files: readonly string[], terminal: Terminal): number {
  if (files.length > 0) throw new UsageError(`demo takes no file; got ${files.join(" ")}.`);
  const patients = wholeNumber(values, "patients", 1000);
  const seed = wholeNumber(values, "seed", 1);
  if (patients < 1 || patients > 100_000) throw new UsageError(`--patients must be from 1 to 100,000; got ${patients}.`);
  const registry = generateSampleRegistry({ seed, patients });
  const { scenario } = registry;
  const lines: string[] = [registry.notice];
  const section = (title: string) => lines.push("", `== ${title}`);

  section("Validation");
  const kinds = [
    ["facility", registry.facilities],
    ["service", registry.services],
    ["treatmentEpisode", registry.episodes],
    ["medicationEvent", registry.events],
    ["contact", registry.contacts],
    ["serviceVolume", registry.volumes],
  ] as const;
  lines.push(textTable(["records", "count", "invalid"], kinds.map(([kind, records]) => [kind, count(records.length), count(validateRecords(kind, records).invalidIndexes.length)])).trimEnd());

  section(`Assessments against ${illustrativeNationalStandard.title.en}`);
  const reports = registry.assessments.map((assessment) => ({ assessment, report: scoreAssessment(illustrativeNationalStandard, assessment) }));
  const outcomes = [...new Set(reports.map(({ report }) => report.decision.outcome ?? "none"))].sort();
  const byMode = (mode: string) => outcomes.map((outcome) => reports.filter(({ assessment, report }) => assessment.mode === mode && (report.decision.outcome ?? "none") === outcome).length);
  lines.push(textTable(["decision", ...outcomes], [["self-assessment 2019", ...byMode("self")], ["external 2021", ...byMode("external")]]).trimEnd());

  section("Continuity of OAT");
  const data = { ...registry, assessmentReports: reports.filter(({ assessment }) => assessment.mode === "external").map(({ assessment, report }) => ({ facilityId: assessment.facilityId, report })) };
  const byId = (id: string): IndicatorDefinition => BUILT_IN_INDICATORS.find((indicator) => indicator.id === id)!;
  const share = (definition: IndicatorDefinition, period: { start: string; end: string }) => {
    const [total] = indicatorProportions(computeIndicator(definition, data, { period, dataEnd: scenario.studyPeriod.end }).result);
    return total === undefined ? "-" : `${count(total.numerator)} of ${count(total.denominator)} (${(100 * total.value!).toFixed(1)}%, 95% CI ${(100 * total.lower!).toFixed(1)}-${(100 * total.upper!).toFixed(1)}%)`;
  };
  lines.push(
    textTable(
      ["indicator", "value"],
      [
        ["PDC of 80% or more, 2020", share(byId("oat-pdc-80"), { start: "2020-01-01", end: "2020-12-31" })],
        ["retained at 6 months, entered 2019", share(byId("oat-retention-6m"), { start: "2019-01-01", end: "2019-12-31" })],
        ["retained at 6 months, entered in the disruption", share(byId("oat-retention-6m"), scenario.disruption)],
        ["external assessments accredited", share({ ...byId("facilities-accredited"), disaggregations: [] }, { start: "2021-01-01", end: "2021-12-31" })],
      ],
    ).trimEnd(),
  );

  section("OAT patient-months, April-June 2020 against 2019, by region");
  const disruption = computeServiceDisruption(
    registry.volumes.filter((volume) => volume.unit === "patients"),
    registry.facilities,
    { period: { start: "2020-04-01", end: "2020-06-30" }, baseline: { years: [2019] }, by: ["region"] },
  );
  lines.push(
    textTable(
      ["region", "2019", "2020", "drop", "band", "reporting"],
      disruption.rows.map((row) => [row.region, row.baseline, row.volume, row.change === null ? "-" : `${(100 * row.change).toFixed(1)}%`, row.band, row.restsOnIncompleteReporting ? `incomplete: ${row.incomplete.map((cell) => cell.facilityId).join(", ")}` : "complete"]),
    ).trimEnd(),
  );

  section("Adaptations before, during and after the disruption");
  const periods = { before: scenario.before, during: scenario.disruption, after: scenario.after };
  lines.push(
    textTable(
      ["share", "before", "during", "after"],
      ["oat-take-home", "remote-contacts"].map((id) => [
        byId(id).title.en,
        ...Object.values(computeIndicatorOverPeriods(byId(id), data, periods)).map(({ result }) => {
          const [total] = indicatorProportions(result);
          return total === undefined ? "-" : `${(100 * total.value!).toFixed(1)}%`;
        }),
      ]),
    ).trimEnd(),
  );

  const out = values["out"];
  if (typeof out === "string") {
    const directory = resolve(terminal.cwd, out);
    try {
      mkdirSync(directory, { recursive: true });
      const json = (name: string, value: unknown) => writeFileSync(resolve(directory, name), JSON.stringify(value, null, 2) + "\n");
      const ndjson = (name: string, records: readonly unknown[]) => writeFileSync(resolve(directory, name), records.map((record) => JSON.stringify(record)).join("\n") + "\n");
      json("registry.json", { notice: registry.notice, scenario, regions: registry.regions });
      json("facilities.json", registry.facilities);
      json("services.json", registry.services);
      json("patients.json", registry.patients);
      json("exits.json", registry.exits);
      json("volumes.json", registry.volumes);
      json("assessments.json", registry.assessments);
      ndjson("episodes.ndjson", registry.episodes);
      ndjson("events.ndjson", registry.events);
      ndjson("contacts.ndjson", registry.contacts);
    } catch (error) {
      terminal.err(`Could not write the registry to ${out}: ${(error as Error).message}\n`);
      return EXIT.dataProblems;
    }
    lines.push("", `The registry's records are in ${out} (fictional data).`);
  }
  terminal.out(lines.join("\n") + "\n");
  return EXIT.ok;
}
