import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateSampleRegistry } from "../sample/index.js";
import { CONTINUITY_HELP } from "./commands/continuity.js";
import { DEMO_HELP } from "./commands/demo.js";
import { INDICATORS_HELP } from "./commands/indicators.js";
import { REPORT_HELP } from "./commands/report.js";
import { SCORE_HELP } from "./commands/score.js";
import { VALIDATE_HELP } from "./commands/validate.js";
import { loadRegistry } from "./load-registry.js";
import { MAIN_HELP, runCli } from "./run-cli.js";
import { progress, type Terminal } from "./terminal.js";

const directory = mkdtempSync(join(tmpdir(), "tq-cli-"));
const file = (name: string, content: string | Buffer) => {
  writeFileSync(join(directory, name), content);
  return name;
};
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Run the command line in the temporary directory and collect what it writes. */
async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const terminal: Terminal = { out: (text) => void (out += text), err: (text) => void (err += text), errIsTty: false, cwd: directory };
  const code = await runCli(argv, terminal);
  return { code, out, err };
}

const registry = generateSampleRegistry({ seed: 5, patients: 12 });
file("facilities.json", JSON.stringify(registry.facilities));
file("events.ndjson", registry.events.map((event) => JSON.stringify(event)).join("\n") + "\n");
file("events.csv", "patientId,date,duration,dailyDose\nP1,2020-01-01,14,80\nP1,2020-02-30,14,80\nP2,2020-01-05,x,60\n");
file("assessment.json", JSON.stringify(registry.assessments[1]));

describe("the command line as a whole", () => {
  it("shows its help, its version, and refuses an unknown command with exit code 2", async () => {
    expect(await run("--help")).toMatchObject({ code: 0, out: expect.stringContaining("Commands:") });
    expect(await run()).toMatchObject({ code: 2 });
    expect((await run("--version")).out).toMatch(/^\d+\.\d+\.\d+/);
    expect(await run("frobnicate")).toMatchObject({ code: 2, err: expect.stringContaining('unknown command "frobnicate"') });
    for (const command of ["validate", "score", "continuity", "indicators", "report", "demo"]) expect(await run(command, "--help")).toMatchObject({ code: 0, out: expect.stringContaining(`treatment-quality ${command}`) });
    expect(await run("validate", "--schema", "Facility", "--colour", "facilities.json")).toMatchObject({ code: 2, err: expect.stringContaining("Unknown option '--colour'") });
  });
});

describe("validate", () => {
  it("passes a valid file with exit code 0 and a summary", async () => {
    const result = await run("validate", "--schema", "Facility", "facilities.json");
    expect(result).toMatchObject({ code: 0, out: "" });
    expect(result.err).toContain("60 Facility records, 60 valid, 0 invalid");
  });

  it("reports every bad record with its line and field, in text, JSON and CSV, with exit code 1", async () => {
    const text = await run("validate", "--schema", "MedicationEvent", "events.csv");
    expect(text.code).toBe(1);
    expect(text.out.split("\n").filter(Boolean)).toEqual([expect.stringMatching(/^line 3: date: invalid_date: /), expect.stringMatching(/^line 4: duration: invalid_type: /)]);
    const json = (await run("validate", "--schema", "MedicationEvent", "--format", "json", "events.csv")).out.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(json.at(-1)).toEqual({ summary: { schema: "MedicationEvent", records: 3, valid: 1, invalid: 2, problems: 2 } });
    expect(json[0]).toMatchObject({ line: 3, path: ["date"], code: "invalid_date" });
    expect((await run("validate", "--schema", "MedicationEvent", "--format", "csv", "events.csv")).out.split("\n")[0]).toBe("line,index,path,code,message");
    file("events-bad.ndjson", '{"patientId":"P1","date":"2020-01-01","duration":14}\n{not json\n');
    expect((await run("validate", "--schema", "MedicationEvent", "events-bad.ndjson")).out).toMatch(/^line 2: invalid_format: not valid JSON/);
  });

  it("gives one clear message and exit code 1 for a file it cannot read, never a stack trace", async () => {
    mkdirSync(join(directory, "a-directory"), { recursive: true });
    const cases: [string, RegExp][] = [
      ["missing.json", /missing\.json: no such file/],
      ["a-directory", /a-directory is a directory/],
      [file("empty.json", ""), /empty\.json is empty/],
      [file("latin1.csv", Buffer.from([0x69, 0x64, 0x0a, 0xe9, 0x0a])), /latin1\.csv is not UTF-8 text/],
      [file("broken.json", '[{"id": '), /broken\.json is not valid JSON/],
      [file("unknown-column.csv", "patientId,date,dose\nP1,2020-01-01,1\n"), /unknown column "dose"/],
      [file("records.txt", "x"), /Cannot tell the format of records\.txt/],
    ];
    for (const [name, message] of cases) {
      const result = await run("validate", "--schema", "MedicationEvent", name);
      expect(result.code, name).toBe(1);
      expect(result.err, name).toMatch(message);
      expect(result.err, name).not.toMatch(/\n\s+at /);
    }
    expect(await run("validate", "--schema", "Nope", "events.csv")).toMatchObject({ code: 2, err: expect.stringContaining("Unknown schema") });
    expect(await run("validate", "events.csv")).toMatchObject({ code: 2 });
  });
});

