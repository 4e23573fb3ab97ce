/** A registry directory, as `demo --out` writes it: the records an indicator or a report is computed from. */
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { scoreAssessment, type Assessment } from "../assessment/index.js";
import type { IndicatorData } from "../indicators/index.js";
import { BUILT_IN_FRAMEWORKS } from "./load-framework.js";
import { csvColumnsOf, RECORD_SCHEMA_NAMES } from "./record-schemas.js";
import { checkedFile, formatOf, readRecords } from "./read-input.js";
import { InputError, type Terminal } from "./terminal.js";

/** The record files a registry directory may hold (each as .json, .ndjson or .csv), by the field of the data they fill. */
const FILES = ["facilities", "services", "patients", "episodes", "events", "contacts", "exits", "volumes", "assessments"] as const;

/** The schema whose CSV columns each file's columns are (patients and exits have none: their cells stay text). */
const SCHEMA_OF: Partial<Record<(typeof FILES)[number], keyof typeof RECORD_SCHEMA_NAMES>> = {
  facilities: "Facility",
  services: "Service",
  episodes: "TreatmentEpisode",
  events: "MedicationEvent",
  contacts: "Contact",
  volumes: "ServiceVolume",
  assessments: "Assessment",
};
const NO_COLUMN_TYPES = { numbers: new Set<string>(), booleans: new Set<string>(), lists: new Set<string>() };

/** What a registry directory holds, read whole; and the problems of its records, by file. */
export interface RegistryData extends IndicatorData {
  readonly services?: readonly unknown[];
  readonly volumes?: readonly unknown[];
  readonly assessments?: readonly Assessment[];
  readonly registry?: { readonly notice?: string; readonly scenario?: Record<string, { start: string; end: string }> };
}

/** Read every record file the directory has; an unreadable record stops with one message naming its file and place. */
export async function loadRegistry(directory: string, terminal: Terminal): Promise<RegistryData> {
  const base = resolve(terminal.cwd, directory);
  if (!existsSync(base)) throw new InputError(`${directory}: no such directory.`);
  if (!statSync(base).isDirectory()) throw new InputError(`${directory} is not a directory; give the directory "demo --out" wrote.`);
  const data: Record<string, unknown> = {};
  for (const name of FILES) {
    const found = ["json", "ndjson", "csv"].map((extension) => `${name}.${extension}`).find((file) => existsSync(join(base, file)));
    if (found === undefined) continue;
    const shown = join(directory, found);
    const path = checkedFile(terminal.cwd, shown);
    const records: unknown[] = [];
    const schema = SCHEMA_OF[name];
    const types = schema === undefined ? NO_COLUMN_TYPES : csvColumnsOf(RECORD_SCHEMA_NAMES[schema] as never).types;
    for await (const record of readRecords(path, shown, formatOf(found, undefined), types)) {
      if (record.problem !== undefined) throw new InputError(`${shown}, ${"line" in record.where ? `line ${record.where.line}` : `index ${record.where.index}`}: ${record.problem}.`);
      records.push(record.value);
    }
    data[name] = records;
  }
  const registryFile = join(base, "registry.json");
  if (existsSync(registryFile)) {
    for await (const record of readRecords(checkedFile(terminal.cwd, join(directory, "registry.json")), join(directory, "registry.json"), "json", NO_COLUMN_TYPES)) data["registry"] = record.value;
  }
  if (Object.keys(data).length === 0) throw new InputError(`${directory} holds none of the registry's files (${FILES.map((name) => `${name}.json`).join(", ")}, or .ndjson, .csv); write one with "treatment-quality demo --out ${directory}".`);
  // External assessments against a built-in framework are scored, for the accreditation indicator.
  const assessments = (data["assessments"] ?? []) as Assessment[];
  const reports = assessments.flatMap((assessment) => {
    const framework = BUILT_IN_FRAMEWORKS.find((each) => each.id === assessment?.frameworkId && each.version === assessment.frameworkVersion);
    return framework === undefined || assessment.mode !== "external" ? [] : [{ facilityId: assessment.facilityId, report: scoreAssessment(framework, assessment) }];
  });
  return { ...(data as RegistryData), assessmentReports: reports };
}
