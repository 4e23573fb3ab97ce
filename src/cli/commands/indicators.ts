/** `treatment-quality indicators`: an indicator computed on a registry directory, disaggregated, small cells suppressed. */
import { BUILT_IN_INDICATORS, computeIndicator, INDICATOR_DIMENSIONS, indicatorProportions, rollUpIndicatorResult, suppressSmallCells, type IndicatorDefinition, type IndicatorDimension } from "../../indicators/index.js";
import { readJson } from "../load-framework.js";
import { loadRegistry } from "../load-registry.js";
import { csvTable, outputFormat, textTable } from "../output.js";
import { checkedFile } from "../read-input.js";
import { EXIT, InputError, UsageError, type Terminal } from "../terminal.js";

export const INDICATORS_HELP = `Usage: treatment-quality indicators <indicator id or file.json> --data <dir> [options]

Compute an indicator on the records of a registry directory (as "demo --out <dir>" writes it:
facilities, patients, events, contacts, episodes, exits, assessments, as .json, .ndjson or .csv),
disaggregated, with Wilson 95% intervals, and with small cells suppressed before publication.

Built-in indicators: ${BUILT_IN_INDICATORS.map((indicator) => indicator.id).join(", ")}; or a definition saved as JSON.

  --period-start <date> --period-end <date>   the reporting period (default: the definition's)
  --data-end <date>        the last day of data (default: the period's end)
  --by <dims>              disaggregations, comma-separated: ${INDICATOR_DIMENSIONS.join(", ")}
                           (default: the definition's)
  --threshold <n>          counts from 1 to n - 1 are suppressed, with complementary suppression so
                           that none can be worked out from the totals (default 5; 0 publishes all)
  --format text|json|csv

Output: one row per cell; a suppressed count shows as "x" (null in JSON), with its proportion.
Exit codes: 0 computed, 1 unreadable data or records the engines reject, 2 usage error.
`;

type Values = Record<string, string | boolean | undefined>;

function definitionOf(given: string, terminal: Terminal): IndicatorDefinition {
  const builtIn = BUILT_IN_INDICATORS.find((indicator) => indicator.id === given);
  if (builtIn !== undefined) return builtIn;
  if (!/\.json$/i.test(given)) throw new UsageError(`${given} is neither a built-in indicator (${BUILT_IN_INDICATORS.map((indicator) => indicator.id).join(", ")}) nor a .json file.`);
  const definition = readJson(checkedFile(terminal.cwd, given), given) as IndicatorDefinition;
  if (typeof definition?.id !== "string" || typeof definition.title?.en !== "string" || typeof definition.measure?.kind !== "string") throw new InputError(`${given} is not an indicator definition (id, title.en and measure.kind are needed).`);
  return definition;
}