describe("score", () => {
  it("scores an assessment against a built-in framework, as a report, JSON or the findings in CSV", async () => {
    const text = await run("score", "--framework", "illustrative-national-standard", "assessment.json");
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/decision: (accredited|conditionally-accredited|not-accredited)/);
    const json = JSON.parse((await run("score", "--framework", "illustrative-national-standard", "--format", "json", "assessment.json")).out) as { assessmentId: string };
    expect(json.assessmentId).toBe(registry.assessments[1]!.id);
    expect((await run("score", "--framework", "illustrative-national-standard", "--format", "csv", "assessment.json")).out.split("\n")[0]).toBe("criterionId,code,level,value,weight,critical,priority,dueDate");
  });

  it("reports an invalid assessment or an unknown framework with exit code 1", async () => {
    file("bad-assessment.json", JSON.stringify({ ...registry.assessments[1], visitDate: "2021-02-30" }));
    expect(await run("score", "--framework", "illustrative-national-standard", "bad-assessment.json")).toMatchObject({ code: 1, err: expect.stringContaining("visitDate") });
    expect(await run("score", "--framework", "no-such-standard", "assessment.json")).toMatchObject({ code: 1, err: expect.stringContaining("neither a built-in framework") });
    file("framework.json", JSON.stringify({ id: "x" }));
    expect(await run("score", "--framework", "framework.json", "assessment.json")).toMatchObject({ code: 1, err: expect.stringContaining("is not a valid framework") });
    expect(await run("score", "assessment.json")).toMatchObject({ code: 2 });
  });
});

