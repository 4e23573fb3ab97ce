/** `treatment-quality continuity`: per-patient continuity metrics from a file of medication events. */
import { computeCma, computeMedicationPossessionRatio, computeProportionOfDaysCovered, computeRetention, computeTreatmentEpisodes, type CmaMethod } from "../../continuity/index.js";
import { MedicationEventSchema } from "../../services/index.js";
import { csvTable, outputFormat, textTable } from "../output.js";
import { checkedFile, formatOf, readRecords } from "../read-input.js";
import { csvColumnsOf } from "../record-schemas.js";
import { EXIT, progress, UsageError, type Terminal } from "../terminal.js";

const METRICS = ["cma1", "cma2", "cma3", "cma4", "cma5", "cma6", "cma7", "cma8", "cma9", "pdc", "mpr", "episodes", "retention"] as const;

export const CONTINUITY_HELP = `Usage: treatment-quality continuity --metric <metric> [options] [--format text|json|csv] <events file>

Per-patient continuity of medication from a file of MedicationEvent records (JSON, NDJSON or CSV
with the MedicationEvent field names as columns: patientId, date, duration, dailyDose,
medication, facilityId, dispensingMode). Records must be grouped by patient (all of a patient's
records together), as registry exports are; a patient whose records are scattered is reported.

Metrics: ${METRICS.join(", ")}.
  cma1..cma9   --follow-up-days <n> [--follow-up-start <date> | --follow-up-after-first-days <n>]
               --observation-days <n> [--observation-start <date> | --observation-after-follow-up-days <n>]
               [--carry-only-same-medication] [--consider-dosage-change]
  pdc, mpr     --period-start <date> --period-end <date>   (both days included)
  episodes     --maximum-gap-days <n> --follow-up-days <n> [--follow-up-start <date>]
  retention    --maximum-gap-days <n> --data-end <date> [--entry-start <date> --entry-end <date>]
Dates are YYYY-MM-DD. Defaults: windows start at the patient's first event.

Output: one row per patient (episode, for episodes); issues of a patient are in its row.
Exit codes: 0 computed (rows with issues included), 1 unreadable file or records, 2 usage error.
`;

type Values = Record<string, string | boolean | undefined>;

function days(values: Values, name: string, required: boolean): number | undefined {
  const text = values[name];
  if (text === undefined) {
    if (required) throw new UsageError(`--${name} <whole number of days> is required for this metric.`);
    return undefined;
  }
  const number = Number(text);
  if (typeof text !== "string" || !/^\d+$/.test(text) || !Number.isSafeInteger(number)) throw new UsageError(`--${name} must be a whole number of days; got ${JSON.stringify(text)}.`);
  return number;
}

function date(values: Values, name: string, required: boolean): string | undefined {
  const text = values[name];
  if (text === undefined) {
    if (required) throw new UsageError(`--${name} <YYYY-MM-DD> is required for this metric.`);
    return undefined;
  }
  if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new UsageError(`--${name} must be a date written YYYY-MM-DD; got ${JSON.stringify(text)}.`);
  return text;
}