/** Run `indicators`. */
export async function indicatorsCommand(values: Values, files: readonly string[], terminal: Terminal): Promise<number> {
  if (files.length !== 1) throw new UsageError(`Give exactly one indicator (a built-in id or a file); got ${files.length}.`);
  const directory = values["data"];
  if (typeof directory !== "string") throw new UsageError("--data <dir> is required.");
  const format = outputFormat(values["format"] as string | undefined, ["text", "json", "csv"]);
  const threshold = values["threshold"] === undefined ? 5 : Number(values["threshold"]);
  if (!Number.isInteger(threshold) || threshold < 0) throw new UsageError(`--threshold must be a whole number, 0 or more; got ${JSON.stringify(values["threshold"])}.`);
  const base = definitionOf(files[0]!, terminal);
  const by = typeof values["by"] === "string" ? (values["by"].split(",").map((dimension) => dimension.trim()).filter(Boolean) as IndicatorDimension[]) : undefined;
  const definition: IndicatorDefinition = { ...base, ...(by === undefined ? {} : { disaggregations: by }) };
  const start = values["period-start"];
  const end = values["period-end"];
  if ((start === undefined) !== (end === undefined)) throw new UsageError("Give both --period-start and --period-end, or neither.");
  const options = { ...(typeof start === "string" && typeof end === "string" ? { period: { start, end } } : {}), ...(typeof values["data-end"] === "string" ? { dataEnd: values["data-end"] } : {}) };
  // Check the definition and options on no data first: an impossible one is a usage error.
  try {
    computeIndicator(definition, {}, options);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const data = await loadRegistry(directory, terminal);
  const { result, issues } = computeIndicator(definition, data, options);
  for (const each of issues.slice(0, 20)) terminal.err(`${each.path.join(".")}: ${each.code}: ${each.message}\n`);
  if (issues.length > 20) terminal.err(`... and ${issues.length - 20} more problems.\n`);

  // Suppression on the published counts: rows are the cells, one column per count.
  const dimensions = result.dimensions;
  const cells = result.cells;
  const suppressed = (count: "numerator" | "denominator") => {
    if (threshold === 0 || cells.length === 0) return cells.map((cell) => cell[count] as number | null);
    const table = dimensions.length === 2 ? undefined : { rows: cells.map((cell) => dimensions.map((dimension) => cell.key[dimension]).join(" / ") || "all"), columns: [count], cells: cells.map((cell) => [cell[count]]) };
    if (table !== undefined) return suppressSmallCells(table, { threshold }).cells.map((row) => row[0] ?? null);
    const [rowsBy, columnsBy] = dimensions as [string, string];
    const rows = [...new Set(cells.map((cell) => cell.key[rowsBy]!))].sort();
    const columns = [...new Set(cells.map((cell) => cell.key[columnsBy]!))].sort();
    const published = suppressSmallCells({ rows, columns, cells: rows.map((row) => columns.map((column) => cells.find((cell) => cell.key[rowsBy] === row && cell.key[columnsBy] === column)?.[count] ?? 0)) }, { threshold });
    return cells.map((cell) => published.cells[rows.indexOf(cell.key[rowsBy]!)]![columns.indexOf(cell.key[columnsBy]!)] ?? null);
  };
  const numerators = suppressed("numerator");
  const denominators = suppressed("denominator");
  const proportions = indicatorProportions(result);
  const rows = cells.map((cell, index) => {
    const hidden = numerators[index] === null || denominators[index] === null;
    const share = proportions[index]!;
    return { key: cell.key, numerator: numerators[index] ?? null, denominator: denominators[index] ?? null, value: hidden ? null : share.value, lower: hidden ? null : share.lower, upper: hidden ? null : share.upper };
  });
  const whole = rollUpIndicatorResult(result, []).cells[0];
  const percent = (value: number | null) => (value === null ? "x" : `${(100 * value).toFixed(1)}%`);
  const notice = data.registry?.notice;
  if (format === "json") terminal.out(JSON.stringify({ indicator: definition.id, title: definition.title, period: result.period, dimensions, suppression: { threshold }, ...(notice === undefined ? {} : { notice }), cells: rows }, null, 2) + "\n");
  else if (format === "csv") terminal.out(csvTable([...dimensions, "numerator", "denominator", "value", "lower", "upper"], rows.map((row) => [...dimensions.map((dimension) => row.key[dimension]), row.numerator, row.denominator, row.value, row.lower, row.upper])));
  else {
    terminal.out(`${definition.title.en} (${definition.id}), ${result.period.start} to ${result.period.end}${notice === undefined ? "" : `\n${notice}`}\n`);
    terminal.out(`all: ${whole === undefined ? "no subjects" : `${whole.numerator} of ${whole.denominator}`}; counts below ${threshold} suppressed (x)\n\n`);
    terminal.out(textTable([...dimensions, "numerator", "denominator", "share", "95% CI"], rows.map((row) => [...dimensions.map((dimension) => row.key[dimension]), row.numerator ?? "x", row.denominator ?? "x", percent(row.value), row.lower === null ? "x" : `${percent(row.lower)}-${percent(row.upper)}`])));
  }
  return issues.length > 0 ? EXIT.dataProblems : EXIT.ok;
}