describe("continuity", () => {
  it("computes PDC per patient from a streamed NDJSON file", async () => {
    const result = await run("continuity", "--metric", "pdc", "--period-start", "2020-01-01", "--period-end", "2020-12-31", "--format", "csv", "events.ndjson");
    expect(result.code).toBe(0);
    const [header, ...rows] = result.out.trim().split("\n");
    expect(header).toBe("patientId,value,adherent,indexDate,treatmentDays,coveredDays,issues");
    expect(rows).toHaveLength(new Set(registry.events.map((event) => event.patientId)).size);
  });

  it("names the file's lines in the issues of a patient, and computes every metric", async () => {
    const cma = await run("continuity", "--metric", "cma7", "--follow-up-days", "365", "--observation-days", "365", "events.csv");
    expect(cma.out).toContain("line 3 date: ");
    expect(cma.out).toContain("line 4 duration: ");
    const options: Record<string, string[]> = {
      cma9: ["--follow-up-days", "365", "--observation-days", "365", "--follow-up-start", "2020-01-01", "--observation-after-follow-up-days", "0"],
      mpr: ["--period-start", "2020-01-01", "--period-end", "2020-12-31"],
      episodes: ["--maximum-gap-days", "30", "--follow-up-days", "1000"],
      retention: ["--maximum-gap-days", "7", "--data-end", "2021-12-31", "--entry-start", "2019-01-01", "--entry-end", "2020-12-31"],
    };
    for (const [metric, extra] of Object.entries(options)) expect((await run("continuity", "--metric", metric, ...extra, "--format", "json", "events.ndjson")).code, metric).toBe(0);
  });

  it("refuses missing or impossible options with exit code 2, before reading the file", async () => {
    expect(await run("continuity", "--metric", "cma7", "events.csv")).toMatchObject({ code: 2, err: expect.stringContaining("--follow-up-days") });
    expect(await run("continuity", "--metric", "pdc", "--period-start", "2020-12-31", "--period-end", "2020-01-01", "missing.csv")).toMatchObject({ code: 2, err: expect.stringContaining("start <= end") });
    expect(await run("continuity", "--metric", "cma10", "events.csv")).toMatchObject({ code: 2 });
    expect(await run("continuity", "--metric", "retention", "--maximum-gap-days", "7", "--data-end", "2021-12-31", "--entry-start", "2019-01-01", "events.csv")).toMatchObject({ code: 2, err: expect.stringContaining("both --entry-start") });
    expect(await run("continuity", "--metric", "episodes", "--maximum-gap-days", "seven", "--follow-up-days", "9", "events.csv")).toMatchObject({ code: 2, err: expect.stringContaining("whole number") });
  });
});