/** Run `continuity`. */
export async function continuityCommand(values: Values, files: readonly string[], terminal: Terminal): Promise<number> {
  const metric = values["metric"];
  if (typeof metric !== "string" || !(METRICS as readonly string[]).includes(metric)) throw new UsageError(`--metric must be one of ${METRICS.join(", ")}; got ${JSON.stringify(metric)}.`);
  if (files.length !== 1) throw new UsageError(`Give exactly one events file; got ${files.length}.`);
  const format = outputFormat(values["format"] as string | undefined, ["text", "json", "csv"]);
  const followUp = () => {
    const start = date(values, "follow-up-start", false);
    const after = days(values, "follow-up-after-first-days", false);
    if (start !== undefined && after !== undefined) throw new UsageError("Give --follow-up-start or --follow-up-after-first-days, not both.");
    return { ...(start === undefined ? { startAfterFirstEventDays: after ?? 0 } : { start }), durationDays: days(values, "follow-up-days", true)! };
  };
  // Check the options before reading the file.
  let compute: (events: AsyncIterable<unknown>) => Promise<readonly Record<string, unknown>[]>;
  let columns: readonly string[];
  try {
    if (metric.startsWith("cma")) {
      const start = date(values, "observation-start", false);
      const after = days(values, "observation-after-follow-up-days", false);
      if (start !== undefined && after !== undefined) throw new UsageError("Give --observation-start or --observation-after-follow-up-days, not both.");
      const options = {
        method: metric.toUpperCase() as CmaMethod,
        followUpWindow: followUp(),
        observationWindow: { ...(start === undefined ? { startAfterFollowUpDays: after ?? 0 } : { start }), durationDays: days(values, "observation-days", true)! },
        ...(values["carry-only-same-medication"] === true ? { carryOnlyForSameMedication: true } : {}),
        ...(values["consider-dosage-change"] === true ? { considerDosageChange: true } : {}),
      };
      computeCma([], options); // an impossible combination of options throws here, naming the option
      compute = (events) => computeCma(events as AsyncIterable<never>, options) as unknown as Promise<Record<string, unknown>[]>;
      columns = ["patientId", "method", "value", "issues"];
    } else if (metric === "pdc" || metric === "mpr") {
      const period = { start: date(values, "period-start", true)!, end: date(values, "period-end", true)! };
      const engine = metric === "pdc" ? computeProportionOfDaysCovered : computeMedicationPossessionRatio;
      engine([], { period });
      compute = (events) => engine(events as AsyncIterable<never>, { period }) as unknown as Promise<Record<string, unknown>[]>;
      columns = ["patientId", "value", "adherent", "indexDate", "treatmentDays", "coveredDays", "issues"];
    } else if (metric === "episodes") {
      const options = { followUpWindow: followUp(), maximumPermissibleGapDays: days(values, "maximum-gap-days", true)! };
      computeTreatmentEpisodes([], options);
      compute = (events) => computeTreatmentEpisodes(events as AsyncIterable<never>, options) as unknown as Promise<Record<string, unknown>[]>;
      columns = ["patientId", "episode", "start", "durationDays", "endExclusive", "endGapDays", "issues"];
    } else {
      const entryStart = date(values, "entry-start", false);
      const entryEnd = date(values, "entry-end", false);
      if ((entryStart === undefined) !== (entryEnd === undefined)) throw new UsageError("Give both --entry-start and --entry-end, or neither.");
      const options = { maximumGapDays: days(values, "maximum-gap-days", true)!, dataEnd: date(values, "data-end", true)!, ...(entryStart === undefined ? {} : { entryPeriod: { start: entryStart, end: entryEnd! } }) };
      computeRetention([], options);
      compute = (events) => computeRetention(events as AsyncIterable<never>, options) as unknown as Promise<Record<string, unknown>[]>;
      columns = ["patientId", "entryDate", "entryMedication", "endDate", "time", "outcome", "event", "issues"];
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message);
  }
  const shown = files[0]!;
  const path = checkedFile(terminal.cwd, shown);
  const inputFormat = formatOf(shown, values["input-format"] as string | undefined);
  const { known, types } = csvColumnsOf(MedicationEventSchema);
  const bar = progress(terminal);
  let read = 0;
  let unreadable = 0;
  // Where each record given to the engine was in the file, so issues name lines, not positions.
  const places: string[] = [];
  async function* events(): AsyncGenerator<unknown> {
    for await (const record of readRecords(path, shown, inputFormat, types, inputFormat === "csv" ? known : undefined)) {
      read += 1;
      if (read % 50_000 === 0) bar.update(`continuity: ${read.toLocaleString("en-US")} records read`);
      if (record.problem !== undefined) {
        unreadable += 1;
        terminal.err(`${"line" in record.where ? `line ${record.where.line}` : `index ${record.where.index}`}: ${record.problem}; the record is left out.\n`);
        continue;
      }
      places.push("line" in record.where ? `line ${record.where.line}` : `index ${record.where.index}`);
      yield record.value;
    }
  }
  const rows = await compute(events());
  bar.done();
  const where = (path: readonly unknown[]) => (typeof path[0] === "number" ? [places[path[0]] ?? String(path[0]), ...path.slice(1)].join(" ") : path.join("."));
  const cell = (row: Record<string, unknown>, column: string) =>
    column === "issues" ? (row["issues"] as readonly { path: unknown[]; message: string }[]).map((each) => (each.path.length === 0 ? each.message : `${where(each.path)}: ${each.message}`)).join("; ") : row[column];
  if (format === "json") terminal.out(JSON.stringify(rows, null, 2) + "\n");
  else if (format === "csv") terminal.out(csvTable(columns, rows.map((row) => columns.map((column) => cell(row, column)))));
  else terminal.out(textTable(columns, rows.map((row) => columns.map((column) => cell(row, column)))));
  const withIssues = rows.filter((row) => (row["issues"] as readonly unknown[]).length > 0).length;
  terminal.err(`${shown}: ${read.toLocaleString("en-US")} records, ${rows.length.toLocaleString("en-US")} rows (${withIssues.toLocaleString("en-US")} with issues) for ${metric}.\n`);
  return unreadable > 0 ? EXIT.dataProblems : EXIT.ok;
}
