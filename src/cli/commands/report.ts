/** `treatment-quality report`: one self-contained HTML page of charts and tables from a registry directory. */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadRegistry } from "../load-registry.js";
import { buildReport } from "../report/build-report.js";
import { EXIT, InputError, UsageError, type Terminal } from "../terminal.js";

export const REPORT_HELP = `Usage: treatment-quality report --data <dir> --out <report.html> [--locale en|ru] [--patients <ids>]

Write one self-contained HTML page (inline SVG charts, no script, no network) from a registry
directory (as "demo --out <dir>" writes it): retention in OAT by medication (Kaplan-Meier with
its 95% confidence band), OAT patients by region before, during and after the spring-2020
disruption against 2019, accreditation decisions by region, the distribution of the proportion
of days covered in 2020, and the medication histories of a few patients. Beside each chart, a
table of the numbers it draws.

  --locale en|ru     the language of the page and its dates (default en)
  --patients <ids>   the patients whose histories are drawn, comma-separated (default: the first
                     three with dispensing in 2020)

Exit codes: 0 written, 1 unreadable data or the page could not be written, 2 usage error.
`;

/** Run `report`. */
export async function reportCommand(values: Record<string, string | boolean | undefined>, files: readonly string[], terminal: Terminal): Promise<number> {
  if (files.length > 0) throw new UsageError(`report takes no file argument; got ${files.join(" ")}.`);
  const directory = values["data"];
  const out = values["out"];
  if (typeof directory !== "string") throw new UsageError("--data <dir> is required.");
  if (typeof out !== "string") throw new UsageError("--out <report.html> is required.");
  const locale = values["locale"] ?? "en";
  if (locale !== "en" && locale !== "ru") throw new UsageError(`--locale must be en or ru; got ${JSON.stringify(locale)}.`);
  const patients = typeof values["patients"] === "string" ? values["patients"].split(",").map((id) => id.trim()).filter(Boolean) : undefined;
  const data = await loadRegistry(directory, terminal);
  const html = buildReport(data, { locale, ...(patients === undefined ? {} : { patients }) });
  try {
    writeFileSync(resolve(terminal.cwd, out), html);
  } catch (error) {
    throw new InputError(`Could not write ${out}: ${(error as Error).message}`);
  }
  terminal.err(`${out}: the report (${Math.round(html.length / 1024)} kB)${data.registry?.notice === undefined ? "" : `, ${data.registry.notice}`}\n`);
  return EXIT.ok;
}