describe("demo", () => {
  it("runs the whole pipeline on the sample registry, says the data are fictional, and writes the records", async () => {
    const result = await run("demo", "--patients", "60", "--seed", "2", "--out", "demo");
    expect(result.code).toBe(0);
    expect(result.out.split("\n")[0]).toMatch(/^Fictional data/);
    for (const heading of ["Validation", "Assessments", "Continuity of OAT", "by region", "Adaptations"]) expect(result.out).toContain(heading);
    expect(readdirSync(join(directory, "demo")).sort()).toEqual(["assessments.json", "contacts.ndjson", "episodes.ndjson", "events.ndjson", "exits.json", "facilities.json", "patients.json", "registry.json", "services.json", "volumes.json"]);
    expect(JSON.parse(readFileSync(join(directory, "demo", "registry.json"), "utf8")).notice).toMatch(/^Fictional data/);
    expect((await run("demo", "--patients", "60", "--seed", "2")).out).toBe(result.out.replace(/\n\nThe registry's records are in demo \(fictional data\)\.\n$/, "\n"));
    // The same summary, byte for byte, in each of the suite's four time zones.
    expect(createHash("sha256").update((await run("demo", "--patients", "60", "--seed", "2")).out).digest("hex").slice(0, 16)).toBe("4bdb158b56d9a4bc");
    expect(await run("demo", "--patients", "0")).toMatchObject({ code: 2 });
    expect(await run("demo", "extra-file")).toMatchObject({ code: 2 });
  });
});

describe("indicators", () => {
  it("computes an indicator on a registry directory, disaggregated, with small cells suppressed", async () => {
    expect((await run("demo", "--patients", "150", "--seed", "4", "--out", "registry")).code).toBe(0);
    const text = await run("indicators", "oat-take-home", "--data", "registry", "--period-start", "2020-03-16", "--period-end", "2020-06-30", "--by", "region,sex");
    expect(text.code).toBe(0);
    expect(text.out).toContain("Fictional data");
    expect(text.out).toMatch(/ x /);
    const json = JSON.parse((await run("indicators", "oat-take-home", "--data", "registry", "--period-start", "2020-03-16", "--period-end", "2020-06-30", "--by", "region", "--format", "json", "--threshold", "0")).out) as { cells: { numerator: number | null }[]; suppression: { threshold: number } };
    expect(json.suppression.threshold).toBe(0);
    expect(json.cells.every((cell) => cell.numerator !== null)).toBe(true);
    const csv = await run("indicators", "facilities-accredited", "--data", "registry", "--period-start", "2021-01-01", "--period-end", "2021-12-31", "--format", "csv");
    expect(csv.out.split("\n")[0]).toBe("numerator,denominator,value,lower,upper");
    file("my-indicator.json", JSON.stringify({ id: "pdc-90", title: { en: "PDC of 90% or more" }, measure: { kind: "pdc-at-least", threshold: 0.9 }, period: { start: "2020-01-01", end: "2020-12-31" } }));
    expect(await run("indicators", "my-indicator.json", "--data", "registry")).toMatchObject({ code: 0, out: expect.stringContaining("PDC of 90% or more") });
  });

  it("refuses impossible requests with exit code 2 and unreadable data with exit code 1", async () => {
    expect(await run("indicators", "oat-take-home", "--data", "registry", "--by", "district", "--period-start", "2020-01-01", "--period-end", "2020-12-31")).toMatchObject({ code: 2, err: expect.stringContaining("disaggregations may be") });
    expect(await run("indicators", "no-such-indicator", "--data", "registry")).toMatchObject({ code: 2 });
    expect(await run("indicators", "oat-take-home", "--data", "nowhere", "--period-start", "2020-01-01", "--period-end", "2020-12-31")).toMatchObject({ code: 1, err: expect.stringContaining("no such directory") });
    expect(await run("indicators", "oat-take-home", "--period-start", "2020-01-01")).toMatchObject({ code: 2 });
    mkdirSync(join(directory, "empty-registry"), { recursive: true });
    expect(await run("indicators", "oat-take-home", "--data", "empty-registry", "--period-start", "2020-01-01", "--period-end", "2020-12-31")).toMatchObject({ code: 1, err: expect.stringContaining("holds none of the registry's files") });
  });
});

describe("report", () => {
  it("writes one HTML page from a registry directory, in English or Russian", async () => {
    expect((await run("demo", "--patients", "80", "--seed", "6", "--out", "report-data")).code).toBe(0);
    const english = await run("report", "--data", "report-data", "--out", "report.html");
    expect(english.code).toBe(0);
    expect(english.err).toContain("Fictional data");
    const html = readFileSync(join(directory, "report.html"), "utf8");
    expect(html.match(/<section data-chart=/g)).toHaveLength(5);
    expect((await run("report", "--data", "report-data", "--out", "report-ru.html", "--locale", "ru", "--patients", "P-000001,P-000002")).code).toBe(0);
    expect(readFileSync(join(directory, "report-ru.html"), "utf8")).toContain('<html lang="ru">');
  });

  it("refuses a missing option, a locale it does not have, or an unwritable file", async () => {
    expect(await run("report", "--data", "report-data")).toMatchObject({ code: 2, err: expect.stringContaining("--out") });
    expect(await run("report", "--data", "report-data", "--out", "r.html", "--locale", "kk")).toMatchObject({ code: 2 });
    expect(await run("report", "--data", "report-data", "--out", "no-such-dir/r.html")).toMatchObject({ code: 1, err: expect.stringContaining("Could not write") });
    expect(await run("report", "--out", "r.html", "--data", "facilities.json")).toMatchObject({ code: 1, err: expect.stringContaining("not a directory") });
  });
});

describe("loadRegistry", () => {
  it("reads CSV record files with the column types of their schemas", async () => {
    mkdirSync(join(directory, "csv-registry"), { recursive: true });
    writeFileSync(join(directory, "csv-registry", "facilities.csv"), "id,name,region,ownership,modalities,settings,capacity.beds\nF1,Clinic (fictional),North,public,outpatient|short-term-inpatient,specialised,40\n");
    const terminal: Terminal = { out: () => undefined, err: () => undefined, errIsTty: false, cwd: directory };
    const data = await loadRegistry("csv-registry", terminal);
    expect(data.facilities).toEqual([{ id: "F1", name: "Clinic (fictional)", region: "North", ownership: "public", modalities: ["outpatient", "short-term-inpatient"], settings: ["specialised"], capacity: { beds: 40 } }]);
  });
});

describe("progress", () => {
  it("writes a progress line only when standard error is a terminal", () => {
    let written = "";
    const terminal = (errIsTty: boolean): Terminal => ({ out: () => undefined, err: (text) => void (written += text), errIsTty, cwd: directory });
    const quiet = progress(terminal(false));
    quiet.update("reading");
    quiet.done();
    expect(written).toBe("");
    const shown = progress(terminal(true));
    shown.update("reading");
    shown.done();
    expect(written).toContain("reading");
  });
});

describe("the CLI reference", () => {
  it("shows every command's help, word for word, in docs/cli.md", () => {
    const reference = readFileSync(new URL("../../docs/cli.md", import.meta.url), "utf8");
    for (const help of [MAIN_HELP, VALIDATE_HELP, SCORE_HELP, CONTINUITY_HELP, INDICATORS_HELP, REPORT_HELP, DEMO_HELP]) expect(reference).toContain(help.trimEnd());
  });
});

describe("determinism", () => {
  it("gives byte-identical output for validate, score, continuity and indicators on the sample registry, in every run and time zone", { timeout: 60_000 }, async () => {
    expect((await run("demo", "--patients", "80", "--seed", "11", "--out", "determinism")).code).toBe(0);
    const assessments = JSON.parse(readFileSync(join(directory, "determinism", "assessments.json"), "utf8")) as unknown[];
    file("determinism/assessment.json", JSON.stringify(assessments[0]));
    const commands: Record<string, string[]> = {
      validateEvents: ["validate", "--schema", "MedicationEvent", "--format", "json", "determinism/events.ndjson"],
      validateFacilities: ["validate", "--schema", "Facility", "determinism/facilities.json"],
      validateBadCsv: ["validate", "--schema", "MedicationEvent", "--format", "csv", "events.csv"],
      scoreText: ["score", "--framework", "illustrative-national-standard", "determinism/assessment.json"],
      scoreJson: ["score", "--framework", "illustrative-national-standard", "--format", "json", "determinism/assessment.json"],
      cma7: ["continuity", "--metric", "cma7", "--follow-up-days", "365", "--observation-days", "180", "--observation-after-follow-up-days", "0", "--format", "json", "determinism/events.ndjson"],
      pdc: ["continuity", "--metric", "pdc", "--period-start", "2020-01-01", "--period-end", "2020-12-31", "--format", "csv", "determinism/events.ndjson"],
      episodes: ["continuity", "--metric", "episodes", "--maximum-gap-days", "30", "--follow-up-days", "1000", "determinism/events.ndjson"],
      retention: ["continuity", "--metric", "retention", "--maximum-gap-days", "7", "--data-end", "2021-12-31", "--format", "json", "determinism/events.ndjson"],
      indicatorsText: ["indicators", "oat-retention-6m", "--data", "determinism", "--period-start", "2020-01-01", "--period-end", "2020-12-31", "--data-end", "2021-12-31", "--by", "region,sex"],
      indicatorsJson: ["indicators", "oat-pdc-80", "--data", "determinism", "--period-start", "2020-01-01", "--period-end", "2020-12-31", "--by", "region", "--format", "json"],
    };
    const hashes: Record<string, string> = {};
    for (const [name, argv] of Object.entries(commands)) {
      const first = await run(...argv);
      expect((await run(...argv)).out, name).toBe(first.out);
      hashes[name] = `${first.code} ${createHash("sha256").update(first.out).update("\0").update(first.err).digest("hex").slice(0, 16)}`;
    }
    // The exit code and a hash of standard output and standard error, the same in the four time zones of
    // the suite. After a deliberate change of output, take the new values from this assertion's diff.
    expect(hashes).toEqual({
      validateEvents: "0 80534b3c21e05828",
      validateFacilities: "0 6ce7fe7242bb856e",
      validateBadCsv: "1 0dc44d39f0ed31d8",
      scoreText: "0 be087984283d7e94",
      scoreJson: "0 846a94f3222a2b9a",
      cma7: "0 302c89b1f19ad334",
      pdc: "0 4f8c8bfb5c9edfda",
      episodes: "0 1bdf28aae86d20d5",
      retention: "0 53e9857724aba262",
      indicatorsText: "0 2c1d3f68388f33e1",
      indicatorsJson: "0 6910bd6e4c7c49c7",
    });
  });
});
